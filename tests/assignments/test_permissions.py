"""Who runs the desk and who sees which assignment; a refusal test for each forbidden role."""

import pytest
from django.urls import reverse

from assignments.models import AgendaItem, Assignment
from tests import factories
from tests.assignments.conftest import bangkok

DESK = ["pr", "groupdirector", "admin", "sysadmin"]
NOT_DESK = ["editor", "editor2", "webmaster", "director", "personneldirector"]


def refused(response, *texts):
    html = response.content.decode() if response.status_code == 200 else ""
    return response.status_code in (302, 403, 404) and not any(text in html for text in texts)


@pytest.fixture
def item(office):
    return factories.agenda_item(office, title="ตรวจเยี่ยมโรงเรียนบ้านควนขนุน", kind="inspection")


@pytest.mark.parametrize("username", DESK)
def test_the_desk_enters_the_agenda_and_assigns(office, login, username):
    client = login(office.users[username])
    assert client.get(reverse("assignments_agenda:index")).status_code == 200
    response = client.post(
        reverse("assignments_agenda:add"),
        {
            "title": f"ประชุมสรุปผลการนิเทศ ({username})",
            "kind": "meeting",
            "starts_at": "3/12/2569 13:00",
            "ends_at": "3/12/2569 16:00",
            "place": "ห้องประชุมพัทลุง 2",
            "executive_name": "นางสาวปราณี จันทร์หอม",
            "note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    item = AgendaItem.objects.get(title=f"ประชุมสรุปผลการนิเทศ ({username})")
    assert item.starts_at == bangkok(2026, 12, 3, 13, 0)
    assert item.site == office.site
    assert item.created_by == office.users[username]

    response = client.post(
        reverse("assignments_assignment:add"),
        {
            "agenda_item": item.pk,
            "assignee": office.users["editor"].pk,
            "department": "",
            "note": "ถ่ายภาพด้วย",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assignment = Assignment.objects.get(agenda_item=item)
    assert assignment.assignee == office.users["editor"]
    # Left empty: the assignee's own group.
    assert assignment.department == office.departments["general-administration"]
    assert assignment.assigned_by == office.users[username]
    assert assignment.publish_by == bangkok(2026, 12, 3, 19, 0)


def test_bad_times_are_refused_in_thai_and_nothing_is_saved(office, login):
    response = login(office.users["pr"]).post(
        reverse("assignments_agenda:add"),
        {
            "title": "ประชุมที่จบก่อนเริ่ม",
            "kind": "meeting",
            "starts_at": "3/12/2569 13:00",
            "ends_at": "3/12/2569 12:00",
            "place": "ห้องประชุม",
            "executive_name": "",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "วันเวลาสิ้นสุดต้องไม่ก่อนวันเวลาเริ่ม" in html
    assert "โปรดเลือกผู้บริหารจากทำเนียบ" in html
    assert not AgendaItem.objects.filter(title="ประชุมที่จบก่อนเริ่ม").exists()


def test_an_item_is_assigned_once(office, login, item):
    factories.assignment(office, item=item)
    response = login(office.users["pr"]).post(
        reverse("assignments_assignment:add"),
        {"agenda_item": item.pk, "assignee": office.users["editor2"].pk, "department": ""},
    )
    assert response.status_code == 200
    assert "กำหนดการนี้มอบหมายแล้ว" in response.content.decode()
    assert Assignment.objects.get(agenda_item=item).assignee == office.users["editor"]


@pytest.mark.parametrize("username", NOT_DESK)
def test_other_roles_are_refused_the_agenda(office, login, item, username):
    client = login(office.users[username])
    assert refused(client.get(reverse("assignments_agenda:index")), item.title)
    assert refused(client.get(reverse("assignments_agenda:edit", args=[item.pk])), item.title)
    response = client.post(
        reverse("assignments_agenda:add"),
        {
            "title": "กำหนดการแอบเพิ่ม",
            "kind": "meeting",
            "starts_at": "3/12/2569 13:00",
            "ends_at": "3/12/2569 14:00",
            "place": "x",
            "executive_name": "x",
        },
    )
    assert refused(response)
    assert not AgendaItem.objects.filter(title="กำหนดการแอบเพิ่ม").exists()
    response = client.post(
        reverse("assignments_assignment:add"), {"agenda_item": item.pk, "assignee": office.users[username].pk}
    )
    assert refused(response)
    assert not Assignment.objects.filter(agenda_item=item).exists()


def test_the_director_of_another_group_does_not_run_the_desk_of_the_office(office, login, item):
    client = login(office.users["personneldirector"])
    assert refused(client.get(reverse("assignments_agenda:delete", args=[item.pk])), item.title)
    assert AgendaItem.objects.filter(pk=item.pk).exists()


@pytest.mark.parametrize(
    ("username", "sees"),
    [
        ("editor2", True),  # the assignee
        ("personneldirector", True),  # the director of the group it was given to
        ("pr", True),
        ("groupdirector", True),  # director of กลุ่มอำนวยการ: the desk
        ("admin", True),
        ("editor", False),  # an editor of another group
        ("webmaster", False),
        ("director", False),
    ],
)
def test_who_sees_an_assignment(office, login, item, username, sees):
    assignment = factories.assignment(
        office, item=item, assignee=office.users["editor2"], department=office.departments["personnel"]
    )
    client = login(office.users[username])
    inspect = client.get(reverse("assignments_assignment:inspect", args=[assignment.pk]))
    listing = client.get(reverse("assignments_assignment:index"))
    if sees:
        assert inspect.status_code == 200
        assert item.title in inspect.content.decode()
        assert item.title in listing.content.decode()
    else:
        assert refused(inspect, item.title)
        assert refused(listing, item.title)


@pytest.mark.parametrize("username", ["editor", "webmaster", "director", "personneldirector"])
def test_only_the_assignee_and_the_desk_write_the_news(office, login, item, username):
    assignment = factories.assignment(
        office, item=item, assignee=office.users["editor2"], department=office.departments["personnel"]
    )
    response = login(office.users[username]).post(
        reverse("assignments_assignment:write_news", args=[assignment.pk])
    )
    assert response.status_code in (302, 403)
    assignment.refresh_from_db()
    assert assignment.news_page is None


def test_the_assignee_cannot_reassign_or_delete(office, login, item):
    assignment = factories.assignment(
        office, item=item, assignee=office.users["editor2"], department=office.departments["personnel"]
    )
    client = login(office.users["editor2"])
    response = client.post(
        reverse("assignments_assignment:edit", args=[assignment.pk]),
        {"assignee": office.users["editor"].pk, "department": office.departments["personnel"].pk},
    )
    assert refused(response)
    assert refused(client.post(reverse("assignments_assignment:delete", args=[assignment.pk])))
    assignment.refresh_from_db()
    assert assignment.assignee == office.users["editor2"]


def test_anonymous_visitors_are_sent_to_login(office, client, item):
    assignment = factories.assignment(office, item=item)
    for url in (
        reverse("assignments_agenda:index"),
        reverse("assignments_assignment:index"),
        reverse("assignments_assignment:inspect", args=[assignment.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    response = client.post(reverse("assignments_assignment:write_news", args=[assignment.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assignment.refresh_from_db()
    assert assignment.news_page is None
