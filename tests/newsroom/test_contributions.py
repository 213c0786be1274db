"""Teachers' contributions: the public form, its refusals, and the PR officers' inbox."""

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import ModelLogEntry

from newsroom.contribution_views import SUBMISSIONS_PER_HOUR
from newsroom.models import JournalColumn, JournalContribution, NewsPage
from newsroom.views import DOWNLOAD_ACTION

pytestmark = pytest.mark.django_db
URL = "/journal/contribute/"


def form_data(**overrides):
    data = {
        "name": "นางสาวสุดารัตน์ ทองเนื้อดี",
        "school": "โรงเรียนบ้านควนขนุน",
        "email": "sudarat@example.ac.th",
        "column": JournalColumn.objects.get(name="มุมเผยแพร่นวัตกรรม").pk,
        "title": "บัตรคำพัฒนาการอ่าน",
        "text": "บัตรคำช่วยให้นักเรียนอ่านคำพื้นฐานได้คล่องขึ้น",
        "authorship_confirmed": "on",
        "consent_to_publish": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_form_is_shown_in_thai_and_never_cached_publicly(newsroom, client):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>ส่งบทความลงวารสาร</h1>" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_valid_contribution_is_stored_pr_officers_told_and_nothing_published(newsroom, client):
    pages_before = NewsPage.objects.count()
    upload = SimpleUploadedFile("บทความ.pdf", b"%PDF-1.4\n" + b"x" * 1000, content_type="application/pdf")

    response = client.post(URL, form_data(file=upload))

    assert response.status_code == 302 and response["Location"] == "/journal/contribute/thanks/"
    contribution = JournalContribution.objects.get()
    assert contribution.title == "บัตรคำพัฒนาการอ่าน"
    assert contribution.status == "new"
    assert contribution.file.name.endswith(".pdf")
    assert NewsPage.objects.count() == pages_before
    assert [message.to for message in mail.outbox] == [["pr@phatthalung2.example.go.th"]]
    assert "บัตรคำพัฒนาการอ่าน" in mail.outbox[0].subject
    assert f"/admin/newsroom/contributions/edit/{contribution.pk}/" in mail.outbox[0].body
    thanks = client.get(response["Location"]).content.decode()
    assert "ได้รับบทความของท่านแล้ว" in thanks and "จะไม่ถูกเผยแพร่โดยอัตโนมัติ" in thanks


def test_honeypot_filled_by_a_bot_stores_nothing(newsroom, client):
    response = client.post(URL, form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert JournalContribution.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_refuses_the_sixth_submission_in_an_hour_with_thai_429(newsroom, client):
    for n in range(SUBMISSIONS_PER_HOUR):
        assert client.post(URL, form_data(title=f"เรื่องที่ {n}")).status_code == 302
    response = client.post(URL, form_data(title="เรื่องที่เกิน", text="ข้อความที่พิมพ์ไว้ไม่หาย"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "ท่านส่งแบบฟอร์มบ่อยเกินไป" in html
    assert 'value="เรื่องที่เกิน"' in html and "ข้อความที่พิมพ์ไว้ไม่หาย</textarea>" in html
    assert JournalContribution.objects.count() == SUBMISSIONS_PER_HOUR
    # Another visitor is not held back by the first one's limit.
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post(URL, form_data(title="เรื่องของอีกคน")).status_code == 302


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "รับเฉพาะไฟล์ PDF, DOC, DOCX, JPG หรือ PNG เท่านั้น"),
        ("fake.pdf", b"MZ\x90\x00 not a pdf", "เนื้อไฟล์ไม่ตรงกับชนิดไฟล์"),
        ("huge.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), "เกินกว่าที่รับได้ (ไม่เกิน 10 MB)"),
    ],
)
def test_file_type_and_size_are_checked(newsroom, client, filename, content, message):
    response = client.post(URL, form_data(file=SimpleUploadedFile(filename, content)))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert JournalContribution.objects.count() == 0


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"0" * 100),
        ("photo.PNG", b"\x89PNG\r\n\x1a\n" + b"0" * 100),
        ("article.docx", b"PK\x03\x04" + b"0" * 100),
        ("article.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"0" * 100),
    ],
)
def test_accepted_file_types(newsroom, client, filename, content):
    response = client.post(URL, form_data(text="", file=SimpleUploadedFile(filename, content)))
    assert response.status_code == 302
    assert JournalContribution.objects.count() == 1


def test_missing_fields_and_empty_article_get_thai_errors_and_keep_input(newsroom, client):
    response = client.post(URL, form_data(name="", email="ไม่ใช่อีเมล", text=""))
    html = response.content.decode()
    assert response.status_code == 400
    assert "กรุณากรอกชื่อ-นามสกุล" in html
    assert "รูปแบบอีเมลไม่ถูกต้อง" in html
    assert "กรุณาพิมพ์บทความหรือแนบไฟล์บทความอย่างน้อยหนึ่งอย่าง" in html
    assert 'value="โรงเรียนบ้านควนขนุน"' in html


