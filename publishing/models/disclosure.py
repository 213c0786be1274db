"""The office's list of disclosure categories (003 §4 / 004) and the mixin every disclosable page uses.

Kept free of imports of other apps' models: ``home.models`` builds its pages on the mixin.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from publishing.forms import DisclosablePageForm

__all__ = ["DisclosureCategory", "DisclosableMixin"]


class DisclosureCategory(models.Model):
    """A public-disclosure category of the publication request form (003 §4).

    Kept as data so an office can follow a new form without a release.
    """

    name = models.CharField("หมวดการเปิดเผยข้อมูล", max_length=200, unique=True)
    needs_detail = models.BooleanField(
        "ต้องระบุรายละเอียด",
        default=False,
        help_text="เช่น หมวด “อื่น ๆ (ระบุ)” ที่ผู้ขอต้องพิมพ์รายละเอียดเพิ่ม",
    )
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "หมวดการเปิดเผยข้อมูล"
        verbose_name_plural = "หมวดการเปิดเผยข้อมูล"

    def __str__(self):
        return self.name


class DisclosableMixin(models.Model):
    """The disclosure category of the publication request form, on every page that can be disclosed."""

    disclosure_category = models.ForeignKey(
        "publishing.DisclosureCategory",
        verbose_name="หมวดการเปิดเผยข้อมูล",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="หมวดตามแบบฟอร์มขออนุญาตเผยแพร่ข้อมูลข่าวสาร",
    )
    disclosure_detail = models.CharField(
        "ระบุรายละเอียดหมวด",
        max_length=255,
        blank=True,
        help_text="จำเป็นเมื่อเลือกหมวด “อื่น ๆ (ระบุ)”",
    )

    disclosure_panels = [
        MultiFieldPanel(
            [FieldPanel("disclosure_category"), FieldPanel("disclosure_detail")],
            heading="การเปิดเผยข้อมูล",
        )
    ]

    base_form_class = DisclosablePageForm

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        category = self.disclosure_category
        if category and category.needs_detail and not self.disclosure_detail.strip():
            raise ValidationError({"disclosure_detail": "กรุณาระบุรายละเอียดของหมวด “อื่น ๆ”"})

    @property
    def disclosure_label(self):
        if not self.disclosure_category:
            return ""
        if self.disclosure_detail:
            return f"{self.disclosure_category.name}: {self.disclosure_detail}"
        return self.disclosure_category.name
