"""One row per message: the idempotency record that makes every e-mail go out at most once,
and the visible state (queued, sending, sent, failed) the officers see and re-send from."""

import base64

from django.db import models
from django.utils.module_loading import import_string


class OutgoingMail(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "รอส่ง"
        SENDING = "sending", "กำลังส่ง"
        SENT = "sent", "ส่งแล้ว"
        FAILED = "failed", "ส่งไม่สำเร็จ"
        CANCELLED = "cancelled", "ยกเลิก"

    key = models.CharField(
        "รหัสข้อความ",
        max_length=200,
        unique=True,
        help_text="One message, one key: a second queue() is ignored.",
    )
    kind = models.CharField("ประเภท", max_length=40, help_text="What the message is for, e.g. notification.")
    to = models.CharField("ผู้รับ", max_length=254)
    subject = models.CharField("เรื่อง", max_length=255, blank=True)
    message = models.JSONField(
        default=dict,
        blank=True,
        help_text="text, html, reply_to and attachments of a message rendered at queue time.",
    )
    builder = models.CharField(
        max_length=200,
        blank=True,
        help_text="Dotted path of a function that builds the message at send time.",
    )
    builder_arg = models.CharField(max_length=200, blank=True, help_text="The argument given to the builder.")
    on_result = models.CharField(
        max_length=200, blank=True, help_text="Dotted path called with the row after every change of state."
    )
    status = models.CharField(
        "สถานะ", max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField("จำนวนครั้งที่ส่ง", default=0)
    last_error = models.TextField("ข้อผิดพลาดล่าสุด", blank=True)
    next_attempt_at = models.DateTimeField(
        "ส่งครั้งถัดไป",
        null=True,
        blank=True,
        help_text="When the sweeper queues it (again) if it is still waiting.",
    )
    claimed_at = models.DateTimeField(null=True, blank=True, help_text="When a worker took it.")
    smtp_started_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set just before the SMTP server is called: after it, never resend by itself.",
    )
    sent_at = models.DateTimeField("ส่งเมื่อ", null=True, blank=True)
    created_at = models.DateTimeField("เข้าคิวเมื่อ", auto_now_add=True)

    class Meta:
        verbose_name = "อีเมลขาออก"
        verbose_name_plural = "อีเมลขาออก"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self):
        return f"{self.subject or self.kind} → {self.to}"

    def build(self):
        """The EmailMessage to send: from the builder, or from what was rendered at queue time."""
        if self.builder:
            return import_string(self.builder)(self.builder_arg)
        from django.conf import settings
        from django.core.mail import EmailMultiAlternatives

        data = self.message
        email = EmailMultiAlternatives(
            subject=self.subject,
            body=data.get("text", ""),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[self.to],
            reply_to=data.get("reply_to") or None,
        )
        if data.get("html"):
            email.attach_alternative(data["html"], "text/html")
        for name, content, mimetype, encoded in data.get("attachments") or []:
            email.attach(name, base64.b64decode(content) if encoded else content, mimetype)
        return email

    @staticmethod
    def pack_attachments(attachments):
        """Attachments as JSON: text as it is, bytes in base64."""
        packed = []
        for name, content, mimetype in attachments or []:
            if isinstance(content, bytes):
                packed.append([name, base64.b64encode(content).decode("ascii"), mimetype, True])
            else:
                packed.append([name, content, mimetype, False])
        return packed
