"""The outbox: every e-mail at most once, retried over hours, failures visible and re-sendable."""

import logging
import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_q.models import Schedule

from home.mail import queue_mail
from outbox import sending
from outbox.models import OutgoingMail

pytestmark = pytest.mark.django_db

LOCMEM_SEND = "django.core.mail.backends.locmem.EmailBackend.send_messages"
Status = OutgoingMail.Status


class SmtpDown(list):
    """The mail server refuses every message (each call is recorded) until ``back()``."""

    def __init__(self):
        super().__init__()
        self.patch = pytest.MonkeyPatch()

        def refuse(backend, messages):
            self.append(messages)
            raise smtplib.SMTPServerDisconnected("ปิดการเชื่อมต่อ")

        self.patch.setattr(LOCMEM_SEND, refuse)

    def back(self):
        self.patch.undo()


@pytest.fixture
def smtp_down():
    down = SmtpDown()
    yield down
    down.back()


def _sweep_later(minutes):
    """The minute sweep, run as if ``minutes`` had passed (every due retry is sent)."""
    OutgoingMail.objects.filter(next_attempt_at__isnull=False).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    return sending.dispatch_due()


def test_the_sweep_is_scheduled_every_minute_by_migration():
    schedule = Schedule.objects.get(func="outbox.sending.dispatch_due")
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == ("I", 1, -1)


def test_each_message_is_recorded_and_sent_once():
    queue_mail(["ครู <teacher@school.example.ac.th>", "radio@fm.example.com"], "แจ้งประชุม", "รายละเอียด")
    assert len(mail.outbox) == 2
    rows = OutgoingMail.objects.order_by("to")
    assert [(r.status, r.attempts) for r in rows] == [(Status.SENT, 1)] * 2
    assert all(r.sent_at for r in rows)
    # A duplicate or redelivered task finds the row already sent and sends nothing.
    assert sending.send(rows[0].pk) == "not queued"
    assert len(mail.outbox) == 2


def test_retries_are_spread_over_hours_then_the_message_is_failed_and_listed(smtp_down, settings, caplog):
    assert (settings.MAIL_MAX_ATTEMPTS, settings.MAIL_RETRY_BACKOFF) == (7, 300)
    caplog.set_level(logging.WARNING, logger="outbox.sending")
    queue_mail(["school@example.ac.th"], "แจ้งผลการคัดเลือก", "รายละเอียด")
    message = OutgoingMail.objects.get()
    waits = []
    while message.status == Status.QUEUED:
        waits.append(message.next_attempt_at - timezone.now())
        _sweep_later(minutes=0)
        message.refresh_from_db()
    assert [round(w.total_seconds() / 60) for w in waits] == [5, 10, 20, 40, 80, 160]
    assert sum(w.total_seconds() for w in waits) / 3600 > 5  # hours, not minutes
    assert message.status == Status.FAILED and message.attempts == 7
    assert len(smtp_down) == 7 and mail.outbox == []
    assert "SMTPServerDisconnected" in message.last_error
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "school@example.ac.th" in errors[0].getMessage()
    # The last attempt raises, which is what puts the task in Django-Q's list of failed tasks.
    OutgoingMail.objects.filter(pk=message.pk).update(status=Status.QUEUED, attempts=6)
    with pytest.raises(sending.MailNotSent, match="school@example.ac.th"):
        sending.send(message.pk)


def test_a_failed_message_is_on_the_dashboard_and_the_officer_resends_it(smtp_down, settings, demo, login):
    settings.MAIL_MAX_ATTEMPTS = 1
    queue_mail(["school@example.ac.th"], "แจ้งผลการคัดเลือก", "รายละเอียด")
    assert OutgoingMail.objects.get().status == Status.FAILED

    officer = login(demo.users["pr"])
    dashboard = officer.get(reverse("wagtailadmin_home")).content.decode()
    assert "อีเมลที่ส่งไม่สำเร็จ 1 ฉบับ" in dashboard and "school@example.ac.th" in dashboard
    listing = officer.get(reverse("outbox:index"), {"status": "failed"}).content.decode()
    assert "แจ้งผลการคัดเลือก" in listing

    smtp_down.back()
    response = officer.post(reverse("outbox:resend_all"), {"next": reverse("wagtailadmin_home")})
    assert response.status_code == 302
    [sent] = mail.outbox
    assert sent.to == ["school@example.ac.th"] and sent.subject == "แจ้งผลการคัดเลือก"
    assert OutgoingMail.objects.get().status == Status.SENT
    assert "อีเมลที่ส่งไม่สำเร็จ 1 ฉบับ" not in officer.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("username", ["editor", "groupdirector", "director", "webmaster"])
