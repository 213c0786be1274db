"""The dashboard panel per role, and the warning of an item about to miss its standard: on the
dashboard and by e-mail through the worker, once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_q.models import Schedule

from assignments.reminders import send_warnings
from assignments.write_news import write_news
from outbox.models import OutgoingMail
from tests import factories

MEETING = "ประชุมคณะกรรมการติดตามการใช้งบประมาณ ไตรมาส 1/2570"
ACTIVITY = "ประกาศจัดงานวันเด็กแห่งชาติ ประจำปี 2570"
OTHER_GROUP = "ตรวจเยี่ยมโรงเรียนบ้านโหล๊ะจันกระ"


def ended_ago(office, hours, title=MEETING, **fields):
    """A meeting of three hours that ended ``hours`` ago, assigned to the demo editor."""
    starts_at = timezone.now() - timedelta(hours=hours + 3)
    item = factories.agenda_item(office, title=title, starts_at=starts_at, hours=3)
    return factories.assignment(office, item=item, **fields)


def activity_in(office, days, title=ACTIVITY):
    item = factories.agenda_item(
        office, title=title, kind="activity", starts_at=timezone.now() + days, hours=6
    )
    return factories.assignment(office, item=item)


@pytest.fixture
def board(office):
    """A meeting that ended two hours ago with nothing submitted, and an inspection of another group."""
    meeting = ended_ago(office, 2)
    item = factories.agenda_item(
        office, title=OTHER_GROUP, kind="inspection", starts_at=timezone.now() + timedelta(days=2)
    )
    other = factories.assignment(
        office, item=item, assignee=office.users["editor2"], department=office.departments["personnel"]
    )
    return meeting, other


def dashboard(login, user):
    return login(user).get("/admin/").content.decode()


def test_the_assignee_sees_the_warning_and_the_button_to_write(office, board, login):
    html = dashboard(login, office.users["editor"])
    assert "งานข่าวที่มอบหมาย" in html
    assert "ใกล้เกินมาตรฐานระยะเวลา (1)" in html
    assert MEETING in html
    assert "ยังไม่เริ่มเขียนข่าว" in html
    assert "เขียนข่าว</button>" in html
    assert OTHER_GROUP not in html


def test_the_director_of_the_assignees_group_sees_their_groups_items_only(office, board, login):
    html = dashboard(login, office.users["personneldirector"])
    assert OTHER_GROUP in html
    assert MEETING not in html
    assert "ใกล้เกินมาตรฐานระยะเวลา" not in html


@pytest.mark.parametrize("username", ["pr", "groupdirector"])
def test_the_desk_sees_every_item_and_the_agenda_link(office, board, login, username):
    html = dashboard(login, office.users[username])
    assert MEETING in html and OTHER_GROUP in html
    assert "เพิ่มกำหนดการผู้บริหาร" in html


@pytest.mark.parametrize("username", ["webmaster", "director"])
def test_roles_outside_the_desk_get_no_panel(office, board, login, username):
    html = dashboard(login, office.users[username])
    assert MEETING not in html and OTHER_GROUP not in html
    assert 'id="assignments-desk"' not in html


def test_published_items_leave_the_panel(office, login):
    assignment = ended_ago(office, 2)
    item = assignment.agenda_item
    assignment.news_page = factories.news_page(
        factories.news_index(office),
        title=MEETING,
        kind="meeting",
        event_start=item.starts_at,
        event_end=item.ends_at,
    )
    assignment.save()
    html = dashboard(login, office.users["editor"])
    assert MEETING not in html
    # Nothing open: no panel for an assignee (the desk keeps an empty one, to add agenda items).
    assert 'id="assignments-desk"' not in html


def test_an_activity_four_days_away_without_announcement_warns_and_five_days_does_not(office, login):
    activity_in(office, timedelta(days=4), title=ACTIVITY)
    activity_in(office, timedelta(days=5), title="ประกาศการแข่งขันศิลปหัตถกรรมนักเรียน")
    html = dashboard(login, office.users["editor"])
    assert "ใกล้เกินมาตรฐานระยะเวลา (1)" in html
    warning = html[
        html.index("ใกล้เกินมาตรฐานระยะเวลา") : html.index("</ul>", html.index("ใกล้เกินมาตรฐานระยะเวลา"))
    ]
    assert ACTIVITY in warning
    assert "ศิลปหัตถกรรม" not in warning


def test_the_warning_mail_goes_once_to_the_assignee_and_who_assigned(office):
    assignment = ended_ago(office, 2)
    mail.outbox.clear()

    assert send_warnings() == 1

    assignment.refresh_from_db()
    assert assignment.warned_at is not None
    rows = OutgoingMail.objects.filter(kind="assignment_warning")
    assert sorted(rows.values_list("to", flat=True)) == [
        "editor@phatthalung2.example.go.th",
        "pr@phatthalung2.example.go.th",
    ]
    assert {message.to[0] for message in mail.outbox} == {
        "editor@phatthalung2.example.go.th",
        "pr@phatthalung2.example.go.th",
    }
    message = mail.outbox[0]
    assert message.subject == f"ใกล้เกินกำหนด: ข่าว{MEETING}"
    assert "ต้องเผยแพร่ภายใน" in message.body
    assert (
        f"/admin/assignments/assignments/inspect/{assignment.pk}/" in message.body
        or str(assignment.pk) in message.body
    )

    # The worker runs again (every ten minutes): nothing more goes out.
    assert send_warnings() == 0
    assert send_warnings(timezone.now() + timedelta(hours=5)) == 0
    assert OutgoingMail.objects.filter(kind="assignment_warning").count() == 2


def test_no_warning_before_its_time_or_once_the_news_is_submitted(office):
    early = ended_ago(office, 1, title="ประชุมที่เพิ่งเลิก")
    submitted = ended_ago(office, 2, title="ประชุมที่ส่งข่าวแล้ว")
    page = write_news(submitted, office.users["editor"])
    factories.submit(page, office.users["editor"])

    assert send_warnings() == 0
    assert not OutgoingMail.objects.filter(kind="assignment_warning").exists()
    early.refresh_from_db()
    assert early.warned_at is None
    # An hour later the first one is due.
    assert send_warnings(timezone.now() + timedelta(hours=1)) == 1


def test_an_activity_warns_until_its_announcement_is_live(office):
    draft_only = activity_in(office, timedelta(days=4), title="ประกาศงานที่มีแต่ร่าง")
    write_news(draft_only, office.users["editor"])
    live = activity_in(office, timedelta(days=4), title="ประกาศงานที่เผยแพร่แล้ว")
    item = live.agenda_item
    live.news_page = factories.news_page(
        factories.news_index(office),
        title=item.title,
        kind="activity",
        event_start=item.starts_at,
        event_end=item.ends_at,
    )
    live.save()

    assert send_warnings() == 1
    draft_only.refresh_from_db()
    live.refresh_from_db()
    assert draft_only.warned_at is not None
    assert live.warned_at is None


def test_the_worker_schedule_is_created_by_migration(db):
    schedule = Schedule.objects.get(name="assignments warnings")
    assert schedule.func == "assignments.reminders.send_warnings"
    assert schedule.schedule_type == Schedule.MINUTES
    assert schedule.minutes == 10


def test_the_panel_costs_the_same_queries_for_three_or_twelve_items(office, django_assert_max_num_queries):
    from assignments.panels import panel_rows

    def add(count):
        for n in range(count):
            assignment = ended_ago(office, 2, title=f"ประชุมกลุ่มโรงเรียน เครือข่ายที่ {n + 1} ({count})")
            page = write_news(assignment, office.users["editor"])
            if n % 2:
                factories.submit(page, office.users["editor"])

    editor = office.users["editor"]
    add(3)
    with django_assert_max_num_queries(12) as few:
        rows, _total, _at_risk = panel_rows(editor)
    assert len(rows) == 3
    add(9)
    with django_assert_max_num_queries(len(few.captured_queries)):
        rows, _total, at_risk = panel_rows(editor)
    assert len(rows) == 12
    assert len(at_risk) == 7  # seven drafts; the five submitted are safe
