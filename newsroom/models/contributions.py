"""Teachers' contributions to the journal: received through the public form, never published by themselves."""

import os
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

__all__ = ["JournalContribution"]


class ContributionStatus(models.TextChoices):
    NEW = "new", "ใหม่"
    ACCEPTED = "accepted", "รับพิจารณาลงวารสาร"
    DECLINED = "declined", "ไม่รับ"


def contribution_upload_to(instance, filename):
    # Media files are served without a login: an unguessable name keeps a teacher's draft from
    # being found by walking folder names. The original extension stays for the PR officer.
    extension = os.path.splitext(filename)[1].lower()
    return f"journal_contributions/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


class JournalContribution(models.Model):
    name = models.CharField("ชื่อ-นามสกุล", max_length=200)
    school = models.CharField("โรงเรียน/หน่วยงาน", max_length=255)
    email = models.EmailField("อีเมล")
    column = models.ForeignKey(
        "newsroom.JournalColumn",
        verbose_name="คอลัมน์ที่ต้องการส่ง",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    title = models.CharField("ชื่อเรื่อง", max_length=255)
    text = models.TextField("เนื้อหา", blank=True)
    file = models.FileField("ไฟล์แนบ", upload_to=contribution_upload_to, blank=True)
    status = models.CharField(
        "สถานะ", max_length=20, choices=ContributionStatus.choices, default=ContributionStatus.NEW
    )
    staff_note = models.TextField("บันทึกของเจ้าหน้าที่", blank=True, help_text="ไม่แสดงต่อผู้ส่ง")
    submitted_at = models.DateTimeField("วันที่ส่ง", auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ผู้พิจารณา",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "บทความที่ครูส่ง"
        verbose_name_plural = "บทความที่ครูส่ง"

    def __str__(self):
        return f"{self.title} — {self.name}"
