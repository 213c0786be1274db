"""Reminders of missing items before their deadline: mailed through the worker, never twice."""

import datetime as dt

import pytest
from django.core import mail
from django_q.models import Schedule

from accounts import roles
from tests import factories
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

    # Every missing item with a 30 September deadline (all but O1–O4, published, and O18, due in
    # March) reaches someone: the groups' editors, or the webmaster for groups with nobody yet.
    assert reminded == 21
    assert ItaReminder.objects.count() == 21
    by_recipient = {}
    for message in mail.outbox:
        by_recipient.setdefault(message.to[0], []).append(message)
    # กลุ่มอำนวยการ: its editors (editor and the PR officer, who writes for it); กลุ่มบริหารงานบุคคล:
    # editor2; the five groups without editors or a director: the webmaster, one e-mail each.
    assert sorted(message.to[0] for message in mail.outbox if "webmaster@" not in message.to[0]) == [
        "editor2@phatthalung2.example.go.th",
        "editor@phatthalung2.example.go.th",
        "pr@phatthalung2.example.go.th",
    ]
    assert len(by_recipient["webmaster@phatthalung2.example.go.th"]) == 5
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert by_recipient["webmaster@phatthalung2.example.go.th"].body.startswith("เรียน ผู้ดูแลเว็บไซต์")
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


def test_a_group_without_editors_reminds_its_director_then_the_webmaster(demo, year_2569, settings):
    """Legal affairs has no editor: its director hears about O18; without a director, the webmaster."""
    settings.ITA_REMINDER_DAYS = 14
    director = factories.user(
        "legaldirector",
        roles=[roles.GROUP_DIRECTORS],
        groups=[demo.departments["legal-affairs"].directors_group],
    )
    director.email = "legal.director@phatthalung2.example.go.th"
    director.save()

    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 1
    assert mail.outbox[-1].to == ["legal.director@phatthalung2.example.go.th"]
    assert mail.outbox[-1].body.startswith("เรียน ผู้อำนวยการกลุ่มกฎหมายและคดี")

    ItaReminder.objects.all().delete()
    director.delete()
    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 1
    assert mail.outbox[-1].to == ["webmaster@phatthalung2.example.go.th"]


def test_an_item_no_group_answers_for_goes_to_the_webmaster(demo, year_2569, settings):
    from transparency.models import ItaItem

    settings.ITA_REMINDER_DAYS = 14
    ItaItem.objects.filter(fiscal_year=2569, code="O18").update(department=None)
    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 1
    message = mail.outbox[-1]
    assert message.to == ["webmaster@phatthalung2.example.go.th"]
    assert "ยังไม่มีกลุ่มงานรับผิดชอบ" in message.subject
    assert "กำหนดกลุ่มงานผู้รับผิดชอบในรายการ ITA" in message.body


def test_a_second_notice_after_the_deadline_once(demo, year_2569, legal_editor, settings):
    settings.ITA_REMINDER_DAYS = 14
    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 1  # before 31 March
    assert send_due_reminders(today=dt.date(2026, 3, 31)) == 0  # the deadline day itself: still in time
    assert send_due_reminders(today=dt.date(2026, 4, 1)) == 1  # overdue: the second notice
    message = mail.outbox[-1]
    assert message.to == ["legal@phatthalung2.example.go.th"]
    assert message.subject.startswith("เลยกำหนด")
    assert "เลยวันครบกำหนดแล้ว" in message.body and "(แจ้งเตือนครั้งที่ 2)" in message.body
    assert set(ItaReminder.objects.values_list("stage", flat=True)) == {"before", "overdue"}
    assert send_due_reminders(today=dt.date(2026, 4, 2)) == 0
    assert len(mail.outbox) == 2


def test_nobody_to_tell_is_not_logged_so_it_is_retried(demo, year_2569, settings):
    from django.contrib.auth import get_user_model

    settings.ITA_REMINDER_DAYS = 14
    get_user_model().objects.filter(username="webmaster").update(email="")
    assert send_due_reminders(today=dt.date(2026, 3, 17)) == 0
    assert not ItaReminder.objects.exists()
    get_user_model().objects.filter(username="webmaster").update(email="webmaster@phatthalung2.example.go.th")
    assert send_due_reminders(today=dt.date(2026, 3, 18)) == 1
