"""The staff-only part of the phone book (สมุดโทรศัพท์): school directors and the area's boards.

The office's own staff come from ``home.Person`` (the public directory); these people are not the
office's staff, and their numbers are for staff only. A personal number is printed only when its
owner consented.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class Board(models.TextChoices):
    SCHOOL_DIRECTORS = "school_directors", "ผู้บริหารสถานศึกษา"
    AREA_COMMITTEE = "area_committee", "คณะกรรมการเขตพื้นที่การศึกษา (กพท.)"
    AKKS = "akks", "อนุกรรมการข้าราชการครูและบุคลากรทางการศึกษา (อ.ก.ค.ศ.)"
    KTPN = "ktpn", "คณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (ก.ต.ป.น.)"


class DirectoryEntry(index.Indexed, models.Model):
    board = models.CharField("กลุ่มรายชื่อ", max_length=30, choices=Board.choices)
    name = models.CharField("ชื่อ-นามสกุล", max_length=200)
    position = models.CharField("ตำแหน่ง", max_length=200, help_text="เช่น ผู้อำนวยการโรงเรียน ประธานกรรมการ")
    organisation = models.CharField(
        "โรงเรียนหรือหน่วยงาน", max_length=200, blank=True, help_text="เช่น โรงเรียนบ้านควนขนุน"
    )
    office_phone = models.CharField("โทรศัพท์ที่ทำงาน", max_length=60, blank=True)
    mobile_phone = models.CharField("โทรศัพท์มือถือ (ส่วนตัว)", max_length=60, blank=True)
    mobile_consent = models.BooleanField(
        "ยินยอมให้พิมพ์หมายเลขส่วนตัวในสมุดโทรศัพท์",
        default=False,
        help_text="ไม่ติ๊ก: หมายเลขส่วนตัวเก็บไว้แต่ไม่แสดงและไม่พิมพ์",
    )
    email = models.EmailField("อีเมล", blank=True)
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=100)

    panels = [
        MultiFieldPanel(
            [FieldPanel("board"), FieldPanel("name"), FieldPanel("position"), FieldPanel("organisation")],
            heading="รายชื่อ",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("office_phone"), FieldPanel("email")]),
                FieldRowPanel([FieldPanel("mobile_phone"), FieldPanel("mobile_consent")]),
                FieldPanel("sort_order"),
            ],
            heading="การติดต่อ (เฉพาะเจ้าหน้าที่)",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["board", "sort_order", "name"]
        verbose_name = "รายชื่อในสมุดโทรศัพท์"
        verbose_name_plural = "สมุดโทรศัพท์ (เฉพาะเจ้าหน้าที่)"

    def __str__(self):
        return f"{self.name} ({self.get_board_display()})"

    @property
    def printed_mobile(self):
        """The personal number, only where its owner consented."""
        return self.mobile_phone if self.mobile_consent else ""
