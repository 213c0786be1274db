"""Daily reminders of ITA items still missing around their deadline.

Run by the django-q2 schedule of migration 0006. An item is due when its deadline (31 March for
the six-month round, 30 September for the rest, see ``ItaItem.deadline``) falls within
``ITA_REMINDER_DAYS`` days from today and it has no live page; once the deadline has passed
(within the same number of days) a missing item gets a second, overdue notice.

Every due item reaches someone: its group's editors, else the group's director, else the
webmasters (who also get the items no group answers for). One e-mail per recipient set and stage;
an ``ItaReminder`` per item, deadline and stage makes the run idempotent. An item nobody can be
told about yet (no address at all) is not logged, so it is reminded once someone is there.
"""

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts import roles
from home.mail import queue_templated_mail
from home.thai_dates import fiscal_year_of
from transparency.models import ItaItem, ItaReminder, TransparencyIndexPage, TransparencyPage
from transparency.readiness import expected_url

Stage = ItaReminder.Stage


def due_items(today, days, stage=Stage.BEFORE):
    """Missing items not yet reminded at ``stage``: deadline in ``[today, today + days]`` before it,
    in ``[today - days, today)`` once overdue."""
    if stage == Stage.BEFORE:
        first, last = today, today + dt.timedelta(days=days)
    else:
        first, last = today - dt.timedelta(days=days), today - dt.timedelta(days=1)
    # Deadlines fall in the fiscal year of the date they are on: look at those years only.
    years = {fiscal_year_of(first), fiscal_year_of(last)}
    live_items = TransparencyPage.objects.live().filter(item__fiscal_year__in=years).values("item_id")
    candidates = (
        ItaItem.objects.filter(fiscal_year__in=years)
        .exclude(pk__in=live_items)
        .select_related("department")
        .order_by("department_id", "sort_order", "id")
    )
    reminded = set(
        ItaReminder.objects.filter(item__in=candidates, stage=stage).values_list("item_id", "deadline")
    )
    return [
        item
        for item in candidates
        if first <= item.deadline <= last and (item.pk, item.deadline) not in reminded
    ]


def _emails(users):
    return sorted(set(users.filter(is_active=True).exclude(email="").values_list("email", flat=True)))


def recipients_for(department):
    """(Thai audience, e-mail addresses): the first of editors, director, webmasters who has one."""
    User = get_user_model()
    if department is not None:
        if department.editors_group_id:
            emails = _emails(User.objects.filter(groups=department.editors_group_id))
            if emails:
                return f"เจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำ{department.title}", emails
        if department.directors_group_id:
            emails = _emails(User.objects.filter(groups=department.directors_group_id))
            if emails:
                return f"ผู้อำนวยการ{department.title}", emails
    return "ผู้ดูแลเว็บไซต์", roles.role_emails(roles.WEBMASTERS)


def send_due_reminders(today=None):
    """Queue the reminders of both stages; return the number of items reminded."""
    today = today or timezone.localdate()
    days = settings.ITA_REMINDER_DAYS
    index_page = TransparencyIndexPage.objects.first()
    reminded = 0
    for stage in (Stage.BEFORE, Stage.OVERDUE):
        by_department = {}
        for item in due_items(today, days, stage):
            by_department.setdefault(item.department, []).append(item)
        for department, items in by_department.items():
            audience, recipients = recipients_for(department)
            if not recipients:
                continue
            rows = [
                {
                    "item": item,
                    "deadline": item.deadline,
                    "url": expected_url(item.fiscal_year, item, index_page),
                }
                for item in items
            ]
            with transaction.atomic():
                for item in items:
                    ItaReminder.objects.create(
                        item=item, deadline=item.deadline, stage=stage, recipients=", ".join(recipients)
                    )
                # Queued in the same transaction: if queueing fails, no reminder is logged and the next run retries.
                queue_templated_mail(
                    recipients,
                    "transparency/mail/reminder",
                    {
                        "department": department,
                        "audience": audience,
                        "rows": rows,
                        "days": days,
                        "overdue": stage == Stage.OVERDUE,
                    },
                )
            reminded += len(items)
    return reminded
