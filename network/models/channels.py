"""What went out where: hand-recorded channels and the press coverage of our items."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from network.models.choices import LOGGED_CHANNELS, Channel


class ChannelLog(models.Model):
    """The officer's record that an item went out on a channel we have no interface to."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="ข่าว/เรื่อง", on_delete=models.CASCADE, related_name="channel_logs"
    )
    channel = models.CharField(
        "ช่องทาง", max_length=20, choices=[(c.value, c.label) for c in LOGGED_CHANNELS], db_index=True
    )
    published_at = models.DateTimeField("เผยแพร่เมื่อ", default=timezone.now, db_index=True)
    link = models.URLField("ลิงก์", blank=True, help_text="ลิงก์โพสต์หรือหน้าที่เผยแพร่ (ถ้ามี)")
    note = models.CharField(
        "หมายเหตุ", max_length=255, blank=True, help_text="เช่น ชื่อรายการวิทยุ ช่วงเวลาออกอากาศ"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="บันทึกโดย",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField("บันทึกเมื่อ", auto_now_add=True)

    class Meta:
        ordering = ["-published_at"]
        verbose_name = "บันทึกการเผยแพร่"
        verbose_name_plural = "บันทึกการเผยแพร่ตามช่องทาง"

    def __str__(self):
        return f"{self.page.title} — {self.get_channel_display()}"

    def item_title(self):
        return self.page.title

    item_title.short_description = "ข่าว/เรื่อง"


class CoverageClipping(models.Model):
    """Outlet Y ran our item on date D (page, link, scan): the press pick-up the office reports."""

    outlet = models.ForeignKey(
        "network.MediaOutlet", verbose_name="สื่อ", on_delete=models.PROTECT, related_name="clippings"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="ข่าวของสำนักงาน",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coverage_clippings",
    )
    headline = models.CharField("หัวข้อข่าวที่ลง", max_length=255)
    published_on = models.DateField("วันที่ลงข่าว", default=timezone.localdate, db_index=True)
    page_number = models.CharField(
        "หน้า/ช่วงเวลา", max_length=50, blank=True, help_text="เช่น หน้า 12 หรือ 07.30 น."
    )
    link = models.URLField("ลิงก์", blank=True)
    scan = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="ภาพสแกนข่าว",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="บันทึกโดย",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-published_on"]
        verbose_name = "ข่าวที่สื่อนำไปเผยแพร่"
        verbose_name_plural = "ข่าวที่สื่อนำไปเผยแพร่"

    def __str__(self):
        return f"{self.outlet} {self.published_on:%d/%m/%Y}: {self.headline}"

    def item_title(self):
        return self.page.title if self.page_id else ""

    item_title.short_description = "ข่าวของสำนักงาน"


# Channel is re-exported for callers that count channels (network.channels).
__all__ = ["Channel", "ChannelLog", "CoverageClipping"]
