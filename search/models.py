"""The synonym list the webmaster keeps, and the text extracted from uploaded documents."""

from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel


class SearchSynonym(models.Model):
    """Words that mean the same to a reader: an abbreviation and its long forms ("ผอ." ~ "ผู้อำนวยการ").

    Applied when a query is parsed, so an edit counts from the next search, without re-indexing.
    """

    terms = models.TextField(
        "คำที่มีความหมายเดียวกัน",
        help_text="หนึ่งคำหรือวลีต่อบรรทัด เช่น บรรทัดแรก ผอ. บรรทัดที่สอง ผู้อำนวยการ ค้นหาคำใดก็พบทุกคำในกลุ่ม",
    )
    note = models.CharField("หมายเหตุ", max_length=255, blank=True, help_text="ไม่บังคับ: ใช้เมื่อใด หรือใครเสนอ")
    updated_at = models.DateTimeField("แก้ไขล่าสุด", auto_now=True)

    panels = [
        HelpPanel(content="คำย่อกับคำเต็ม หรือคำที่ประชาชนใช้ค้นหาแทนกันได้ ระบบใช้ทันทีในการค้นหาครั้งถัดไป"),
        FieldPanel("terms"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = "คำพ้องความหมาย"
        verbose_name_plural = "คำพ้องความหมายสำหรับการค้นหา"

    def __str__(self):
        return " ~ ".join(self.term_list)

    @property
    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        from search import thai

        forms = [term for term in self.term_list if thai.words(term)]
        if len(forms) < 2:
            raise ValidationError({"terms": "กรุณาใส่อย่างน้อยสองคำ บรรทัดละหนึ่งคำ (ตัวอักษรหรือตัวเลข)"})


class DocumentText(models.Model):
    """The text of a PDF or DOCX document, extracted by the worker after upload, for the page search."""

    class Status(models.TextChoices):
        DONE = "done", "ดึงข้อความแล้ว"
        UNSUPPORTED = "unsupported", "ไม่รองรับชนิดไฟล์นี้"
        FAILED = "failed", "ดึงข้อความไม่สำเร็จ"

    document = models.OneToOneField(
        "wagtaildocs.Document", verbose_name="เอกสาร", on_delete=models.CASCADE, related_name="extracted_text"
    )
    text = models.TextField("ข้อความ", blank=True)
    status = models.CharField("สถานะ", max_length=20, choices=Status.choices)
    file_hash = models.CharField("ลายนิ้วมือไฟล์", max_length=40, blank=True, help_text="ดึงใหม่เมื่อไฟล์เปลี่ยน")
    extracted_at = models.DateTimeField("ดึงเมื่อ", auto_now=True)

    class Meta:
        verbose_name = "ข้อความในเอกสาร"
        verbose_name_plural = "ข้อความในเอกสาร"

    def __str__(self):
        return f"{self.document}: {self.get_status_display()}"
