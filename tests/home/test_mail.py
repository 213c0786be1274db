"""Queued e-mail: one message per recipient through the outbox (retries: tests/outbox)."""

from pathlib import Path

import pytest
from django.core import mail

from home.mail import queue_mail, queue_templated_mail
from outbox.models import OutgoingMail

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).parent / "templates"


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
    assert sorted(OutgoingMail.objects.values_list("to", "status")) == [(r, "sent") for r in recipients]


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
