"""The office journal (วารสาร): its standing columns, the issues and their articles."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Orderable, Page
from wagtail.search import index

from caching.headers import CachedRoutablePageMixin
from home.models import BasePage
from home.thai_dates import thai_month_year
from publishing.models import DisclosableMixin

__all__ = ["JournalColumn", "JournalIndexPage", "JournalIssuePage", "JournalArticle"]

THAI_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]


class JournalColumn(models.Model):
    """A standing column of the journal (001), e.g. บก.แถลง. Editable by PR officers."""

    name = models.CharField("ชื่อคอลัมน์", max_length=120, unique=True)
    description = models.CharField("คำอธิบาย", max_length=255, blank=True, help_text="เนื้อหาที่คอลัมน์นี้รับ")
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=100, help_text="ลำดับในสารบัญของวารสาร")
    accepts_contributions = models.BooleanField(
        "รับบทความจากครู", default=True, help_text="แสดงเป็นตัวเลือกในแบบฟอร์มส่งบทความ"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("accepts_contributions"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "คอลัมน์วารสาร"
        verbose_name_plural = "คอลัมน์วารสาร"

    def __str__(self):
        return self.name


class JournalIndexPage(CachedRoutablePageMixin, BasePage):
    """``/journal/``: the issues as covers by BE year, and the teachers' contribution form."""

    intro = models.TextField("คำนำ", blank=True, help_text="แนะนำวารสาร กำหนดออก และกองบรรณาธิการ")
    contribution_intro = models.TextField(
        "คำชี้แจงการส่งบทความ", blank=True, help_text="แสดงเหนือแบบฟอร์มส่งบทความของครู"
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("contribution_intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.JournalIssuePage"]
    max_count = 1

    template = "pages/journal_index_page.html"

    class Meta:
        verbose_name = "หน้ารวมวารสาร"

    def get_context(self, request, *args, **kwargs):
        from newsroom.listing import journal_years

        context = super().get_context(request, *args, **kwargs)
        context["issues_page"], context["years"] = journal_years(request, self)
        return context

    @path("contribute/", name="contribute")
    def contribute(self, request):
        from newsroom.contribution_views import contribute_view

        return contribute_view(request, self)

    @path("contribute/thanks/", name="contribute_thanks")
    def contribute_thanks(self, request):
        from newsroom.contribution_views import thanks_view

        return thanks_view(request, self)


class JournalIssuePage(DisclosableMixin, BasePage):
    """One issue: volume, number, period, cover, the PDF and its table of contents."""

    volume = models.PositiveSmallIntegerField("ปีที่", help_text="ปีที่ของวารสาร")
    number = models.PositiveSmallIntegerField("ฉบับที่")
    period_start = models.DateField("เดือนที่เริ่ม", help_text="วันใดก็ได้ในเดือนแรกของฉบับ ระบบแสดงเฉพาะเดือนและปี พ.ศ.")
    period_end = models.DateField(
        "เดือนสุดท้าย", null=True, blank=True, help_text="สำหรับฉบับราย 2 เดือน ว่างไว้ถ้าเป็นฉบับรายเดือน"
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ภาพปก",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="ไฟล์วารสาร (PDF)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ไฟล์ PDF ฉบับเต็มสำหรับดาวน์โหลด",
    )
    print_run = models.PositiveIntegerField("จำนวนพิมพ์ (เล่ม)", null=True, blank=True)
    intro = models.TextField("บทนำ", blank=True, help_text="เรื่องเด่นของฉบับ")

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("volume"), FieldPanel("number")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("print_run"),
            ],
            heading="ฉบับ",
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("pdf")], heading="ปกและไฟล์"),
        FieldPanel("intro"),
        InlinePanel("articles", heading="สารบัญ", label="เรื่อง"),
    ]
    settings_panels = [*DisclosableMixin.disclosure_panels, *Page.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.RelatedFields(
            "articles", [index.SearchField("title"), index.SearchField("author"), index.SearchField("text")]
        ),
        index.SearchField("search_documents_text"),
    ]

    parent_page_types = ["newsroom.JournalIndexPage"]
    subpage_types = []

    template = "pages/journal_issue_page.html"

    class Meta:
        verbose_name = "วารสารฉบับ"
        verbose_name_plural = "วารสาร"

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": "เดือนสุดท้ายต้องไม่ก่อนเดือนที่เริ่ม"})

    @property
    def period_label(self):
        """``ตุลาคม–พฤศจิกายน 2569``; each month keeps its own year when the issue spans a new year."""
        start, end = self.period_start, self.period_end
        if not start:
            return ""
        if not end or (end.year, end.month) == (start.year, start.month):
            return thai_month_year(start)
        if end.year == start.year:
            return f"{THAI_MONTHS[start.month - 1]}–{THAI_MONTHS[end.month - 1]} {end.year + 543}"
        return f"{thai_month_year(start)}–{thai_month_year(end)}"

    @property
    def be_year(self):
        return self.period_start.year + 543 if self.period_start else None

    @property
    def issue_label(self):
        return f"ปีที่ {self.volume} ฉบับที่ {self.number}"

    def get_share_image(self):
        return self.social_image or self.cover_image

    def get_context(self, request, *args, **kwargs):
        from newsroom.listing import table_of_contents

        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self)
        return context


class JournalArticle(Orderable):
    """One entry of an issue's table of contents, under a standing column."""

    page = ParentalKey(JournalIssuePage, on_delete=models.CASCADE, related_name="articles")
    column = models.ForeignKey(
        JournalColumn, verbose_name="คอลัมน์", on_delete=models.PROTECT, related_name="articles"
    )
    title = models.CharField("ชื่อเรื่อง", max_length=255)
    author = models.CharField("ผู้เขียน", max_length=200, blank=True)
    page_number = models.PositiveSmallIntegerField("หน้า", null=True, blank=True)
    text = models.TextField("เนื้อหาโดยย่อ", blank=True, help_text="ไม่บังคับ: ข้อความหรือบทคัดย่อที่แสดงบนเว็บไซต์")

    panels = [
        FieldPanel("column"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("page_number")]),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "เรื่องในวารสาร"
        verbose_name_plural = "สารบัญ"
