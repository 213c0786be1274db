from django.db import models


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
