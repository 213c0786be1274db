"""School news end to end: personal link → form with photos → PR inbox → "make news" → a draft news page
with the photos in a collection and the sender credited; declined news; refusals."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model

from home.demo_files import make_png
from network.models import MemberKind, MemberStatus, NetworkMember
from newsroom import demo as newsroom_demo
from newsroom.models import NewsPage
from schoolnews.models import SchoolNewsLink, SchoolNewsPhoto, SchoolNewsSubmission, SubmissionStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(demo):
    newsroom_demo.load(demo)
    member = NetworkMember.objects.create(
        name="โรงเรียนบ้านป่าบอน",
        kind=MemberKind.SCHOOL,
        status=MemberStatus.ACTIVE,
        contact_person="นางสาวสุดารัตน์ ทองเนื้อดี",
        email="paabon@example.ac.th",
    )
    return SchoolNewsLink.objects.create(member=member, created_by=demo.users["pr"])


def photo(name="กีฬาสี.png", seed=1):
    return SimpleUploadedFile(name, make_png("กีฬาสี", size=(400, 300), seed=seed), content_type="image/png")


def news_data(**overrides):
    data = {
        "title": "โรงเรียนบ้านป่าบอนจัดการแข่งขันกีฬาสี",
        "event_date": "2026-11-25",
        "text": "นักเรียนทุกระดับชั้นร่วมแข่งขันกีฬาสีประจำปี\nผู้ปกครองร่วมเชียร์อย่างคึกคัก",
        "sender_name": "นางสาวสุดารัตน์ ทองเนื้อดี",
        "sender_position": "ครูชำนาญการ",
        "faces_consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_school_news_end_to_end(demo, link, client, login):
    url = f"/school-news/{link.token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "โรงเรียนบ้านป่าบอน" in page.content.decode()
    mail.outbox.clear()
    response = client.post(url, {**news_data(), "photos": [photo("ภาพ1.png", 1), photo("ภาพ2.png", 2)]})
    assert response.status_code == 302
    submission = SchoolNewsSubmission.objects.get(member=link.member)
    assert submission.photos.count() == 2
    assert {m.to[0] for m in mail.outbox} == {"pr@phatthalung2.example.go.th"}

    pr = login(demo.users["pr"])
    inbox = pr.get("/admin/school-news/inbox/").content.decode()
    assert submission.title in inbox
    detail = pr.get(f"/admin/school-news/inbox/edit/{submission.pk}/").content.decode()
    assert "ภาพ1.png" in detail
    photo_pk = submission.photos.first().pk
    assert pr.get(f"/admin/school-news/inbox/{submission.pk}/photo/{photo_pk}/").status_code == 200

    response = pr.post(f"/admin/school-news/inbox/{submission.pk}/make-news/")
    news = NewsPage.objects.get(title=submission.title)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{news.pk}/edit/"
    assert not news.live  # a draft: it goes through the approval workflow
    assert news.get_parent().specific.__class__.__name__ == "NewsIndexPage"
    assert "โรงเรียนบ้านป่าบอน" in news.credits
    assert news.photo_consent
    gallery = next(block for block in news.body if block.block_type == "gallery")
    images = [item["image"] for item in gallery.value["images"]]
    assert len(images) == 2
    assert {image.collection.name for image in images} == {"โรงเรียนบ้านป่าบอน"}
    assert images[0].collection.get_parent().name == "ข่าวจากโรงเรียน"
    assert news.cover_image == images[0]
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.USED
    assert submission.news_page_id == news.pk
    assert submission.handled_by == demo.users["pr"]
    # Once used, it cannot be made into news twice.
    pr.post(f"/admin/school-news/inbox/{submission.pk}/make-news/")
    assert NewsPage.objects.filter(title=submission.title).count() == 1


def test_the_inbox_link_mailed_to_pr_officers_names_the_office_not_the_request_host(link, client, settings):
    """Every absolute link comes from the configured base URL (issue #13), whatever Host the school used."""
    settings.WAGTAILADMIN_BASE_URL = "https://www.phatthalung2.go.th/"
    mail.outbox.clear()
    response = client.post(f"/school-news/{link.token}/", news_data(faces_consent=""), HTTP_HOST="10.0.0.5")
    assert response.status_code == 302
    submission = SchoolNewsSubmission.objects.get(member=link.member)
    body = mail.outbox[0].body
    assert f"https://www.phatthalung2.go.th/admin/school-news/inbox/edit/{submission.pk}/" in body
    assert "10.0.0.5" not in body


def test_declined_news_is_shown_as_declined(demo, link, login):
    submission = SchoolNewsSubmission.objects.create(
        link=link, member=link.member, sender_name="ครูสมศรี", title="ขายสินค้าชุมชน", text="ลดราคา"
    )
    pr = login(demo.users["pr"])
    response = pr.post(f"/admin/school-news/inbox/edit/{submission.pk}/", {"decline_reason": ""})
    assert "โปรดระบุเหตุผลที่ไม่นำไปใช้" in response.content.decode()
    pr.post(f"/admin/school-news/inbox/edit/{submission.pk}/", {"decline_reason": "ข่าวเชิงพาณิชย์"})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED
    assert "ไม่นำไปใช้" in pr.get("/admin/school-news/inbox/").content.decode()


def test_photos_need_the_consent_and_are_checked(demo, link, client):
    url = f"/school-news/{link.token}/"
    response = client.post(url, {**news_data(faces_consent=""), "photos": [photo()]})
    assert response.status_code == 400
    assert "ยินยอมให้เผยแพร่" in response.content.decode()
    fake = SimpleUploadedFile("fake.jpg", b"MZ\x90\x00 not an image")
    response = client.post(url, {**news_data(), "photos": [fake]})
    assert response.status_code == 400
    assert "เนื้อไฟล์ไม่ตรงกับชนิดไฟล์" in response.content.decode()
    assert not SchoolNewsSubmission.objects.exists()
    assert not SchoolNewsPhoto.objects.exists()


def test_a_wrong_or_closed_link_is_refused(demo, link, client):
    assert client.get("/school-news/not-a-token/").status_code == 404
    link.active = False
    link.save()
    assert client.get(f"/school-news/{link.token}/").status_code == 404
    assert client.post(f"/school-news/{link.token}/", news_data()).status_code == 404
    assert not SchoolNewsSubmission.objects.exists()


@pytest.mark.parametrize("username", ["editor", "groupdirector", "director", "webmaster"])
def test_only_pr_officers_open_the_inbox(demo, link, login, username):
    submission = SchoolNewsSubmission.objects.create(
        link=link, member=link.member, sender_name="ครูสมศรี", title="ข่าวกีฬา", text="ข้อความ"
    )
    client = login(demo.users[username])
    for url in (
        "/admin/school-news/inbox/",
        f"/admin/school-news/inbox/edit/{submission.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert submission.title not in client.get(response["Location"]).content.decode()
    client.post(f"/admin/school-news/inbox/{submission.pk}/make-news/")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.NEW
    assert not get_image_model().objects.filter(collection__name="โรงเรียนบ้านป่าบอน").exists()


def test_published_school_news_counts_on_the_website_channel(demo, link):
    from home.thai_dates import fiscal_year_of, fiscal_year_period
    from reports.kpis import Scope, website_news
    from schoolnews.make_news import make_news

    submission = SchoolNewsSubmission.objects.create(
        link=link, member=link.member, sender_name="ครูสมศรี", title="ข่าวห้องสมุดมีชีวิต", text="เปิดห้องสมุดใหม่"
    )
    page = make_news(submission, demo.users["pr"])
    scope = Scope(fiscal_year_period(fiscal_year_of(demo.now)))
    before = website_news(scope).count()
    page.save_revision(user=demo.users["admin"]).publish()
    assert website_news(scope).count() == before + 1


def test_demo_has_news_waiting_used_and_declined(demo):
    from network import demo as network_demo
    from schoolnews import demo as schoolnews_demo

    newsroom_demo.load(demo)
    network_demo.load(demo)
    schoolnews_demo.load(demo)
    statuses = set(SchoolNewsSubmission.objects.values_list("status", flat=True))
    assert statuses == {SubmissionStatus.NEW, SubmissionStatus.USED, SubmissionStatus.DECLINED}
    used = SchoolNewsSubmission.objects.get(status=SubmissionStatus.USED)
    assert used.news_page is not None
    schoolnews_demo.load(demo)
    assert SchoolNewsSubmission.objects.count() == 3
