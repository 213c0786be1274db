"""Daily reminders of cases near or past their deadline (django-q2 schedule of migration 0002).

A case is due when its next deadline (acknowledgement while received, then the answer) is at most
``SERVICES_REMINDER_DAYS`` working days away, or past. Its handlers get one e-mail per case and
deadline: ``Case.reminded_for`` remembers the deadline already reminded, so the run is idempotent.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from home.mail import queue_templated_mail
from home.site_url import absolute_url
from publishing.working_days import add_working_days
from services.access import handlers_emails
from services.models import Case


def due_cases(today):
    horizon = add_working_days(today, settings.SERVICES_REMINDER_DAYS)
    return [
        case
        for case in Case.objects.open().filter(answer_due__isnull=False).select_related("department")
        if case.next_due <= horizon and case.reminded_for != case.next_due
    ]


def send_due_reminders(today=None):
    """Queue the reminders; return how many cases were reminded."""
    today = today or timezone.localdate()
    reminded = 0
    for case in due_cases(today):
        recipients = handlers_emails(case)
        if not recipients:
            continue
        with transaction.atomic():
            case.reminded_for = case.next_due
            case.save(update_fields=["reminded_for"])
            queue_templated_mail(
                recipients,
                "services/mail/reminder",
                {
                    "case": case,
                    "due": case.next_due,
                    "overdue": case.next_due < today,
                    "admin_url": absolute_url(reverse("services_case:edit", args=[case.pk])),
                },
            )
        reminded += 1
    return reminded
