"""How a case moves: opened from a public form, then received → in progress → answered / refused /
transferred. Every step is a ``CaseEvent`` (who, when, note) and the person is mailed at each one."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from home.mail import queue_templated_mail
from home.models import OfficeSettings
from home.site_url import absolute_url
from publishing.working_days import add_working_days
from services.access import handlers_emails
from services.models import (
    CLOSED_STATUSES,
    Case,
    CaseEvent,
    CaseRoute,
    CaseStatus,
    RouteKey,
    new_tracking_code,
)


def route_for(case):
    route, _ = CaseRoute.objects.get_or_create(key=case.route_key)
    return route


def _default_department(site=None):
    office = OfficeSettings.for_site(site) if site else OfficeSettings.objects.first()
    return office.main_department if office else None


def apply_route(case, site=None):
    """Give a new case its responsible group and its deadlines in working days from its route."""
    route = route_for(case)
    received = timezone.localdate(case.received_at)
    case.department = route.department
    if case.department is None and route.key != RouteKey.CORRUPTION:
        # Unrouted ordinary cases go to the office's PR group; corruption complaints never fall back
        # to a group that was not designated (the office directors still see them).
        case.department = _default_department(site)
    case.acknowledge_due = add_working_days(received, route.acknowledge_days)
    case.answer_due = add_working_days(received, route.answer_days)
    return case


def open_case(case, request=None, attachments=()):
    """Save a new case from a public form: code, responsible group, deadlines, first event, mails.

    ``attachments`` are ``CaseAttachment`` objects not yet saved (checked by the form)."""
    apply_route(case, Site.find_for_request(request) if request else None)
    case.status = CaseStatus.RECEIVED
    with transaction.atomic():
        for _attempt in range(5):
            case.tracking_code = new_tracking_code(case.kind)
            if not Case.objects.filter(tracking_code=case.tracking_code).exists():
                break
        case.save()
        for attachment in attachments:
            attachment.case = case
            attachment.save()
        CaseEvent.objects.create(case=case, status=CaseStatus.RECEIVED, note="ยื่นเรื่องผ่านแบบฟอร์มบนเว็บไซต์")
        transaction.on_commit(lambda: _notify_opened(case))
    return case


def change_status(case, status, user, note="", public_answer=None, transferred_to=None):
    """Move ``case`` to ``status`` (one of its allowed next states), record the step and mail the person."""
    status = CaseStatus(status)
    if status not in case.allowed_statuses:
        raise ValidationError(
            f"เปลี่ยนสถานะจาก “{case.get_status_display()}” เป็น “{status.label}” ไม่ได้",
            code="invalid_transition",
        )
    if public_answer is not None:
        case.public_answer = public_answer
    if transferred_to is not None:
        case.transferred_to = transferred_to
    if status in (CaseStatus.ANSWERED, CaseStatus.REFUSED) and not case.public_answer.strip():
        raise ValidationError({"public_answer": "กรุณาพิมพ์คำตอบหรือเหตุผลที่แจ้งผู้ยื่นเรื่อง"})
    if status == CaseStatus.TRANSFERRED and not case.transferred_to.strip():
        raise ValidationError({"transferred_to": "กรุณาระบุหน่วยงานที่ส่งต่อเรื่อง"})
    now = timezone.now()
    case.status = status
    # Any step out of "received" acknowledges the case; a final answer closes it.
    case.acknowledged_at = case.acknowledged_at or now
    if status in CLOSED_STATUSES:
        case.closed_at = now
    with transaction.atomic():
        case.save()
        event = CaseEvent.objects.create(case=case, status=status, user=user, note=note, created_at=now)
        transaction.on_commit(lambda: notify_person(case))
    return event


def notify_person(case):
    """Mail the person the case's public state: never the internal notes."""
    if not case.email:
        return []
    return queue_templated_mail(
        [case.email],
        "services/mail/status",
        {"case": case, "track_url": absolute_url(reverse("services_track"))},
    )


def _notify_opened(case):
    notify_person(case)
    recipients = handlers_emails(case)
    if recipients:
        queue_templated_mail(
            recipients,
            "services/mail/new_case",
            {"case": case, "admin_url": absolute_url(reverse("services_case:edit", args=[case.pk]))},
        )
