"""Reminders of missing items before their deadline: mailed through the worker, never twice."""

import datetime as dt

import pytest
from django.core import mail
from django_q.models import Schedule

from transparency.models import ItaReminder
from transparency.reminders import send_due_reminders


@pytest.fixture
def legal_editor(demo):
    """An editor of กลุ่มกฎหมายและคดี, responsible for the complaint statistics (six-month round)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from accounts import roles

    user = get_user_model().objects.create_user(
        username="legal", email="legal@phatthalung2.example.go.th", first_name="สุดา", last_name="ยุติธรรม"
    )
    user.groups.add(Group.objects.get(name=roles.EDITORS), demo.departments["legal-affairs"].editors_group)
    return user


def test_six_month_items_are_reminded_two_weeks_before_31_march_once(
    demo, year_2569, item_page, legal_editor, settings
):
    settings.ITA_REMINDER_DAYS = 14
    item_page(year_2569, "O16")  # legal-affairs, published: no reminder

    assert send_due_reminders(today=dt.date(2026, 3, 16)) == 0  # 15 days before: too early
    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 1

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["legal@phatthalung2.example.go.th"]
    assert "กลุ่มกฎหมายและคดี" in message.subject
    assert "O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" in message.body
    assert "31 มีนาคม 2569" in message.body
    assert "http://testserver/ita/2569/o18/" in message.body
    assert "O16" not in message.body
    assert ItaReminder.objects.get().deadline == dt.date(2026, 3, 31)

    # The next days' runs (and a second run the same day) send nothing again.
    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 0
    assert send_due_reminders(today=dt.date(2026, 3, 20)) == 0
    assert len(mail.outbox) == 1


def test_year_items_are_reminded_before_30_september_to_each_groups_editors(
    demo, year_2569, item_page, settings
):
    settings.ITA_REMINDER_DAYS = 10
    for code in ("O1", "O2", "O3", "O4"):
        item_page(year_2569, code)

    reminded = send_due_reminders(today=dt.date(2026, 9, 25))

    # กลุ่มอำนวยการ: O8, O9, O20 (O1–O4 are published); กลุ่มบริหารงานบุคคล: O13–O15. The other groups
    # have no editors yet: nothing is logged for them, so they are reminded once someone joins.
    assert reminded == 6
    assert set(ItaReminder.objects.values_list("item__code", flat=True)) == {
        "O8",
        "O9",
        "O20",
        "O13",
        "O14",
        "O15",
    }
    by_recipient = {message.to[0]: message for message in mail.outbox}
    # Only the members of the responsible groups' editors' groups get mail: กลุ่มอำนวยการ (editor
    # and the PR officer, who writes for it) and กลุ่มบริหารงานบุคคล (editor2); groups without editors get none.
    assert set(by_recipient) == {
        "editor@phatthalung2.example.go.th",
        "pr@phatthalung2.example.go.th",
        "editor2@phatthalung2.example.go.th",
    }
    general = by_recipient["editor@phatthalung2.example.go.th"].body
    assert "O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่" in general
    assert "O1 " not in general
    assert "30 กันยายน 2569" in general
    assert (
        "O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล"
        in by_recipient["editor2@phatthalung2.example.go.th"].body
    )

    assert send_due_reminders(today=dt.date(2026, 9, 26)) == 0


def test_the_setting_sets_how_early(demo, year_2569, legal_editor, settings):
    settings.ITA_REMINDER_DAYS = 30
    assert send_due_reminders(today=dt.date(2026, 3, 1)) == 1


def test_the_daily_schedule_exists_after_migrate(db):
    schedule = Schedule.objects.get(name="transparency ita reminders")
    assert schedule.func == "transparency.reminders.send_due_reminders"
    assert schedule.schedule_type == Schedule.DAILY
    assert schedule.repeats == -1
