"""The three public forms: no login, consent, checked attachments, a tracking code shown and mailed."""

import datetime as dt

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from services.models import Case, CaseAttachment, CaseEvent, CaseStatus
from services.views.public import SUBMISSIONS_PER_HOUR
from tests.services.conftest import COMPLAINT, INFORMATION_REQUEST, QUESTION

pytestmark = pytest.mark.django_db

FORM_URLS = ["/services/question/", "/services/complaint/", "/services/information-request/"]


@pytest.mark.parametrize("url", FORM_URLS)
def test_each_form_works_without_login_and_is_never_cached(services, client, url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ประกาศความเป็นส่วนตัว" in html
    assert 'name="consent"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "no-store" in response["Cache-Control"]
    # The footer of every page links the three channels and tracking.
    for link in [*FORM_URLS, "/services/track/"]:
        assert f'href="{link}"' in html


def test_complaint_form_offers_the_nacc_and_pacc_channels(services, client):
    html = client.get("/services/complaint/").content.decode()
    assert "https://www.nacc.go.th/" in html
    assert "https://www.pacc.go.th/" in html
    assert "ไม่ประสงค์ออกนาม" in html


def test_a_question_gets_a_tracking_code_shown_and_mailed(
    services, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/services/question/", QUESTION, follow=True)
    case = Case.objects.get(subject=QUESTION["subject"])
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == "/services/submitted/"
    assert case.tracking_code in html
    assert case.kind == "question"
    assert case.status == CaseStatus.RECEIVED
    assert case.phone == "081-234-5678"
    assert case.department == services.departments["general-administration"]
    assert list(case.events.values_list("status", flat=True)) == [CaseStatus.RECEIVED]
    to_person = [m for m in mail.outbox if m.to == [QUESTION["email"]]]
    assert len(to_person) == 1
    assert case.tracking_code in to_person[0].subject
    assert "/services/track/" in to_person[0].body
    to_staff = [m for m in mail.outbox if m.to != [QUESTION["email"]]]
    assert {m.to[0] for m in to_staff} == {
        "editor@phatthalung2.example.go.th",
        "groupdirector@phatthalung2.example.go.th",
        "pr@phatthalung2.example.go.th",
    }


def test_mailed_links_name_the_office_not_the_request_host(
    services, client, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://www.phatthalung2.go.th/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/services/question/", QUESTION, HTTP_HOST="10.0.0.5")
    case = Case.objects.get(subject=QUESTION["subject"])
    bodies = {message.to[0]: message.body for message in mail.outbox}
    assert "https://www.phatthalung2.go.th/services/track/" in bodies[QUESTION["email"]]
    assert (
        f"https://www.phatthalung2.go.th/admin/services/cases/edit/{case.pk}/"
        in bodies["groupdirector@phatthalung2.example.go.th"]
    )
    assert not any("10.0.0.5" in body for body in bodies.values())


def test_deadlines_count_working_days(services, make_case):
    friday = timezone.make_aware(dt.datetime(2026, 11, 27, 15, 0))
    from services.forms import InformationRequestForm
    from services.workflow import open_case

    form = InformationRequestForm(INFORMATION_REQUEST)
    assert form.is_valid(), form.errors
    case = form.save()
    case.received_at = friday
    open_case(case)
    # Acknowledge in 1 working day: Monday; answer in 15 working days (the Act), skipping weekends
    # and Thai public holidays: the substitute day of 5 December (Monday 7th) and 10 December.
    assert case.acknowledge_due == dt.date(2026, 11, 30)
    assert case.answer_due == dt.date(2026, 12, 22)


def test_an_anonymous_complaint_keeps_no_name(services, client):
    data = {**COMPLAINT, "anonymous": "on", "name": "นายประยุทธ แก้วประเสริฐ", "email": ""}
    response = client.post("/services/complaint/", data)
    assert response.status_code == 302
    case = Case.objects.get(subject=COMPLAINT["subject"])
    assert case.anonymous
    assert case.name == ""
    assert case.is_corruption
    # Routed to the designated group only.
    assert case.department == services.departments["legal-affairs"]


def test_a_named_complaint_needs_a_name_and_a_contact(services, client):
    response = client.post("/services/complaint/", {**COMPLAINT, "name": "", "email": "", "phone": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert "โปรดระบุชื่อ-นามสกุล" in html
    assert "โปรดระบุอีเมลหรือหมายเลขโทรศัพท์อย่างน้อยหนึ่งช่องทาง" in html
    # What was typed is given back.
    assert COMPLAINT["message"] in html
    assert not Case.objects.filter(subject=COMPLAINT["subject"]).exists()


def test_the_information_request_asks_what_why_and_how(services, client):
    response = client.post(
        "/services/information-request/",
        {**INFORMATION_REQUEST, "purpose": "", "delivery_method": "post", "address": ""},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "โปรดระบุวัตถุประสงค์ในการขอข้อมูล" in html
    assert "โปรดระบุที่อยู่สำหรับส่งข้อมูลทางไปรษณีย์" in html
    response = client.post("/services/information-request/", INFORMATION_REQUEST)
    assert response.status_code == 302
    case = Case.objects.get(subject=INFORMATION_REQUEST["subject"])
    assert case.delivery_method == "email"
    assert case.purpose == INFORMATION_REQUEST["purpose"]


def test_consent_is_required(services, client):
    data = {**QUESTION}
    del data["consent"]
    response = client.post("/services/question/", data)
    assert response.status_code == 400
    assert "โปรดให้ความยินยอมตามประกาศความเป็นส่วนตัวก่อนส่งเรื่อง" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "รับเฉพาะไฟล์ PDF, DOC, DOCX, JPG หรือ PNG เท่านั้น"),
        ("fake.pdf", b"MZ\x90\x00 not a pdf", "เนื้อไฟล์ไม่ตรงกับชนิดไฟล์"),
    ],
)
def test_attachments_are_checked_by_content(services, client, name, content, message):
    data = {**QUESTION, "attachment": SimpleUploadedFile(name, content)}
    response = client.post("/services/question/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Case.objects.filter(subject=QUESTION["subject"]).exists()
    assert not CaseAttachment.objects.exists()


def test_a_good_attachment_is_kept_privately_under_the_senders_name(services, client):
    data = {**QUESTION, "attachment": SimpleUploadedFile("ใบแจ้งย้าย.pdf", b"%PDF-1.4 test")}
    assert client.post("/services/question/", data).status_code == 302
    attachment = CaseAttachment.objects.get()
    assert attachment.original_filename == "ใบแจ้งย้าย.pdf"
    assert not attachment.is_answer
    assert "ใบแจ้งย้าย" not in attachment.file.name
    with pytest.raises(NotImplementedError):
        attachment.file.url  # noqa: B018 - private storage has no URL


def test_rate_limit_refuses_but_keeps_the_typing(services, client):
    for _ in range(SUBMISSIONS_PER_HOUR):
        assert client.post("/services/question/", QUESTION).status_code == 302
    response = client.post("/services/question/", {**QUESTION, "subject": "คำถามที่หกในชั่วโมงเดียว"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "หลายครั้งเกินไป" in html
    assert "คำถามที่หกในชั่วโมงเดียว" in html
    assert Case.objects.filter(subject=QUESTION["subject"]).count() == SUBMISSIONS_PER_HOUR


def test_a_bot_filling_the_honeypot_stores_nothing(services, client):
    response = client.post("/services/question/", {**QUESTION, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Case.objects.filter(subject=QUESTION["subject"]).exists()
    assert not CaseEvent.objects.filter(case__subject=QUESTION["subject"]).exists()
