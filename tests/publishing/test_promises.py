"""The approval promise at its edges, through the admin's HTTP views as each role: correction notes
only with approval, checks after publication that keep their history, a way through for every
page, the disclosure category on every request, and the memo that tells what happened."""

import csv
import io
from datetime import date

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from publishing.constants import LOG_CORRECTION, LOG_VERIFY
from publishing.models import OfficeClosure, PageCorrection, PublicationRequest, VerificationCheck
from publishing.working_days import add_working_days
from tests import factories

pytestmark = pytest.mark.django_db


def edit_form(page, action=None, category=True, **fields):
    data = {
        "title": fields.get("title", page.title),
        "slug": page.slug,
        "intro": fields.get("intro", page.intro),
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    if category:
        data["disclosure_category"] = str(factories.disclosure_category().pk)
    if action:
        data[action] = "1"
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    def _run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return _run


# --- correction notes go public only with the approval of their change -----------------------


def test_a_note_cannot_be_put_on_a_live_page_without_a_change_under_review(
    office, publish_through_workflow, client
):
    page, _ = publish_through_workflow()
    client.force_login(office.users["editor"])
    note_url = reverse("publishing_correction_note", args=[page.pk])
    response = client.post(note_url, {"note": "แก้ไขวันปิดรับสมัคร"}, follow=True)
    assert "ต้องแนบกับฉบับแก้ไขที่ส่งขออนุมัติ" in " ".join(messages_of(response))
    assert not PageCorrection.objects.filter(page=page).exists()
    assert "แก้ไขวันปิดรับสมัคร" not in client.get(page.url).content.decode()


def test_a_note_waits_for_approval_is_shown_to_approvers_and_logged(office, publish_through_workflow, client):
    users = office.users
    page, _ = publish_through_workflow()
    client.force_login(users["editor"])
    client.post(edit_url(page), edit_form(page, "action-submit", intro="ขยายเวลารับสมัครถึงวันที่ 4 ธันวาคม 2569"))
    client.post(reverse("publishing_correction_note", args=[page.pk]), {"note": "ขยายเวลารับสมัครถึง 4 ธันวาคม"})
    note = PageCorrection.objects.get(page=page)
    assert note.published_at is None
    assert PageLogEntry.objects.filter(page=page, action=LOG_CORRECTION, user=users["editor"]).exists()
    client.logout()
    assert "ขยายเวลารับสมัครถึง 4 ธันวาคม" not in client.get(page.url).content.decode()

    # The group director sees the note on the review screen and in the memo.
    client.force_login(users["groupdirector"])
    response = client.get(edit_url(page))
    assert any("ขยายเวลารับสมัครถึง 4 ธันวาคม" in message for message in messages_of(response))
    pr = PublicationRequest.objects.filter(page=page).latest("submitted_at")
    memo = client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    assert "ขยายเวลารับสมัครถึง 4 ธันวาคม" in memo

    factories.approve_current_task(page, users["groupdirector"])
    note.refresh_from_db()
    assert note.published_at is None  # one approval is not enough
    factories.approve_current_task(page, users["director"])
    note.refresh_from_db()
    assert note.published_at is not None
    client.logout()
    assert "ขยายเวลารับสมัครถึง 4 ธันวาคม" in client.get(page.url).content.decode()


# --- checks after publication ---------------------------------------------------------------


def test_needs_fix_notifies_shows_and_stays_open_until_a_corrected_revision_is_verified(
    office, publish_through_workflow, client, run
):
    users = office.users
    page, first = publish_through_workflow()
    mail.outbox.clear()
    client.force_login(users["groupdirector"])
    verify_url = reverse("publication_requests:verify", args=[first.pk])
    # A "needs fixing" without saying what is refused in Thai.
    response = client.post(verify_url, {"result": "needs_fix", "note": ""})
    assert "กรุณาระบุสิ่งที่ต้องแก้ไข" in response.content.decode()
    run(client.post, verify_url, {"result": "needs_fix", "note": "ตารางแนบท้ายไม่ครบทุกโรงเรียน"})
    check = VerificationCheck.objects.get(publication_request=first)
    assert check.is_open and check.checked_by == users["groupdirector"]
    assert PageLogEntry.objects.filter(page=page, action=LOG_VERIFY, user=users["groupdirector"]).exists()
    addresses = sorted(address for message in mail.outbox for address in message.to)
    assert addresses == ["editor@phatthalung2.example.go.th", "pr@phatthalung2.example.go.th"]
    assert "ตารางแนบท้ายไม่ครบทุกโรงเรียน" in mail.outbox[0].body

    # The editor sees it on the page's edit screen and on their dashboard; so does the PR officer.
    client.force_login(users["editor"])
    assert any("ตารางแนบท้ายไม่ครบทุกโรงเรียน" in m for m in messages_of(client.get(edit_url(page))))
    assert "ตารางแนบท้ายไม่ครบทุกโรงเรียน" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(users["pr"])
    assert "ตารางแนบท้ายไม่ครบทุกโรงเรียน" in client.get(reverse("wagtailadmin_home")).content.decode()
    # An editor of another group does not.
    client.force_login(users["editor2"])
    assert "ตารางแนบท้ายไม่ครบทุกโรงเรียน" not in client.get(reverse("wagtailadmin_home")).content.decode()

    # The corrected revision goes through approval, is checked, and closes the problem.
    client.force_login(users["editor"])
    client.post(edit_url(page), edit_form(page, "action-submit", intro="เพิ่มรายชื่อโรงเรียนครบทุกแห่งแล้ว"))
    factories.approve_current_task(page, users["groupdirector"])
    factories.approve_current_task(page, users["director"])
    second = PublicationRequest.objects.filter(page=page).latest("submitted_at")
    assert second.pk != first.pk and second.published_at
    check.refresh_from_db()
    assert check.is_open  # published again, but not yet verified
    client.force_login(users["groupdirector"])
    client.post(
        reverse("publication_requests:verify", args=[second.pk]), {"result": "correct", "note": "ครบถ้วน"}
    )
    check.refresh_from_db()
    assert check.resolved_by == second and not check.is_open
    client.force_login(users["editor"])
    assert "ตารางแนบท้ายไม่ครบทุกโรงเรียน" not in client.get(reverse("wagtailadmin_home")).content.decode()
    # The history keeps both checks.
    assert list(
        VerificationCheck.objects.filter(publication_request__page=page).values_list("result", flat=True)
    ) == [
        "correct",
        "needs_fix",
    ]


def test_only_the_owning_group_director_records_a_check(office, publish_through_workflow, client):
    _page, pr = publish_through_workflow()
    for username in ("editor", "editor2", "pr", "webmaster"):
        client.force_login(office.users[username])
        response = client.post(reverse("publication_requests:verify", args=[pr.pk]), {"result": "correct"})
        assert response.status_code in (302, 403, 404), username
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home")
    assert not VerificationCheck.objects.exists()


def test_working_days_skip_weekends_thai_holidays_and_office_closures(demo):
    friday_before_songkran = date(2026, 4, 10)
    # Sat, Sun, then Songkran (13–15 April) are not working days: Thu 16, Fri 17, Mon 20.
    assert add_working_days(friday_before_songkran, 3) == date(2026, 4, 20)
    OfficeClosure.objects.create(start_date=date(2026, 4, 16), end_date=date(2026, 4, 17), reason="หยุดพิเศษ")
    assert add_working_days(friday_before_songkran, 3) == date(2026, 4, 22)


def test_office_closures_are_kept_by_webmasters_only(office, client):
    url = reverse("office_closures:add")
    client.force_login(office.users["editor"])
    response = client.post(url, {"start_date": "31/12/2569", "reason": "หยุดพิเศษ"})
    assert response.status_code in (302, 403)
    assert not OfficeClosure.objects.exists()
    client.force_login(office.users["webmaster"])
    response = client.post(url, {"start_date": "31/12/2569", "reason": "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ"})
    assert response.status_code == 302
    assert OfficeClosure.objects.get().reason == "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ"


# --- every page has a way through ------------------------------------------------------------


def test_a_group_directors_own_page_goes_straight_to_the_office_director(office, make_draft, client):
    users = office.users
    page = make_draft(title="แผนปฏิบัติราชการประจำปีงบประมาณ 2570", user=users["groupdirector"])
    client.force_login(users["groupdirector"])
    client.post(edit_url(page), edit_form(page, "action-submit"))
    page.refresh_from_db()
    assert page.current_workflow_task.name == "ผอ.สพท.อนุมัติ"
    pr = PublicationRequest.objects.get(page=page)
    assert pr.group_step_skipped and pr.status == "director_review"
    factories.approve_current_task(page, users["director"])
    page.refresh_from_db()
    assert page.live
    client.force_login(users["director"])
    memo = client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    assert "ข้ามขั้นตอนการตรวจสอบของผู้อำนวยการกลุ่ม" in memo


def test_a_step_without_an_approver_is_warned_and_listed(office, client):
    users = office.users
    personnel = office.departments["personnel"]  # the demo's personnel group has no director
    page = factories.draft_page(personnel, users["editor2"], "ประกาศรายชื่อผู้มีสิทธิ์สอบ")
    client.force_login(users["editor2"])
    warnings = " ".join(messages_of(client.get(edit_url(page))))
    assert "จะค้างที่ขั้นตอน “ผอ.กลุ่มตรวจสอบ”" in warnings
    client.post(edit_url(page), edit_form(page, "action-submit"))
    for username in ("webmaster", "director"):
        client.force_login(users[username])
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "ขั้นตอนอนุมัติที่ไม่มีผู้อนุมัติ" in dashboard, username
        assert "ประกาศรายชื่อผู้มีสิทธิ์สอบ" in dashboard
        assert personnel.title in dashboard
    client.force_login(users["editor"])
    assert "ขั้นตอนอนุมัติที่ไม่มีผู้อนุมัติ" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_no_warning_when_the_route_is_complete(office, make_draft, client):
    page = make_draft()
    client.force_login(office.users["editor"])
    assert not [m for m in messages_of(client.get(edit_url(page))) if "จะค้างที่ขั้นตอน" in m]


# --- the disclosure category and the memo ----------------------------------------------------


def test_the_disclosure_category_is_required_to_submit_and_nothing_typed_is_lost(office, make_draft, client):
    page = make_draft()
    client.force_login(office.users["editor"])
    response = client.post(
        edit_url(page), edit_form(page, "action-submit", category=False, title="ประกาศรับสมัครครูผู้ช่วย รอบที่ 2")
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "กรุณาเลือกหมวดการเปิดเผยข้อมูลก่อนส่งขออนุมัติ" in body
    assert "ประกาศรับสมัครครูผู้ช่วย รอบที่ 2" in body
    assert not PublicationRequest.objects.filter(page=page).exists()
    # A draft saves without it.
    assert client.post(edit_url(page), edit_form(page, category=False)).status_code == 302
    # With it, the request records it and the memo prints it.
    client.post(edit_url(page), edit_form(page, "action-submit"))
    pr = PublicationRequest.objects.get(page=page)
    assert pr.disclosure_category == "ข้อมูลการจัดซื้อจัดจ้าง"
    client.force_login(office.users["director"])
    assert (
        "ข้อมูลการจัดซื้อจัดจ้าง" in client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    )


def test_memo_part_two_names_who_put_the_page_online_never_the_director(
    office, publish_through_workflow, client
):
    _page, pr = publish_through_workflow()
    assert pr.published_automatically and pr.published_by is None
    client.force_login(office.users["webmaster"])
    memo = client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    part_two = memo.split("ส่วนที่ 2")[1].split("ส่วนที่ 3")[0]
    assert "นำขึ้นเว็บไซต์โดยระบบทันทีที่ได้รับอนุญาต" in part_two
    assert office.users["director"].display_name not in part_two


def test_an_earlier_rejection_stays_in_the_memos_history(office, make_draft, client):
    users = office.users
    page = make_draft()
    factories.submit(page, users["editor"])
    factories.reject_current_task(page, users["groupdirector"], "แนบประกาศฉบับลงนามด้วย")
    client.force_login(users["editor"])
    client.post(edit_url(page), edit_form(page, "action-submit"))
    factories.approve_current_task(page, users["groupdirector"], "ครบถ้วน")
    factories.approve_current_task(page, users["director"])
    pr = PublicationRequest.objects.get(page=page)
    client.force_login(users["director"])
    memo = client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    history = memo.split("ประวัติการพิจารณาและการตรวจสอบ")[1]
    assert "แนบประกาศฉบับลงนามด้วย" in history and "ส่งกลับแก้ไข" in history


def test_exports_give_bangkok_times_in_thai(office, publish_through_workflow, client):
    _page, pr = publish_through_workflow()
    moment = timezone.make_aware(timezone.datetime(2026, 11, 30, 23, 30), timezone.get_fixed_timezone(0))
    PublicationRequest.objects.filter(pk=pr.pk).update(submitted_at=moment)
    client.force_login(office.users["webmaster"])
    response = client.get(reverse("publication_requests:index"), {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["เรื่อง"] == pr.subject)
    # 23:30 UTC on 30 November is 06:30 on 1 December in Bangkok, BE 2569.
    assert row["ส่งขออนุญาตเมื่อ"] == "1 ธันวาคม 2569 เวลา 06.30 น."
    assert "+00:00" not in text and "2026-11-30" not in text


def test_demo_has_a_skipped_step_and_an_open_fix(demo):
    from publishing import demo as publishing_demo

    publishing_demo.load(demo)
    assert PublicationRequest.objects.filter(group_step_skipped=True).exists()
    assert VerificationCheck.objects.filter(result="needs_fix", resolved_by__isnull=True).exists()
    assert StandardPage.objects.filter(slug="action-plan-2570").exists()
