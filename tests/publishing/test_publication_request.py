"""The publication request in the admin: who sees it, filters, XLSX export, the printed memo,
the post-publication check and the dashboard."""

import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from publishing.models import PublicationRequest
from publishing.working_days import add_working_days

pytestmark = pytest.mark.django_db

INDEX = "publication_requests:index"


@pytest.fixture
def two_requests(office, publish_through_workflow):
    ours = publish_through_workflow()
    theirs = publish_through_workflow(
        "ประกาศผลการคัดเลือกข้าราชการครู",
        editor="editor2",
        director="admin",
        parent=office.departments["personnel"],
        slug="personnel-result",
    )
    return ours, theirs


def test_working_days_skip_the_weekend():
    friday = date(2026, 11, 20)
    assert add_working_days(friday, 3) == date(2026, 11, 25)
    monday = date(2026, 11, 23)
    assert add_working_days(monday, 3) == date(2026, 11, 26)


@pytest.mark.parametrize("username", ["editor", "editor2"])
def test_editors_are_refused_list_print_and_export(office, two_requests, client, username):
    (_page, pr), _ = two_requests
    client.force_login(office.users[username])
    for url in (
        reverse(INDEX),
        reverse(INDEX) + "?export=xlsx",
        reverse("publication_requests:print", args=[pr.pk]),
        reverse("publication_requests:verify", args=[pr.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home")


def test_anonymous_is_sent_to_login(client, two_requests):
    (_page, pr), _ = two_requests
    response = client.get(reverse("publication_requests:print", args=[pr.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_group_director_sees_only_their_groups_requests(office, two_requests, client):
    (_page, ours), (_other, theirs) = two_requests
    client.force_login(office.users["groupdirector"])
    content = client.get(reverse(INDEX)).content.decode()
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1" in content
    assert "ประกาศผลการคัดเลือกข้าราชการครู" not in content
    assert client.get(reverse("publication_requests:print", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("publication_requests:print", args=[ours.pk])).status_code == 200


@pytest.mark.parametrize("username", ["director", "webmaster", "pr"])
def test_office_roles_see_every_request(office, two_requests, client, username):
    client.force_login(office.users[username])
    content = client.get(reverse(INDEX)).content.decode()
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1" in content
    assert "ประกาศผลการคัดเลือกข้าราชการครู" in content


def test_filters_by_group_status_and_fiscal_year(office, two_requests, client):
    (_page, ours), (_other, theirs) = two_requests
    PublicationRequest.objects.filter(pk=theirs.pk).update(fiscal_year=ours.fiscal_year - 1)
    client.force_login(office.users["director"])
    content = client.get(reverse(INDEX), {"department": office.departments["personnel"].pk}).content.decode()
    assert "ประกาศผลการคัดเลือกข้าราชการครู" in content
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1" not in content
    content = client.get(reverse(INDEX), {"status": "needs_changes"}).content.decode()
    assert "ประกาศผลการคัดเลือกข้าราชการครู" not in content
    content = client.get(reverse(INDEX), {"fiscal_year": ours.fiscal_year}).content.decode()
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1" in content
    assert "ประกาศผลการคัดเลือกข้าราชการครู" not in content
    content = client.get(reverse(INDEX), {"fiscal_year": ours.fiscal_year - 1}).content.decode()
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1" not in content
    assert "ประกาศผลการคัดเลือกข้าราชการครู" in content
    assert f"ปีงบประมาณ {ours.fiscal_year - 1}" in content


def test_xlsx_export_has_the_form_fields(office, two_requests, client):
    client.force_login(office.users["director"])
    response = client.get(reverse(INDEX), {"export": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(
        io.BytesIO(b"".join(response.streaming_content if response.streaming else [response.content]))
    )
    rows = list(workbook.active.values)
    assert rows[0][:3] == ("ที่", "เรื่อง", "กลุ่มงาน")
    subjects = {row[1] for row in rows[1:]}
    assert subjects == {"ประกาศรับสมัครครูผู้ช่วย รอบที่ 1", "ประกาศผลการคัดเลือกข้าราชการครู"}
    header = rows[0]
    ours = next(row for row in rows[1:] if row[1] == "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1")
    assert ours[header.index("ผู้ขอเผยแพร่")] == "นางสาวกนกพร แก้วมณี"
    assert ours[header.index("ผู้อนุญาต")] == "นายสมชาย ศรีสุข"
    assert ours[header.index("สถานะ")] == "เผยแพร่แล้ว"


def test_print_view_shows_the_memo_in_thai(office, publish_through_workflow, client):
    _page, pr = publish_through_workflow()
    # Fix the moments so the BE dates are known.
    moment = timezone.make_aware(timezone.datetime(2026, 11, 20, 9, 15))
    PublicationRequest.objects.filter(pk=pr.pk).update(
        submitted_at=moment,
        group_decided_at=moment + timedelta(hours=1),
        office_decided_at=moment + timedelta(hours=2, minutes=30),
        published_at=moment + timedelta(hours=2, minutes=30),
    )
    client.force_login(office.users["director"])
    response = client.get(reverse("publication_requests:print", args=[pr.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    for expected in (
        "บันทึกข้อความ",
        "ส่วนราชการ</span> กลุ่มอำนวยการ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2",
        f"{pr.pk}/2569",
        "20 พฤศจิกายน 2569",
        "เรียน</span> ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2",
        "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1",
        "(นางสาวกนกพร แก้วมณี)",
        "ตำแหน่ง เจ้าพนักงานธุรการชำนาญงาน",
        "09.15 น.",
        "(นางวิไลวรรณ ทองคำ)",
        "10.15 น.",
        "(นายสมชาย ศรีสุข)",
        "☑ อนุญาตให้เผยแพร่ได้",
        "ได้รับข้อมูลเมื่อ 20 พฤศจิกายน 2569 เวลา 11.45 น.",
        "ส่วนที่ 3",
        "@page { size: A4",
    ):
        assert expected in content, expected


def test_group_director_records_the_check_of_the_live_page(office, publish_through_workflow, client):
    _page, pr = publish_through_workflow()
    url = reverse("publication_requests:verify", args=[pr.pk])
    # Another group's director may not.
    client.force_login(office.users["director"])
    response = client.post(url, {"result": "correct"})
    assert response.status_code in (302, 403)
    pr.refresh_from_db()
    assert pr.verified_at is None

    client.force_login(office.users["groupdirector"])
    assert "ตรวจสอบหน้าหลังเผยแพร่" in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.post(url, {"result": "needs_fix", "note": ""})
    assert "กรุณาระบุสิ่งที่ต้องแก้ไข" in response.content.decode()
    response = client.post(url, {"result": "needs_fix", "note": "ภาพประกอบไม่ครบ"})
    assert response.status_code == 302
    pr.refresh_from_db()
    assert pr.verification_result == "needs_fix"
    assert pr.verification_note == "ภาพประกอบไม่ครบ"
    assert pr.verified_by_name == "นางวิไลวรรณ ทองคำ"
    assert pr.verified_at is not None
    content = client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    assert "☑ ต้องแก้ไข" in content


def test_overdue_verifications_on_the_dashboard(office, publish_through_workflow, client):
    _page, pr = publish_through_workflow()
    PublicationRequest.objects.filter(pk=pr.pk).update(
        verification_due_on=timezone.localdate() - timedelta(days=1)
    )
    client.force_login(office.users["director"])
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "เกินกำหนดตรวจสอบ" in content
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1" in content
    # The editor has nothing to verify and oversees nothing.
    client.force_login(office.users["editor"])
    assert "เกินกำหนดตรวจสอบ" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_dashboard_lists_tasks_waiting_for_me(office, make_draft, client):
    page = make_draft(title="ข่าวการประชุมผู้บริหารสถานศึกษา")
    page.get_workflow().start(page, office.users["editor"])
    client.force_login(office.users["groupdirector"])
    assert "ข่าวการประชุมผู้บริหารสถานศึกษา" in client.get(reverse("wagtailadmin_home")).content.decode()
    # Not the director's turn yet, and never the submitter's.
    for username in ("director", "editor"):
        client.force_login(office.users[username])
        content = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "ข่าวการประชุมผู้บริหารสถานศึกษา" not in content or username == "editor"


def _bulk_requests(office, count):
    department = office.departments["general-administration"]
    PublicationRequest.objects.bulk_create(
        PublicationRequest(
            subject=f"ข่าวประชาสัมพันธ์ฉบับที่ {n}",
            department=department,
            department_name=department.title,
            requester_name="นางสาวกนกพร แก้วมณี",
            status=PublicationRequest.Status.PUBLISHED,
            fiscal_year=2570,
            published_at=timezone.now(),
            verification_due_on=timezone.localdate(),
        )
        for n in range(count)
    )


def test_request_list_and_dashboard_cost_a_fixed_number_of_queries(office, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(office.users["groupdirector"])

    def count(url):
        client.get(url)  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    _bulk_requests(office, 10)
    few = (count(reverse(INDEX)), count(reverse("wagtailadmin_home")))
    _bulk_requests(office, 190)
    many = (count(reverse(INDEX)), count(reverse("wagtailadmin_home")))
    assert many == few
