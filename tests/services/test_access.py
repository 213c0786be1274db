"""Only the responsible group, its director, the office director and administrators see a case; a
corruption complaint only the designated staff (legal group, office director). Each refusal per role,
and the audit log."""

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from wagtail.models import ModelLogEntry

from services.models import Case, CaseAttachment
from services.views.admin import VIEW_ACTION

pytestmark = pytest.mark.django_db

INDEX = "/admin/services/cases/"

# username -> (sees ordinary cases of กลุ่มอำนวยการ, sees corruption complaints)
ROLES = {
    "editor": (True, False),  # writer of กลุ่มอำนวยการ, the responsible group
    "groupdirector": (True, False),  # its director
    "pr": (True, False),  # PR officer, also a writer of กลุ่มอำนวยการ
    "editor2": (False, False),  # another group
    "webmaster": (False, False),
    "director": (True, True),  # office director: oversees every case, designated for corruption
    "legal": (False, True),  # legal group: designated
}


def edit_url(case):
    return f"/admin/services/cases/edit/{case.pk}/"


@pytest.fixture
def cases(make_case):
    return {
        "ordinary": make_case("question"),
        "corruption": make_case("complaint"),
    }


def _refused(response, case):
    html = response.content.decode() if response.status_code == 200 else ""
    return response.status_code in (302, 403, 404) and case.subject not in html and case.name not in html


@pytest.mark.parametrize("username", ROLES)
def test_each_role_sees_exactly_its_cases(services, cases, login, username):
    sees_ordinary, sees_corruption = ROLES[username]
    user = services.users[username]
    visible = set(Case.objects.visible_to(user))
    assert (cases["ordinary"] in visible) is sees_ordinary
    assert (cases["corruption"] in visible) is sees_corruption
    client = login(user)
    for key, allowed in (("ordinary", sees_ordinary), ("corruption", sees_corruption)):
        case = cases[key]
        response = client.get(edit_url(case))
        if allowed:
            assert response.status_code == 200
            assert case.subject in response.content.decode()
        else:
            assert _refused(response, case), (username, key, response.status_code)
            response = client.post(edit_url(case), {"next_status": "in_progress", "note": "x"})
            case.refresh_from_db()
            assert case.status == "received"


@pytest.mark.parametrize("username", ["editor2", "webmaster"])
def test_users_without_cases_are_refused_the_listing(services, cases, login, username):
    response = login(services.users[username]).get(INDEX)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/")


def test_the_listing_shows_only_visible_cases(services, cases, login):
    html = login(services.users["editor"]).get(INDEX).content.decode()
    assert cases["ordinary"].tracking_code in html
    assert cases["corruption"].tracking_code not in html
    html = login(services.users["legal"]).get(INDEX).content.decode()
    assert cases["corruption"].tracking_code in html
    assert cases["ordinary"].tracking_code not in html


def test_administrators_see_ordinary_cases_but_not_corruption(services, cases, login, administrator):
    client = login(administrator)
    assert client.get(edit_url(cases["ordinary"])).status_code == 200
    assert _refused(client.get(edit_url(cases["corruption"])), cases["corruption"])


