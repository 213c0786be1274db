"""Sending a live news page to the register: one mail per consenting recipient, never twice,
failures retried with back-off (by the outbox) and recorded, skips shown."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from network.delivery import send_release
from network.models import Delivery, DeliveryStatus, MediaContact, NetworkMember, RecipientList, Release
from outbox import sending
from outbox.models import OutgoingMail
from tests import brokers, factories

pytestmark = pytest.mark.django_db


def _media_list():
    return RecipientList.objects.get(name="สื่อมวลชนจังหวัดพัทลุง")


def _partners_list():
    return RecipientList.objects.get(name="โรงเรียนและภาคีเครือข่าย")


def _consenting_contacts():
    return MediaContact.objects.filter(active=True, consent=True).exclude(email="")


def test_officer_sends_a_page_to_lists_one_mail_per_consenting_recipient(register, news_page, login):
    client = login(register.users["pr"])
    url = reverse("network_release", args=[news_page.pk])
    response = client.post(url, {"lists": [_media_list().pk, _partners_list().pk]})
    assert response.status_code == 302

    expected = set(_consenting_contacts().values_list("email", flat=True)) | set(
        NetworkMember.objects.filter(status="active", consent=True).values_list("email", flat=True)
    )
    assert len(expected) == 19 + 13
    assert sorted(m.to[0] for m in mail.outbox) == sorted(expected)
    release = Release.objects.get(page=news_page)
    assert release.created_by == register.users["pr"]
    progress = release.progress()
    assert progress[DeliveryStatus.SENT] == len(expected)
    # Seed 001 demo: two contacts without consent and one inactive are skipped with a reason.
    assert progress[DeliveryStatus.SKIPPED] == 3
    reasons = set(
        release.deliveries.filter(status=DeliveryStatus.SKIPPED).values_list("skip_reason", flat=True)
    )
    assert reasons == {"ไม่ได้ให้ความยินยอมรับข่าวสาร", "ระงับการใช้งาน"}
    assert all(d.attempts == 1 and d.sent_at for d in release.deliveries.filter(status=DeliveryStatus.SENT))

    page = client.get(url)
    content = page.content.decode()
    assert "ส่งแล้ว: <strong>32</strong>" in content
    assert "ข้าม: ไม่ได้ให้ความยินยอมรับข่าวสาร" in content
    assert "ข้าม: ระงับการใช้งาน" in content


def test_the_mail_carries_title_intro_image_link_and_attachment(register, news_page):
    contact = _consenting_contacts().first()
    send_release(news_page, register.users["pr"], contacts=[contact])
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "[ข่าวประชาสัมพันธ์] ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570"
    assert message.to == [contact.email]
    assert news_page.full_url in message.body
    assert "ชี้แจงนโยบายปีงบประมาณ 2570" in message.body
    assert f"เรียน {contact.full_name}" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<img src="http://' in html and "/images/" in html and ".fill-1200x630" in html
    assert f'href="{news_page.full_url}"' in html
    assert [a[0] for a in message.attachments] == [news_page.body[0].value["document"].filename]
    assert message.attachments[0][2] == "application/pdf"


def test_the_plain_text_mail_is_not_html_escaped(register, news_index):
    page = factories.news_page(news_index, title='ครู & ผู้ปกครอง "ร่วมใจ" พัฒนาโรงเรียน', intro="ประชุม <ผู้ปกครอง>")
    send_release(page, register.users["pr"], contacts=[_consenting_contacts().first()])
    body = mail.outbox[0].body
    assert 'ครู & ผู้ปกครอง "ร่วมใจ" พัฒนาโรงเรียน' in body and "ประชุม <ผู้ปกครอง>" in body
    assert "&amp;" not in body and "&quot;" not in body and "&lt;" not in body


def test_a_second_click_never_mails_the_same_recipient_twice(register, news_page, login):
    client = login(register.users["pr"])
    url = reverse("network_release", args=[news_page.pk])
    client.post(url, {"lists": [_media_list().pk]})
    first = len(mail.outbox)
    assert first == 19
    response = client.post(
        url, {"lists": [_media_list().pk], "contacts": [_consenting_contacts().first().pk]}, follow=True
    )
    assert len(mail.outbox) == first
    assert "ไม่ส่งซ้ำ 22 รายที่เคยได้รับข่าวนี้แล้ว" in response.content.decode()
    assert Release.objects.filter(page=news_page).count() == 1
    assert Delivery.objects.filter(release__page=news_page).count() == 22

    # Adding a new list later reaches only the new recipients.
    client.post(url, {"lists": [_partners_list().pk]})
    assert len(mail.outbox) == first + 13


def test_a_duplicate_task_for_a_sent_delivery_does_nothing(register, news_page):
    contact = _consenting_contacts().first()
    _release, created, _ = send_release(news_page, register.users["pr"], contacts=[contact])
    assert len(mail.outbox) == 1
    message = OutgoingMail.objects.get(key=f"network-delivery:{created[0].pk}")
    assert sending.send(message.pk) == "not queued"
    assert len(mail.outbox) == 1


def test_same_email_in_contact_and_member_gets_one_mail(register, news_page):
    contact = _consenting_contacts().first()
    member = NetworkMember.objects.filter(status="active").first()
    member.email = contact.email
    member.save()
    send_release(news_page, register.users["pr"], contacts=[contact], members=[member])
    assert [m.to for m in mail.outbox] == [[contact.email]]


class FailingSmtp:
    """The locmem backend raising as a dead SMTP server would, until ``back()``."""

    def __init__(self, error):
        from django.core.mail.backends import locmem

        self.n = 0
        self.patch = pytest.MonkeyPatch()

        def fail(backend, messages):
            self.n += 1
            raise error

        self.patch.setattr(locmem.EmailBackend, "send_messages", fail)

    def back(self):
        self.patch.undo()


@pytest.fixture
def failing_smtp():
    smtp = FailingSmtp(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    yield smtp
    smtp.back()


def _run_due_retries():
    """The outbox's minute sweep, once the retries' time has come."""
    OutgoingMail.objects.filter(status=OutgoingMail.Status.QUEUED).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    sending.dispatch_due()


def test_a_failing_smtp_connection_is_recorded_and_retried_with_backoff(
    register, news_page, failing_smtp, settings
):
    settings.MAIL_MAX_ATTEMPTS = 3
    settings.MAIL_RETRY_BACKOFF = 60
    contact = _consenting_contacts().first()
    before = timezone.now()
    _release, created, _ = send_release(news_page, register.users["pr"], contacts=[contact])
    delivery = Delivery.objects.get(pk=created[0].pk)
    assert delivery.status == DeliveryStatus.QUEUED
    assert delivery.attempts == 1
    assert "SMTPServerDisconnected" in delivery.last_error
    message = OutgoingMail.objects.get(key=f"network-delivery:{delivery.pk}")
    assert 55 <= (message.next_attempt_at - before).total_seconds() <= 65

    # The server comes back: the retry sends, exactly once.
    failing_smtp.back()
    _run_due_retries()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT
    assert delivery.attempts == 2
    assert delivery.last_error == ""
    assert delivery.sent_at
    assert [m.to for m in mail.outbox] == [[contact.email]]


def test_after_the_last_attempt_the_delivery_fails_and_the_officer_retries_it(
    register, news_page, failing_smtp, settings, login
):
    settings.MAIL_MAX_ATTEMPTS = 2
    contacts = list(_consenting_contacts()[:2])
    release, created, _ = send_release(news_page, register.users["pr"], contacts=contacts)
    _run_due_retries()  # attempt 2 fails too: no more automatic retries
    assert failing_smtp.n == 4
    assert set(release.deliveries.values_list("status", flat=True)) == {DeliveryStatus.FAILED}
    _run_due_retries()
    assert failing_smtp.n == 4

    client = login(register.users["pr"])
    page = client.get(reverse("network_release", args=[news_page.pk])).content.decode()
    assert "ส่งไม่สำเร็จ: <strong>2</strong>" in page
    assert "ส่งใหม่เฉพาะรายที่ส่งไม่สำเร็จ (2)" in page
    assert "SMTPServerDisconnected" in page

    failing_smtp.back()
    response = client.post(reverse("network_release_retry", args=[news_page.pk]))
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.email for c in contacts)
    assert set(release.deliveries.values_list("status", flat=True)) == {DeliveryStatus.SENT}
    # A fresh round of attempts: the first one of it went through.
    assert set(release.deliveries.values_list("attempts", flat=True)) == {1}
    # Retrying again sends nothing more.
    client.post(reverse("network_release_retry", args=[news_page.pk]))
    assert len(mail.outbox) == 2


def test_a_connection_error_is_retried_too(register, news_page):
    smtp = FailingSmtp(ConnectionRefusedError(111, "Connection refused"))
    _release, created, _ = send_release(
        news_page, register.users["pr"], contacts=[_consenting_contacts().first()]
    )
    smtp.back()
    delivery = Delivery.objects.get(pk=created[0].pk)
    assert delivery.status == DeliveryStatus.QUEUED
    assert "Connection refused" in delivery.last_error
    assert OutgoingMail.objects.get(key=f"network-delivery:{delivery.pk}").next_attempt_at > timezone.now()


def test_a_killed_worker_and_lost_tasks_still_give_every_recipient_exactly_one_mail(
    register, news_page, settings
):
    """Simulated on the ORM: the broker loses every task, and one worker dies mid-run, before SMTP."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sending, "_enqueue", lambda pk: None)
        release, created, _ = send_release(news_page, register.users["pr"], lists=[_media_list()])
    queued = [d for d in created if d.status == DeliveryStatus.QUEUED]
    assert len(queued) > 3 and mail.outbox == []
    # One worker took a message and was killed before it reached the SMTP server.
    died = OutgoingMail.objects.get(key=f"network-delivery:{queued[0].pk}")
    stale = timezone.now() - timedelta(seconds=settings.OUTBOX_STALE_SECONDS + 1)
    OutgoingMail.objects.filter(pk=died.pk).update(status="sending", claimed_at=stale, attempts=1)
    # q2 redelivers its task: still held by the dead worker, nothing is sent.
    assert sending.send(died.pk) == "not queued"

    for _ in range(3):  # the minute sweep, a few times: it mends and queues, never twice
        _run_due_retries()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted(d.email for d in queued)
    assert len(recipients) == len(set(recipients))
    assert set(release.deliveries.filter(pk__in=[d.pk for d in queued]).values_list("status", flat=True)) == {
        DeliveryStatus.SENT
    }


