"""Each step of a case: who, when, a note; the person mailed at each public step; closed stays closed."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from services.models import CaseStatus
from services.workflow import change_status

pytestmark = pytest.mark.django_db


def test_received_to_in_progress_acknowledges_and_mails(
    services, make_case, django_capture_on_commit_callbacks
):
    case = make_case("question")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event = change_status(case, CaseStatus.IN_PROGRESS, services.users["editor"], note="รับเรื่องแล้ว")
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS
    assert case.acknowledged_at is not None
    assert case.closed_at is None
    assert (event.user, event.note) == (services.users["editor"], "รับเรื่องแล้ว")
    assert [m.to for m in mail.outbox] == [["maneerat@example.com"]]
    assert "อยู่ระหว่างดำเนินการ" in mail.outbox[0].subject


@pytest.mark.parametrize(
    ("status", "fields"),
    [
        (CaseStatus.ANSWERED, {"public_answer": "เอกสารที่ใช้คือหลักฐานการย้ายและใบรับรองผลการเรียน"}),
        (CaseStatus.REFUSED, {"public_answer": "เรื่องนี้ไม่อยู่ในอำนาจหน้าที่ของสำนักงาน"}),
        (CaseStatus.TRANSFERRED, {"transferred_to": "สำนักงานศึกษาธิการจังหวัดพัทลุง"}),
    ],
)
def test_each_closing_step(services, make_case, django_capture_on_commit_callbacks, status, fields):
    case = make_case("question")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change_status(case, status, services.users["groupdirector"], note="ปิดเรื่อง", **fields)
    case.refresh_from_db()
    assert case.status == status
    assert case.closed_at is not None
    assert case.acknowledged_at is not None
    assert list(case.events.values_list("status", flat=True)) == [CaseStatus.RECEIVED, status]
    body = mail.outbox[0].body
    assert next(iter(fields.values())) in body


def test_answer_and_refusal_need_a_public_text_transfer_a_recipient(services, make_case):
    case = make_case("question")
    for status, field in [
        (CaseStatus.ANSWERED, "public_answer"),
        (CaseStatus.REFUSED, "public_answer"),
        (CaseStatus.TRANSFERRED, "transferred_to"),
    ]:
        with pytest.raises(ValidationError) as error:
            change_status(case, status, services.users["editor"])
        assert field in error.value.error_dict
    case.refresh_from_db()
    assert case.status == CaseStatus.RECEIVED


def test_a_closed_case_stays_closed(services, make_case):
    case = make_case("question")
    change_status(case, CaseStatus.ANSWERED, services.users["editor"], public_answer="ตอบแล้ว")
    for status in CaseStatus:
        with pytest.raises(ValidationError):
            change_status(case, status, services.users["editor"], public_answer="อีกครั้ง")
    assert case.events.count() == 2


def test_staff_move_a_case_in_the_admin(services, make_case, login):
    case = make_case("information_request")
    client = login(services.users["groupdirector"])
    url = f"/admin/services/cases/edit/{case.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert case.tracking_code in html
    assert "นางจันทร์เพ็ญ ทองดี" in html
    response = client.post(url, {"next_status": "answered", "note": "ส่งไฟล์ทางอีเมล", "public_answer": ""})
    assert response.status_code == 200
    assert "กรุณาพิมพ์คำตอบหรือเหตุผล" in response.content.decode()
    case.refresh_from_db()
    assert case.status == CaseStatus.RECEIVED
    response = client.post(
        url,
        {"next_status": "answered", "note": "ส่งไฟล์ทางอีเมล", "public_answer": "แนบแผนปฏิบัติการมาพร้อมนี้"},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.ANSWERED
    last = case.events.last()
    assert (last.user, last.note) == (services.users["groupdirector"], "ส่งไฟล์ทางอีเมล")