def test_other_staff_neither_see_the_outbox_nor_resend(smtp_down, settings, demo, login, username):
    settings.MAIL_MAX_ATTEMPTS = 1
    queue_mail(["school@example.ac.th"], "แจ้งผลการคัดเลือก", "รายละเอียด")
    client = login(demo.users[username])
    assert "school@example.ac.th" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("outbox:index")).status_code in (302, 403)
    client.post(reverse("outbox:resend_all"))
    assert OutgoingMail.objects.get().status == Status.FAILED


def test_a_worker_killed_after_the_smtp_server_accepted_never_sends_again(settings):
    """Simulated: the row was claimed and handed to SMTP, then the worker died before recording it."""
    queue_mail(["reporter@news.example.com"], "ข่าวแจก", "รายละเอียด")
    row = OutgoingMail.objects.get()
    mail.outbox.clear()
    stamp = timezone.now() - timedelta(seconds=settings.OUTBOX_STALE_SECONDS + 60)
    OutgoingMail.objects.filter(pk=row.pk).update(
        status=Status.SENDING, sent_at=None, claimed_at=stamp, smtp_started_at=stamp
    )
    assert sending.send(row.pk) == "not queued"  # q2 redelivers the task: nothing is sent
    sending.dispatch_due()
    row.refresh_from_db()
    assert mail.outbox == []
    assert row.status == Status.FAILED and "ไม่ทราบผล" in row.last_error


def test_a_worker_killed_before_smtp_is_mended_by_the_sweep_and_sends_once(settings):
    queue_mail(["reporter@news.example.com"], "ข่าวแจก", "รายละเอียด")
    row = OutgoingMail.objects.get()
    mail.outbox.clear()
    stamp = timezone.now() - timedelta(seconds=settings.OUTBOX_STALE_SECONDS + 60)
    OutgoingMail.objects.filter(pk=row.pk).update(
        status=Status.SENDING, claimed_at=stamp, smtp_started_at=None
    )
    sending.send(row.pk)  # the redelivered task: still held, nothing sent
    assert mail.outbox == []
    sending.dispatch_due()  # the sweep gives it back to the queue and queues it
    sending.dispatch_due()
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.status == Status.SENT and row.attempts == 2


def test_a_lost_task_is_queued_again_by_the_sweep():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sending, "_enqueue", lambda pk: None)  # the broker loses the task
        queue_mail(["reporter@news.example.com"], "ข่าวแจก", "รายละเอียด")
    assert mail.outbox == []
    assert sending.dispatch_due() == "0 queued"  # not yet stale
    _sweep_later(minutes=15)
    assert len(mail.outbox) == 1


def test_tasks_are_queued_only_after_the_transaction_commits(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(sending, "after_commit", sending.transaction.on_commit)
    queued = []
    monkeypatch.setattr(sending, "_enqueue", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        queue_mail(["reporter@news.example.com"], "ข่าวแจก", "รายละเอียด")
        assert queued == []  # still inside the transaction: no worker may look yet
    assert queued == [OutgoingMail.objects.get().pk]


def test_the_same_key_is_one_message():
    first = sending.queue("a@example.com", "เรื่อง", kind="test", key="test:1", message={"text": "x"})
    second = sending.queue("a@example.com", "เรื่อง", kind="test", key="test:1", message={"text": "x"})
    assert first.pk == second.pk and len(mail.outbox) == 1


def test_attachments_in_bytes_and_text_survive_the_queue():
    queue_mail(
        ["a@example.com"],
        "เอกสาร",
        "แนบ",
        attachments=[("กำหนดการ.txt", "09.00 น.", "text/plain"), ("logo.png", b"\x89PNG\x00", "image/png")],
    )
    [message] = mail.outbox
    assert message.attachments[0][:2] == ("กำหนดการ.txt", "09.00 น.")
    assert message.attachments[1][1] == b"\x89PNG\x00"
