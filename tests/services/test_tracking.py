"""/services/track/: the code and the contact given show the status and the public answer, nothing else."""

import pytest
from django.core.files.base import ContentFile

from services.models import CaseAttachment, CaseStatus
from services.workflow import change_status

pytestmark = pytest.mark.django_db
URL = "/services/track/"


def test_code_and_email_show_status_and_public_answer_only(services, make_case, client):
    case = make_case("question")
    groupdirector = services.users["groupdirector"]
    change_status(case, CaseStatus.IN_PROGRESS, groupdirector, note="มอบคุณกนกพรตรวจระเบียบการย้าย")
    case.public_answer = "ใช้หลักฐานการย้ายทะเบียนบ้านและใบรับรองผลการเรียน ยื่นที่โรงเรียนใหม่ได้ทันที"
    change_status(case, CaseStatus.ANSWERED, groupdirector, note="ตรวจกับกลุ่มส่งเสริมแล้ว")
    response = client.post(URL, {"code": case.tracking_code.lower(), "contact": "MANEERAT@example.com"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "ตอบแล้ว" in html
    assert case.public_answer in html
    # Internal notes and the staff's names stay inside.
    assert "มอบคุณกนกพร" not in html
    assert "ตรวจกับกลุ่มส่งเสริม" not in html
    assert groupdirector.first_name not in html
    assert "no-store" in response["Cache-Control"]


def test_the_phone_given_works_in_any_layout(services, make_case, client):
    case = make_case("question")
    response = client.post(URL, {"code": case.tracking_code, "contact": "081 234 5678"})
    assert response.status_code == 200
    assert "รับเรื่องแล้ว" in response.content.decode()


@pytest.mark.parametrize("contact", ["someone.else@example.com", "089-999-9999", "ไม่ใช่เบอร์"])
def test_the_right_code_with_a_wrong_contact_shows_nothing(services, make_case, client, contact):
    case = make_case("question")
    response = client.post(URL, {"code": case.tracking_code, "contact": contact})
    html = response.content.decode()
    assert response.status_code == 404
    assert "ไม่พบเรื่องที่ตรงกับรหัสติดตาม" in html
    assert case.subject not in html


def test_an_anonymous_complaint_without_contact_cannot_be_tracked_by_code_alone(services, make_case, client):
    case = make_case("complaint", anonymous="on", name="", email="", phone="")
    response = client.post(URL, {"code": case.tracking_code, "contact": ""})
    assert response.status_code == 400
    assert case.subject not in response.content.decode()


def test_answer_documents_are_downloaded_through_a_signed_link(services, make_case, client):
    case = make_case("information_request")
    attachment = CaseAttachment(case=case, original_filename="แผนปฏิบัติการ 2570.pdf", is_answer=True)
    attachment.file.save("plan.pdf", ContentFile(b"%PDF-1.4 plan"), save=True)
    case.public_answer = "แนบสำเนาแผนปฏิบัติการมาพร้อมนี้"
    change_status(case, CaseStatus.ANSWERED, services.users["groupdirector"])
    html = client.post(URL, {"code": case.tracking_code, "contact": "janpen@example.com"}).content.decode()
    assert "แผนปฏิบัติการ 2570.pdf" in html
    link = html.split('href="/services/track/file/')[1].split('"')[0]
    response = client.get(f"/services/track/file/{link}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 plan"
    assert client.get("/services/track/file/forged-token/").status_code == 404
