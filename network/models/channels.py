"""What went out where: the office's channels, hand-recorded posts and the press coverage of our items."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from network.models.choices import ChannelKind


class Channel(models.Model):
    """One channel the office posts to and counts: its Facebook page, each LINE group, a radio programme...

    The website and e-mail releases are counted from the site's own records; every other channel is
    a row here, which the PR officer adds, renames or retires (004 ผลการดำเนินงาน).
    """

    name = models.CharField(
        "ชื่อช่องทาง", max_length=150, unique=True, help_text="เช่น กลุ่ม LINE ประชาสัมพันธ์ สพป.พัทลุง เขต 2"
    )
    kind = models.CharField("ประเภท", max_length=20, choices=ChannelKind.choices, default=ChannelKind.OTHER)
    members = models.PositiveIntegerField(
        "จำนวนสมาชิก/ผู้ติดตาม", null=True, blank=True, help_text="เช่น จำนวนสมาชิกกลุ่ม LINE (ถ้ามี)"
    )
    link = models.URLField("ลิงก์", blank=True, help_text="ลิงก์เพจหรือกลุ่ม (ถ้ามี)")
    active = models.BooleanField("ใช้งานอยู่", default=True, help_text="ช่องทางที่เลิกใช้จะไม่แสดงให้เลือกเมื่อบันทึกใหม่")
    sort_order = models.PositiveSmallIntegerField("ลำดับในรายงาน", default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "ช่องทางการเผยแพร่"
        verbose_name_plural = "ช่องทางการเผยแพร่"

    def __str__(self):
        return self.name


class ChannelLog(models.Model):
    """The officer's record that an item went out on a channel we have no interface to.

    The item is a page of the site, or anything else the office relays (a school's news sent to
    the LINE PR group counts there too), then described by its title, date, link or file.
    """

    channel = models.ForeignKey(
        Channel,
        verbose_name="ช่องทาง",
        on_delete=models.PROTECT,
        related_name="logs",
        limit_choices_to={"active": True},
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="ข่าว/เรื่องในเว็บไซต์",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="channel_logs",
        help_text="ว่างไว้เมื่อเรื่องที่เผยแพร่ไม่ใช่หน้าในเว็บไซต์ แล้วกรอกชื่อเรื่องแทน",
    )
    title = models.CharField(
        "ชื่อเรื่อง", max_length=255, blank=True, help_text="สำหรับเรื่องที่ไม่ใช่หน้าในเว็บไซต์ เช่น ข่าวของโรงเรียนในสังกัด"
    )
    published_at = models.DateTimeField("เผยแพร่เมื่อ", default=timezone.now, db_index=True)
    link = models.URLField("ลิงก์", blank=True, help_text="ลิงก์โพสต์หรือหน้าที่เผยแพร่ (ถ้ามี)")
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="ไฟล์หลักฐาน",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="เช่น ภาพหน้าจอโพสต์ หรือไฟล์ข่าวที่ส่งต่อ",
    )
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
        return f"{self.item_title()} — {self.channel}"

    def clean(self):
        super().clean()
        if not self.page_id and not self.title.strip():
            raise ValidationError({"title": "กรุณาเลือกข่าวในเว็บไซต์ หรือกรอกชื่อเรื่องที่เผยแพร่"})

    def item_title(self):
        return self.page.title if self.page_id else self.title

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


__all__ = ["Channel", "ChannelLog", "CoverageClipping"]