def test_anonymous_visitors_are_sent_to_login(services, cases, client):
    response = client.get(edit_url(cases["ordinary"]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_anonymous_complainant_is_never_shown(services, make_case, login):
    case = make_case("complaint", anonymous="on", name="นายสมศักดิ์ ผู้แจ้ง", email="hidden@example.com")
    assert case.email == "hidden@example.com"  # kept only to send the result
    html = login(services.users["legal"]).get(edit_url(case)).content.decode()
    assert "ผู้ร้องเรียนไม่ประสงค์ออกนาม" in html
    assert "สมศักดิ์" not in html
    assert "hidden@example.com" not in html


def test_every_view_of_a_complaint_is_audit_logged(services, cases, login):
    case = cases["corruption"]
    client = login(services.users["legal"])
    client.get(edit_url(case))
    client.get(edit_url(case))
    entries = ModelLogEntry.objects.filter(action=VIEW_ACTION, object_id=str(case.pk))
    assert entries.count() == 2
    assert {entry.user for entry in entries} == {services.users["legal"]}
    # A question is not a complaint: no view log.
    login(services.users["editor"]).get(edit_url(cases["ordinary"]))
    assert not ModelLogEntry.objects.filter(action=VIEW_ACTION, object_id=str(cases["ordinary"].pk)).exists()


def test_case_files_only_for_those_who_see_the_case(services, cases, login):
    case = cases["corruption"]
    attachment = CaseAttachment(case=case, original_filename="หลักฐาน.pdf")
    attachment.file.save("evidence.pdf", ContentFile(b"%PDF-1.4 evidence"), save=True)
    url = f"/admin/services/cases/{case.pk}/file/{attachment.pk}/"
    response = login(services.users["editor"]).get(url)
    assert response.status_code != 200
    response = login(services.users["legal"]).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 evidence"


# --- The office director oversees every ordinary case ---------------------------------------------


@pytest.fixture
def every_group(services, make_case):
    """An ordinary case of each kind, each with another responsible group, and a corruption complaint."""
    departments = services.departments
    cases = {
        "question": make_case("question"),
        "complaint": make_case(
            "complaint",
            complaint_type="service",
            subject="ครูไม่ได้รับเงินค่าตอบแทนพิเศษ",
            name="นางสาวพรทิพย์ คงแก้ว",
            email="porntip@example.com",
        ),
        "information_request": make_case("information_request"),
        "corruption": make_case("complaint"),
    }
    Case.objects.filter(pk=cases["complaint"].pk).update(department=departments["personnel"])
    Case.objects.filter(pk=cases["information_request"].pk).update(
        department=departments["policy-and-planning"]
    )
    for case in cases.values():
        case.refresh_from_db()
    assert cases["question"].department == departments["general-administration"]
    assert not cases["complaint"].is_corruption and cases["corruption"].is_corruption
    return cases


def test_the_office_director_sees_and_handles_every_ordinary_case(services, every_group, login):
    client = login(services.users["director"])
    listing = client.get(INDEX).content.decode()
    for case in every_group.values():
        assert case.tracking_code in listing
        response = client.get(edit_url(case))
        assert response.status_code == 200
        assert case.subject in response.content.decode()
    # Overseeing includes acting: the director may move an ordinary case on.
    response = client.post(
        edit_url(every_group["information_request"]), {"next_status": "in_progress", "note": "เร่งดำเนินการ"}
    )
    assert response.status_code == 302
    every_group["information_request"].refresh_from_db()
    assert every_group["information_request"].status == "in_progress"


@pytest.mark.parametrize(
    ("username", "visible"),
    [
        ("groupdirector", {"question"}),  # กลุ่มอำนวยการ's director: its own group's only
        ("editor", {"question"}),
        ("editor2", {"complaint"}),  # กลุ่มบริหารงานบุคคล's writer
        ("webmaster", set()),
        ("legal", {"corruption"}),
    ],
)
def test_other_roles_see_only_their_groups_cases(services, every_group, login, username, visible):
    user = services.users[username]
    assert {
        key for key, case in every_group.items() if Case.objects.visible_to(user).filter(pk=case.pk).exists()
    } == (visible)
    client = login(user)
    for key, case in every_group.items():
        if key not in visible:
            assert _refused(client.get(edit_url(case)), case), (username, key)


def test_administrators_still_do_not_see_corruption_complaints(services, every_group, administrator):
    visible = set(Case.objects.visible_to(administrator)) & set(every_group.values())
    assert visible == {every_group[key] for key in ("question", "complaint", "information_request")}


def _overdue(case):
    Case.objects.filter(pk=case.pk).update(
        answer_due=dt.date(2026, 1, 5), acknowledge_due=dt.date(2026, 1, 2)
    )


def test_the_office_directors_dashboard_lists_every_groups_overdue_cases(services, every_group, login):
    for case in every_group.values():
        _overdue(case)
    dashboard = login(services.users["director"]).get("/admin/").content.decode()
    # Every overdue case of the office, of every group and kind, corruption included.
    assert f"เรื่องจากประชาชนที่เกินกำหนด: {Case.objects.overdue().count()} เรื่อง" in dashboard
    for case in every_group.values():
        assert case.tracking_code in dashboard
    group_dashboard = login(services.users["groupdirector"]).get("/admin/").content.decode()
    own = Case.objects.overdue().filter(
        department=services.departments["general-administration"], is_corruption=False
    )
    assert f"เรื่องจากประชาชนที่เกินกำหนด: {own.count()} เรื่อง" in group_dashboard
    assert every_group["question"].tracking_code in group_dashboard
    assert every_group["complaint"].tracking_code not in group_dashboard
    assert every_group["corruption"].tracking_code not in group_dashboard
    assert "เรื่องจากประชาชนที่เกินกำหนด" not in login(services.users["webmaster"]).get("/admin/").content.decode()


def test_the_office_directors_views_of_complaints_are_audit_logged(services, every_group, login):
    client = login(services.users["director"])
    for key in ("complaint", "corruption", "question"):
        client.get(edit_url(every_group[key]))
    logged = set(ModelLogEntry.objects.filter(action=VIEW_ACTION).values_list("object_id", "user"))
    director = services.users["director"].pk
    assert logged == {
        (str(every_group["complaint"].pk), director),
        (str(every_group["corruption"].pk), director),
    }


def test_the_office_director_oversees_but_is_not_mailed_for_each_ordinary_case(services, every_group):
    from services.access import handlers_emails

    director = services.users["director"].email
    assert director not in handlers_emails(every_group["question"])
    assert director in handlers_emails(every_group["corruption"])
