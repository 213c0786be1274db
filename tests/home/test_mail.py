"""Queued e-mail: one task per recipient, retried with back-off, never silently dropped."""

import ast
import logging
import smtplib
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from django_q.models import Schedule
from django_q.scheduler import scheduler

from home.mail import queue_mail, queue_templated_mail

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).parent / "templates"
LOCMEM_SEND = "django.core.mail.backends.locmem.EmailBackend.send_messages"


def _retries():
    return list(Schedule.objects.filter(func="home.mail.deliver").order_by("id"))


def _run_due_schedules():
    """What qcluster's scheduler does every 30 s: run every schedule whose time has come."""
    Schedule.objects.filter(func="home.mail.deliver").update(next_run=timezone.now() - timedelta(seconds=1))
    scheduler()


def test_queued_mail_is_sent_once_per_recipient():
    recipients = queue_mail(
        ["สื่อมวลชน <reporter@news.example.com>", "reporter@news.example.com", "  ", "radio@fm.example.com"],
        "ขอเชิญร่วมงานแถลงข่าว",
        "รายละเอียดตามเอกสารแนบ",
        html="<p>รายละเอียดตามเอกสารแนบ</p>",
        attachments=[("กำหนดการ.txt", "09.00 น. ลงทะเบียน", "text/plain")],
    )
    assert len(recipients) == 3
    assert sorted(message.to[0] for message in mail.outbox) == sorted(recipients)
    message = next(m for m in mail.outbox if m.to == ["radio@fm.example.com"])
    assert message.subject == "ขอเชิญร่วมงานแถลงข่าว"
    assert message.body == "รายละเอียดตามเอกสารแนบ"
    assert message.alternatives[0][1] == "text/html"
    assert message.attachments[0][0] == "กำหนดการ.txt"
    assert _retries() == []


def test_templated_mail_renders_subject_text_and_html(settings):
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES]}]
    queue_templated_mail(
        ["teacher@school.example.ac.th"],
        "home_tests/mail/notice",
        {"name": "ครูสมศรี", "title": "ประกาศรับสมัครครูผู้ช่วย"},
    )
    [message] = mail.outbox
    assert message.subject == "ข่าวประชาสัมพันธ์: ประกาศรับสมัครครูผู้ช่วย"
    assert message.body.startswith("เรียน ครูสมศรี")
    assert "<h1>ประกาศรับสมัครครูผู้ช่วย</h1>" in message.alternatives[0][0]


def test_failed_delivery_is_retried_with_growing_back_off_then_logged_as_error(settings, monkeypatch, caplog):
    settings.MAIL_MAX_ATTEMPTS = 4
    settings.MAIL_RETRY_BACKOFF = 60

    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("ปิดการเชื่อมต่อ")

    monkeypatch.setattr(LOCMEM_SEND, refuse)
    caplog.set_level(logging.WARNING, logger="home.mail")
    before = timezone.now()
    queue_mail(["school@example.ac.th"], "แจ้งผลการคัดเลือก", "รายละเอียด")

    [retry] = _retries()
    message, attempt = ast.literal_eval(retry.args)
    assert (message["to"], message["subject"], attempt) == ("school@example.ac.th", "แจ้งผลการคัดเลือก", 2)
    assert timedelta(seconds=59) < retry.next_run - before < timedelta(seconds=70)

    delays = [retry.next_run - before]
    for _ in range(2):  # attempts 2 and 3 fail and schedule the next with twice the wait
        started = timezone.now()
        _run_due_schedules()
        newest = _retries()[-1]
        delays.append(newest.next_run - started)
    assert [round(delay.total_seconds() / 60) for delay in delays] == [1, 2, 4]
    assert [ast.literal_eval(s.args)[1] for s in _retries() if s.repeats != 0] == [4]

    _run_due_schedules()  # the fourth and last attempt
    assert [s for s in _retries() if s.repeats != 0] == []
    errors = [r for r in caplog.records if r.name == "home.mail" and r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "school@example.ac.th" in errors[0].getMessage() and "after 4 attempts" in errors[0].getMessage()
    warnings = [r for r in caplog.records if r.name == "home.mail" and r.levelno == logging.WARNING]
    assert [r.args[1] for r in warnings] == [1, 2, 3]
    assert mail.outbox == []


def test_a_retry_delivers_once_the_server_is_back(monkeypatch):
    calls = []

    def flaky(self, messages):
        calls.append(messages)
        raise smtplib.SMTPConnectError(421, "ไม่พร้อมให้บริการ")

    monkeypatch.setattr(LOCMEM_SEND, flaky)
    queue_mail(["school@example.ac.th"], "แจ้งผลการคัดเลือก", "รายละเอียด")
    assert len(calls) == 1 and mail.outbox == []
    monkeypatch.undo()

    _run_due_schedules()
    [message] = mail.outbox
    assert message.to == ["school@example.ac.th"] and message.subject == "แจ้งผลการคัดเลือก"
    assert [s for s in _retries() if s.repeats != 0] == []
