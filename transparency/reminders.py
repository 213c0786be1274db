"""Daily reminders of ITA items still missing shortly before their deadline.

Run by the django-q2 schedule of migration 0006. An item is due when its deadline (31 March for
the six-month round, 30 September for the rest, see ``ItaItem.deadline``) falls within
``ITA_REMINDER_DAYS`` days from today and it has no live page. The editors of each responsible
group get one e-mail listing their due items; an ``ItaReminder`` per item and deadline makes the
run idempotent, so a second run the same day (or the next days) mails nothing again.
"""

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from home.mail import queue_templated_mail
from home.thai_dates import fiscal_year_of
from transparency.models import ItaItem, ItaReminder, TransparencyIndexPage, TransparencyPage
from transparency.readiness import expected_url


def due_items(today, days):
    """Missing items whose deadline is between ``today`` and ``today + days``, not yet reminded."""
    horizon = today + dt.timedelta(days=days)
    # Deadlines fall in the fiscal year of the date they are on: look at those years only.
    years = {fiscal_year_of(today), fiscal_year_of(horizon)}
    live_items = TransparencyPage.objects.live().filter(item__fiscal_year__in=years).values("item_id")
    candidates = (
        ItaItem.objects.filter(fiscal_year__in=years, department__isnull=False)
        .exclude(pk__in=live_items)
        .select_related("department")
        .order_by("department_id", "sort_order", "id")
    )
    reminded = set(ItaReminder.objects.filter(item__in=candidates).values_list("item_id", "deadline"))
    return [
        item
        for item in candidates
        if today <= item.deadline <= horizon and (item.pk, item.deadline) not in reminded
    ]


def _editors_emails(department):
    if not department.editors_group_id:
        return []
    users = (
        get_user_model().objects.filter(groups=department.editors_group_id, is_active=True).exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def send_due_reminders(today=None):
    """Queue one e-mail per responsible group; return the number of items reminded."""
    today = today or timezone.localdate()
    by_department = {}
    for item in due_items(today, settings.ITA_REMINDER_DAYS):
        by_department.setdefault(item.department, []).append(item)
    reminded = 0
    index_page = TransparencyIndexPage.objects.first()
    for department, items in by_department.items():
        recipients = _editors_emails(department)
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
                    item=item, deadline=item.deadline, recipients=", ".join(recipients)
                )
            # Queued in the same transaction: if queueing fails, no reminder is logged and the next run retries.
            queue_templated_mail(
                recipients,
                "transparency/mail/reminder",
                {"department": department, "rows": rows, "days": settings.ITA_REMINDER_DAYS},
            )
        reminded += len(items)
    return reminded