def test_csrf_is_enforced(newsroom):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(URL, form_data())
    assert response.status_code == 403
    assert JournalContribution.objects.count() == 0


@pytest.fixture
def contribution(newsroom):
    return JournalContribution.objects.create(
        name="นายสมหมาย ใจดี",
        school="โรงเรียนวัดป่าบอน",
        email="sommai@example.ac.th",
        title="บทกวีวันครู",
        text="แสงเทียนส่องทาง",
    )


def test_pr_officer_reads_and_decides_in_the_inbox(newsroom, contribution, login):
    client = login(newsroom.users["pr"])
    listing = client.get("/admin/newsroom/contributions/")
    assert listing.status_code == 200
    assert "บทกวีวันครู" in listing.content.decode()
    edit_url = f"/admin/newsroom/contributions/edit/{contribution.pk}/"
    assert "แสงเทียนส่องทาง" in client.get(edit_url).content.decode()
    response = client.post(edit_url, {"status": "accepted", "staff_note": "ลงฉบับหน้า"})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == "accepted"
    assert contribution.reviewed_by == newsroom.users["pr"]
    # Read-only fields cannot be changed through the form.
    assert contribution.title == "บทกวีวันครู"


@pytest.mark.parametrize("username", ["editor", "editor2", "groupdirector", "webmaster", "director"])
def test_other_staff_are_refused_the_inbox(newsroom, contribution, login, username):
    """Wagtail refuses a forbidden admin screen by sending the user back to the dashboard."""
    client = login(newsroom.users[username])
    for url in ("/admin/newsroom/contributions/", f"/admin/newsroom/contributions/edit/{contribution.pk}/"):
        response = client.get(url, follow=True)
        assert response.redirect_chain == [("/admin/", 302)]
        assert "บทกวีวันครู" not in response.content.decode()
        assert "sommai@example.ac.th" not in response.content.decode()
    response = client.post(f"/admin/newsroom/contributions/edit/{contribution.pk}/", {"status": "declined"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    contribution.refresh_from_db()
    assert contribution.status == "new"


def test_anonymous_visitors_are_sent_to_the_login(newsroom, contribution, client):
    response = client.get("/admin/newsroom/contributions/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_pr_officer_edits_the_column_list(newsroom, login):
    client = login(newsroom.users["pr"])
    assert client.get("/admin/newsroom/journal-columns/").status_code == 200
    response = client.post(
        "/admin/newsroom/journal-columns/new/",
        {"name": "ภาษาอังกฤษวันละคำ", "description": "", "sort_order": 110, "accepts_contributions": "on"},
    )
    assert response.status_code == 302
    assert JournalColumn.objects.filter(name="ภาษาอังกฤษวันละคำ").exists()


def test_editor_cannot_change_the_column_list(newsroom, login):
    client = login(newsroom.users["editor"])
    response = client.post("/admin/newsroom/journal-columns/new/", {"name": "คอลัมน์แอบเพิ่ม", "sort_order": 1})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not JournalColumn.objects.filter(name="คอลัมน์แอบเพิ่ม").exists()


# --- the attached file: private storage, downloaded only through the inbox ------------------------

ARTICLE_NAME = "ผลงานวิจัย ครูสุดารัตน์.pdf"
ARTICLE_BYTES = (
    b"%PDF-1.4\n% \xe0\xb8\x9a\xe0\xb8\x97\xe0\xb8\x84\xe0\xb8\xa7\xe0\xb8\xb2\xe0\xb8\xa1\n"
    + b"1 0 obj\n" * 200
)


@pytest.fixture
def submitted(newsroom, client):
    """A contribution sent through the public form with a PDF, as a teacher sends it."""
    upload = SimpleUploadedFile(ARTICLE_NAME, ARTICLE_BYTES, content_type="application/pdf")
    assert client.post(URL, form_data(file=upload)).status_code == 302
    return JournalContribution.objects.get()


def download_url(contribution):
    return f"/admin/newsroom/contributions/download/{contribution.pk}/"


def test_contribution_file_is_stored_outside_media_root_and_has_no_url(submitted):
    stored = Path(submitted.file.path)
    assert stored.read_bytes() == ARTICLE_BYTES
    assert stored.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not stored.is_relative_to(settings.MEDIA_ROOT)
    assert not list(Path(settings.MEDIA_ROOT).rglob(stored.name))
    # A random name on disk; the sender's own name is kept for the download.
    assert re.fullmatch(r"journal_contributions/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", submitted.file.name)
    assert submitted.original_filename == ARTICLE_NAME
    assert submitted.file.storage is storages["private"]
    assert submitted.file.storage.base_url is None
    with pytest.raises(NotImplementedError):
        submitted.file.url  # noqa: B018 -- the property itself must refuse


@pytest.mark.parametrize("username", ["pr", "admin"])
def test_inbox_staff_download_the_file_as_an_attachment_under_its_original_name(
    newsroom, submitted, login, username
):
    client = login(newsroom.users[username])
    response = client.get(download_url(submitted))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == ARTICLE_BYTES
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{quote(ARTICLE_NAME)}"
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # Who read the teacher's file is recorded in the contribution's history.
    entry = ModelLogEntry.objects.get(action=DOWNLOAD_ACTION)
    assert entry.user == newsroom.users[username] and entry.object_id == str(submitted.pk)


def test_edit_and_inspect_screens_link_to_the_download(newsroom, submitted, login):
    client = login(newsroom.users["pr"])
    link = f'<a href="{download_url(submitted)}" download>{ARTICLE_NAME}</a>'
    for url in (
        f"/admin/newsroom/contributions/edit/{submitted.pk}/",
        f"/admin/newsroom/contributions/inspect/{submitted.pk}/",
    ):
        html = client.get(url).content.decode()
        assert link in html
        # The path on disk is not shown.
        assert submitted.file.name not in html
    client.get(download_url(submitted))
    history = client.get(f"/admin/newsroom/contributions/history/{submitted.pk}/").content.decode()
    assert "ดาวน์โหลดไฟล์แนบ" in history


def test_contribution_without_a_file_says_so_and_has_nothing_to_download(newsroom, contribution, login):
    client = login(newsroom.users["pr"])
    assert (
        "ไม่มีไฟล์แนบ" in client.get(f"/admin/newsroom/contributions/edit/{contribution.pk}/").content.decode()
    )
    assert client.get(download_url(contribution)).status_code == 404


def test_a_file_missing_from_the_storage_is_a_404_not_an_error(newsroom, submitted, login):
    Path(submitted.file.path).unlink()
    assert login(newsroom.users["pr"]).get(download_url(submitted)).status_code == 404


@pytest.mark.parametrize("username", ["editor", "editor2", "groupdirector", "webmaster", "director"])
def test_other_staff_are_refused_the_file(newsroom, submitted, login, username):
    """Wagtail's refusal: back to the dashboard, not a byte of the file, nothing logged."""
    client = login(newsroom.users[username])
    response = client.get(download_url(submitted))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert ARTICLE_BYTES not in response.content
    assert not ModelLogEntry.objects.filter(action=DOWNLOAD_ACTION).exists()


def test_anonymous_visitors_are_refused_the_file(submitted):
    response = Client().get(download_url(submitted))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert ARTICLE_BYTES not in response.content


def test_deleting_a_contribution_in_the_inbox_deletes_its_file(
    newsroom, submitted, login, django_capture_on_commit_callbacks
):
    stored = Path(submitted.file.path)
    client = login(newsroom.users["pr"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsroom/contributions/delete/{submitted.pk}/")
    assert response.status_code == 302
    assert not JournalContribution.objects.exists()
    assert not stored.exists()


def test_only_columns_open_to_outside_writers_are_offered(newsroom, client):
    html = client.get(URL).content.decode()
    options = re.findall(r"<option value=\"\d+\"[^>]*>([^<]+)</option>", html)
    assert "มุมเผยแพร่นวัตกรรม" in options and "ร้อยรสบทกวี" in options
    # The editorial and the director's message are the office's own voice.
    assert "บก.แถลง" not in options and "จากใจ ผอ.สพป." not in options
    closed = JournalColumn.objects.get(name="บก.แถลง")
    response = client.post(URL, form_data(column=closed.pk))
    assert response.status_code == 400
    assert "กรุณาเลือกคอลัมน์จากรายการ" in response.content.decode()
    assert not JournalContribution.objects.exists()


def test_authorship_and_consent_to_publish_are_required_and_kept(newsroom, client):
    html = client.get(URL).content.decode()
    assert "ข้าพเจ้าขอรับรองว่าผลงานนี้เป็นผลงานของข้าพเจ้าเอง" in html
    assert "ข้าพเจ้ายินยอมให้สำนักงานปรับแก้ตามความเหมาะสม" in html

    data = form_data()
    del data["authorship_confirmed"], data["consent_to_publish"]
    response = client.post(URL, data)
    body = response.content.decode()
    assert response.status_code == 400
    assert "กรุณารับรองว่าเป็นผลงานของท่านเอง" in body and "กรุณายินยอมให้เผยแพร่ผลงาน" in body
    assert "บัตรคำพัฒนาการอ่าน" in body  # what was typed is kept
    assert not JournalContribution.objects.exists()

    assert client.post(URL, form_data()).status_code == 302
    contribution = JournalContribution.objects.get()
    assert contribution.authorship_confirmed and contribution.consent_to_publish
