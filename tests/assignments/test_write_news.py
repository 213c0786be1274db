""" "Write the news" from an assignment: the draft's contents, its place in the tree, once only."""

from django.urls import reverse

from accounts import roles
from newsroom.models import NewsIndexPage, NewsPage
from tests import factories
from tests.assignments.conftest import bangkok


def write_url(assignment):
    return reverse("assignments_assignment:write_news", args=[assignment.pk])


def test_the_draft_has_kind_times_place_and_group_and_opens_in_the_editor(office, login):
    item = factories.agenda_item(
        office,
        title="ประชุมคณะกรรมการเขตพื้นที่การศึกษา ครั้งที่ 12/2569",
        starts_at=bangkok(2026, 12, 3, 22, 0),
        ends_at=bangkok(2026, 12, 4, 0, 30),
        place="ห้องประชุมพัทลุง 2",
    )
    assignment = factories.assignment(office, item=item)
    client = login(office.users["editor"])

    response = client.post(write_url(assignment))

    assignment.refresh_from_db()
    page = assignment.news_page
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert isinstance(page, NewsPage)
    assert page.title == "ประชุมคณะกรรมการเขตพื้นที่การศึกษา ครั้งที่ 12/2569"
    assert page.kind == "meeting"
    assert page.event_start == bangkok(2026, 12, 3, 22, 0)
    assert page.event_end == bangkok(2026, 12, 4, 0, 30)
    assert page.event_location == "ห้องประชุมพัทลุง 2"
    assert page.department == office.departments["general-administration"]
    assert page.get_parent().specific == office.departments["general-administration"]
    assert page.live is False
    assert page.owner == office.users["editor"]
    assert page.get_latest_revision() is not None
    # The news page's own standard and the assignment's agree.
    assert page.time_standard_deadline == assignment.publish_by
    editor_page = client.get(response["Location"])
    assert editor_page.status_code == 200
    assert "ประชุมคณะกรรมการเขตพื้นที่การศึกษา ครั้งที่ 12/2569" in editor_page.content.decode()


def test_writing_twice_opens_the_same_draft(office, login):
    assignment = factories.assignment(office)
    client = login(office.users["editor"])
    first = client.post(write_url(assignment))
    second = client.post(write_url(assignment))
    assert first["Location"] == second["Location"]
    assert NewsPage.objects.filter(title=assignment.agenda_item.title).count() == 1


def test_a_pr_officer_without_rights_in_the_group_writes_under_news_with_the_group_named(office, login):
    officer = factories.user("prnew", roles=[roles.PR_OFFICERS], first_name="อรุณี", last_name="ทองแท้")
    personnel = office.departments["personnel"]
    item = factories.agenda_item(office, title="แถลงข่าวการสอบครูผู้ช่วย", kind="press_conference", hours=1)
    assignment = factories.assignment(office, item=item, assignee=officer, department=personnel)

    response = login(officer).post(write_url(assignment))

    assignment.refresh_from_db()
    page = assignment.news_page
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert isinstance(page.get_parent().specific, NewsIndexPage)
    assert page.department == personnel
    assert page.owning_department == personnel
    assert page.kind == "press_conference"


def test_the_desk_may_start_the_draft_for_an_assignee_of_another_group(office, login):
    assignment = factories.assignment(
        office, assignee=office.users["editor2"], department=office.departments["personnel"]
    )
    officer = factories.user("prdesk", roles=[roles.PR_OFFICERS])

    response = login(officer).post(write_url(assignment), follow=True)

    assignment.refresh_from_db()
    assert assignment.news_page.get_parent().specific == office.departments["personnel"]
    assert "ผู้รับผิดชอบเขียนต่อได้" in response.content.decode()