def test_a_worker_killed_mid_run_on_each_real_broker_gives_every_recipient_exactly_one_mail(
    register, news_page, settings, broker
):
    """Through django-q2's own brokers, ORM and Redis: a worker takes a delivery's task, claims its
    message and is killed before SMTP. The ORM broker hands the task out again (it finds the message
    held and sends nothing); Redis has lost it. The rest of the queue is worked, then the minute
    sweep gives the held message back, and it goes once."""
    release, created, _ = send_release(news_page, register.users["pr"], lists=[_media_list()])
    queued = [d for d in created if d.status == DeliveryStatus.QUEUED]
    assert len(queued) > 3 and mail.outbox == []
    assert broker.queue_size() == len(queued)  # the tasks wait in the broker, none ran yet

    ack_id, task = brokers.take(broker)
    held = task["args"][0]
    OutgoingMail.objects.filter(pk=held, status="queued").update(
        status="sending", claimed_at=timezone.now(), attempts=1
    )  # send()'s claim; then the worker dies: no SMTP call, no acknowledgement

    ran = brokers.work(broker)
    assert ran == len(queued) - (1 if broker.kind == "redis" else 0)
    assert len(mail.outbox) == len(queued) - 1
    assert OutgoingMail.objects.get(pk=held).status == "sending"

    OutgoingMail.objects.filter(pk=held).update(
        claimed_at=timezone.now() - timedelta(seconds=settings.OUTBOX_STALE_SECONDS + 1)
    )
    for _ in range(3):  # the minute sweep, a few times: it mends and queues, never twice
        sending.dispatch_due()
        brokers.work(broker)
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted(d.email for d in queued)
    assert len(recipients) == len(set(recipients))
    assert set(release.deliveries.filter(pk__in=[d.pk for d in queued]).values_list("status", flat=True)) == {
        DeliveryStatus.SENT
    }


