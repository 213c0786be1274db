"""The post-publication check (003 ส่วนที่ 3) as a history of checks, and the office's closures.

Each check is a record (who, when, result, note, which revision); the request keeps the latest
as its summary for lists and the memo. A "ต้องแก้ไข" stays open until a later approved revision of
the same page is checked and found correct.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

__all__ = ["VerificationCheck", "OfficeClosure"]


class VerificationCheck(models.Model):
    class Result(models.TextChoices):
        CORRECT = "correct", "ถูกต้องครบถ้วน"
        NEEDS_FIX = "needs_fix", "ต้องแก้ไข"

    publication_request = models.ForeignKey(
        "publishing.PublicationRequest",
        verbose_name="คำขออนุญาตเผยแพร่",
        on_delete=models.CASCADE,
        related_name="checks",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name="ฉบับที่ตรวจสอบ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ผู้ตรวจสอบ",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    checked_by_name = models.CharField("ชื่อผู้ตรวจสอบ", max_length=255, blank=True)
    checked_by_position = models.CharField("ตำแหน่งผู้ตรวจสอบ", max_length=255, blank=True)
    checked_at = models.DateTimeField("ตรวจสอบเมื่อ", default=timezone.now, db_index=True)
    result = models.CharField("ผลการตรวจสอบ", max_length=20, choices=Result.choices)
    note = models.TextField("บันทึกการตรวจสอบ", blank=True)
    resolved_by = models.ForeignKey(
        "publishing.PublicationRequest",
        verbose_name="แก้ไขแล้วด้วยคำขอ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolved_checks",
        help_text="คำขอฉบับแก้ไขที่ตรวจสอบแล้วว่าถูกต้อง ปิดรายการ “ต้องแก้ไข” นี้",
    )

    class Meta:
        ordering = ["-checked_at", "-pk"]
        verbose_name = "ผลการตรวจสอบหลังเผยแพร่"
        verbose_name_plural = "ผลการตรวจสอบหลังเผยแพร่"

    def __str__(self):
        return f"{self.get_result_display()} ({self.checked_by_name})"

    @property
    def is_open(self):
        return self.result == self.Result.NEEDS_FIX and self.resolved_by_id is None


class OfficeClosure(models.Model):
    """Days the office is closed beyond Thailand's public holidays (special holidays, closures)."""

    start_date = models.DateField("ตั้งแต่วันที่")
    end_date = models.DateField("ถึงวันที่", blank=True, null=True, help_text="ว่างไว้ถ้าปิดวันเดียว")
    reason = models.CharField("เหตุผล", max_length=255, help_text="เช่น วันหยุดราชการเพิ่มเป็นกรณีพิเศษ")
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name="สำนักงาน (เว็บไซต์)",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="ว่างไว้ถ้าใช้กับทุกสำนักงานในระบบนี้",
    )

    class Meta:
        ordering = ["-start_date"]
        verbose_name = "วันปิดทำการของสำนักงาน"
        verbose_name_plural = "วันปิดทำการของสำนักงาน"

    def __str__(self):
        return self.reason

    def clean(self):
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น"})
