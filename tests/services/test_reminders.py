"""Reminders before a deadline (once per deadline) and the dashboard panel of overdue cases."""

import datetime as dt

import pytest
from django.core import mail

from services.models import Case, CaseStatus
from services.reminders import send_due_reminders
from services.workflow import change_status

pytestmark = pytest.mark.django_db


def test_handlers_are_reminded_once_per_deadline(services, make_case, settings):
    settings.SERVICES_REMINDER_DAYS = 2
    Case.objects.exclude(pk__in=[]).filter(tracking_code__contains="69-D").update(status=CaseStatus.ANSWERED)
    case = make_case("complaint")  # corruption: the legal group and the office directors
    mail.outbox.clear()
    day_before_ack = case.acknowledge_due - dt.timedelta(days=1)
    assert send_due_reminders(today=case.received_at.date() - dt.timedelta(days=30)) == 0
    assert send_due_reminders(today=day_before_ack) == 1
    assert {m.to[0] for m in mail.outbox} == {
        "legal@phatthalung2.example.go.th",
        "director@phatthalung2.example.go.th",
    }
    assert case.tracking_code in mail.outbox[0].subject
    # Nothing about the complaint's content goes out by e-mail.
    assert case.subject not in mail.outbox[0].body
    mail.outbox.clear()
    assert send_due_reminders(today=day_before_ack) == 0
    # Once acknowledged, the answer deadline is the next one to remind.
    change_status(case, CaseStatus.IN_PROGRESS, services.users["legal"])
    assert send_due_reminders(today=case.answer_due) == 1


def test_dashboard_lists_overdue_cases_the_user_may_see(services, login):
    # The demo's open cases of 2569 are long past their deadlines.
    html = login(services.users["groupdirector"]).get("/admin/").content.decode()
    assert "เรื่องจากประชาชนที่เกินกำหนด" in html
    assert "Q69-DQ2R03" in html  # a question still "received"
    assert "C69-DC2R03" not in html  # a corruption complaint: not theirs
    html = login(services.users["legal"]).get("/admin/").content.decode()
    assert "C69-DC2R03" in html
    html = login(services.users["editor2"]).get("/admin/").content.decode()
    assert "เรื่องจากประชาชนที่เกินกำหนด" not in html