def test_a_draft_page_cannot_be_sent(register, news_page, login):
    news_page.unpublish()
    client = login(register.users["pr"])
    url = reverse("network_release", args=[news_page.pk])
    assert "ส่งได้เฉพาะข่าวที่เผยแพร่บนเว็บไซต์แล้ว" in client.get(url).content.decode()
    client.post(url, {"lists": [_media_list().pk]})
    assert mail.outbox == []
    assert not Release.objects.exists()


def test_only_news_pages_can_be_sent(register, news_page, login):
    """With the news model known, any other page type (here the home page) is refused."""
    client = login(register.users["pr"])
    client.post(reverse("network_release", args=[register.home_page.pk]), {"lists": [_media_list().pk]})
    assert mail.outbox == []
    assert not Release.objects.exists()


def test_choosing_no_recipient_is_refused_in_thai(register, news_page, login):
    client = login(register.users["pr"])
    response = client.post(reverse("network_release", args=[news_page.pk]), {})
    assert response.status_code == 200
    assert "โปรดเลือกรายชื่อผู้รับหรือผู้รับรายบุคคลอย่างน้อยหนึ่งราย" in response.content.decode()
    assert not Release.objects.exists()


def test_the_page_listing_offers_the_send_button_to_pr_officers_only(register, news_index, news_page, login):
    from network.wagtail_hooks import network_page_header_buttons, network_page_listing_buttons

    url = reverse("network_release", args=[news_page.pk])
    for hook in (network_page_listing_buttons, network_page_header_buttons):
        assert url in [b.url for b in hook(news_page, register.users["pr"])]
        assert url not in [b.url for b in hook(news_page, register.users["editor"])]
        assert url not in [b.url for b in hook(register.home_page, register.users["pr"])]
    explorer = login(register.users["admin"]).get(reverse("wagtailadmin_explore", args=[news_index.pk]))
    assert url in explorer.content.decode()


def test_the_release_list_shows_progress_in_a_fixed_number_of_queries(
    register, news_index, login, django_assert_max_num_queries
):
    contact = _consenting_contacts().first()
    client = login(register.users["pr"])
    url = reverse("network_releases:index")

    def add_releases(start, count):
        for n in range(start, start + count):
            page = factories.news_page(news_index, title=f"ข่าวที่ {n}", slug=f"release-{n}")
            send_release(page, register.users["pr"], contacts=[contact])

    add_releases(0, 3)
    client.get(url)
    with django_assert_max_num_queries(40) as few:
        response = client.get(url)
    add_releases(3, 27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        many = client.get(url)
    assert response.status_code == many.status_code == 200
    listing = many.content.decode()
    assert "ข่าวที่ 29" in listing and "หน้า 1 จาก 2" in listing
    assert listing.count(reverse("network_release", args=[Page.objects.get(slug="release-29").pk])) == 1
