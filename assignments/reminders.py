"""The warning of an assignment about to miss its standard, by e-mail through the worker, once.

Run by the django-q2 schedule of migration 0002 every ten minutes. An assignment is due for its
warning when ``warn_at`` has passed and nothing keeps it safe (``Assignment.is_safe``). The claim
(``warned_at`` set by one conditional UPDATE) is the record that makes the warning go out once, even
with two workers; moving the agenda item gives it new deadlines and a new warning.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment, prefetch_progress
from home.mail import queue_templated_mail


def due_warnings(now):
    candidates = Assignment.objects.filter(warned_at__isnull=True, warn_at__lte=now).open().with_related()
    return [assignment for assignment in prefetch_progress(candidates) if not assignment.is_safe()]


def recipients(assignment):
    """The assignee, and whoever assigned the item (the desk follows it up)."""
    people = [assignment.assignee, assignment.assigned_by]
    return sorted({person.email for person in people if person and person.is_active and person.email})


def send_warnings(now=None):
    """Queue the warnings due at ``now``; return how many assignments were warned."""
    now = now or timezone.now()
    warned = 0
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for assignment in due_warnings(now):
        with transaction.atomic():
            claimed = Assignment.objects.filter(pk=assignment.pk, warned_at__isnull=True).update(
                warned_at=now
            )
            if not claimed:
                continue
            queue_templated_mail(
                recipients(assignment),
                "assignments/mail/warning",
                {
                    "assignment": assignment,
                    "item": assignment.agenda_item,
                    "overdue": assignment.is_overdue(now),
                    "admin_url": base_url + reverse("assignments_assignment:inspect", args=[assignment.pk]),
                },
                kind="assignment_warning",
            )
        warned += 1
    return warned
