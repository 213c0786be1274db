"""The desk's admin screens as the PR officer sees them: Thai labels, Buddhist-Era dates."""

from django.urls import reverse

from tests import factories
from tests.assignments.conftest import bangkok


def test_the_agenda_form_types_buddhist_era_dates_in_thai(office, login):
    html = login(office.users["pr"]).get(reverse("assignments_agenda:add")).content.decode()
    assert 'placeholder="วว/ดด/ปปปป ชช:นน"' in html
    for label in ("เรื่อง", "ลักษณะงาน", "วันเวลาเริ่ม", "วันเวลาสิ้นสุด", "สถานที่", "ผู้บริหาร", "การแถลงข่าว"):
        assert label in html


def test_the_agenda_listing_shows_be_times_and_the_pick(office, login):
    waiting = factories.agenda_item(
        office, title="ประชุมสรุปผลการนิเทศภาคเรียนที่ 2", starts_at=bangkok(2026, 12, 3, 13, 0)
    )
    given = factories.agenda_item(office, title="ตรวจเยี่ยมโรงเรียนบ้านควนขนุน", kind="inspection")
    factories.assignment(office, item=given)
    html = login(office.users["pr"]).get(reverse("assignments_agenda:index")).content.decode()
    assert "3 ธันวาคม 2569 เวลา 13.00 น." in html
    assert f"{reverse('assignments_assignment:add')}?agenda_item={waiting.pk}" in html
    assert "มอบหมายทำข่าว" in html
    assert "นางสาวกนกพร แก้วมณี" in html or "กนกพร แก้วมณี" in html


def test_the_assign_form_is_prefilled_from_the_agenda_and_reassigns_with_the_news_linked(office, login):
    item = factories.agenda_item(office, title="แถลงข่าวผลการทดสอบ NT", kind="press_conference", hours=1)
    client = login(office.users["pr"])
    html = client.get(reverse("assignments_assignment:add") + f"?agenda_item={item.pk}").content.decode()
    assert f'<option value="{item.pk}" selected>' in html
    assignment = factories.assignment(office, item=item)
    edit = client.get(reverse("assignments_assignment:edit", args=[assignment.pk])).content.decode()
    assert "ข่าวที่เขียนจากงานนี้" in edit
    page = factories.news_page(
        factories.news_index(office),
        title=item.title,
        kind="press_conference",
        event_start=item.starts_at,
        event_end=item.ends_at,
    )
    response = client.post(
        reverse("assignments_assignment:edit", args=[assignment.pk]),
        {
            "assignee": office.users["editor2"].pk,
            "department": office.departments["personnel"].pk,
            "note": "",
            "news_page": page.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assignment.refresh_from_db()
    assert assignment.assignee == office.users["editor2"]
    assert assignment.news_page_id == page.pk
    assert assignment.agenda_item == item


def test_the_inspect_screen_gives_deadlines_in_be(office, login):
    item = factories.agenda_item(
        office,
        title="แถลงข่าวรับสมัครนักเรียน",
        kind="press_conference",
        starts_at=bangkok(2026, 12, 4, 10, 0),
        hours=1,
    )
    assignment = factories.assignment(office, item=item)
    html = (
        login(office.users["editor"])
        .get(reverse("assignments_assignment:inspect", args=[assignment.pk]))
        .content.decode()
    )
    assert "ต้องอนุมัติข่าวแจกก่อน" in html and "4 ธันวาคม 2569 เวลา 07.00 น." in html
    assert "ต้องเผยแพร่ภายใน" in html and "4 ธันวาคม 2569 เวลา 11.00 น." in html
    assert "เขียนข่าว</button>" in html
