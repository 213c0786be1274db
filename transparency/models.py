"""The ITA catalogue (items per fiscal year), its public pages and the reminder log.

The NACC renumbers the items almost every round, so nothing here (or in the templates) depends
on a code such as "O4": the catalogue is data per fiscal year, and a page chooses what it shows
automatically with a field (``automatic_content``).
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import CharBlock, PageChooserBlock, StructBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BaseStreamBlock, LinkBlock
from home.models import BasePage, DepartmentOwnedMixin, Person
from home.thai_dates import current_fiscal_year, fiscal_year_period, six_month_round
from publishing.models import DisclosableMixin
from transparency.forms import TransparencyPageForm

FISCAL_YEAR_VALIDATORS = [MinValueValidator(2500), MaxValueValidator(2700)]


class ItaSubIndicator(models.Model):
    """A sub-indicator of one round (9.1 ข้อมูลพื้นฐาน …): the headings of the public table."""

    fiscal_year = models.PositiveSmallIntegerField(
        "ปีงบประมาณ (พ.ศ.)", validators=FISCAL_YEAR_VALIDATORS, help_text="เช่น 2569"
    )
    code = models.CharField("รหัสตัวชี้วัดย่อย", max_length=10, help_text="เช่น 9.1")
    title = models.CharField("ชื่อตัวชี้วัดย่อย", max_length=200, help_text="เช่น ข้อมูลพื้นฐาน")
    indicator = models.CharField("ตัวชี้วัด", max_length=200, blank=True, help_text="เช่น ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล")
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=0)

    class Meta:
        ordering = ["fiscal_year", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["fiscal_year", "code"], name="unique_ita_subindicator_per_year")
        ]
        verbose_name = "ตัวชี้วัดย่อย ITA"
        verbose_name_plural = "ตัวชี้วัดย่อย ITA"

    def __str__(self):
        return f"{self.code} {self.title} ({self.fiscal_year})"


class ItaItem(models.Model):
    """One item (O1, O2 …) the office must publish for one fiscal year's assessment."""

    class Period(models.TextChoices):
        CURRENT_YEAR = "current", "ปีงบประมาณปัจจุบัน"
        PREVIOUS_YEAR = "previous", "ปีงบประมาณที่ผ่านมา"
        FIRST_HALF = "first_half", "รอบ 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)"
        SEVERAL_YEARS = "several", "หลายปี (ครอบคลุมปีปัจจุบัน)"

    fiscal_year = models.PositiveSmallIntegerField(
        "ปีงบประมาณ (พ.ศ.)", validators=FISCAL_YEAR_VALIDATORS, db_index=True, help_text="เช่น 2569"
    )
    code = models.CharField(
        "รหัสข้อ",
        max_length=10,
        help_text="รหัสตามคู่มือการประเมิน เช่น O4 ใช้เป็นที่อยู่เว็บของหน้า (/ita/2569/o4/)",
    )
    sub_indicator = models.ForeignKey(
        ItaSubIndicator,
        verbose_name="ตัวชี้วัดย่อย",
        on_delete=models.PROTECT,
        related_name="items",
        help_text="ตัวชี้วัดย่อยของปีงบประมาณเดียวกัน",
    )
    title = models.CharField("ชื่อข้อ", max_length=300)
    required_content = models.TextField(
        "ข้อมูลที่ต้องเผยแพร่", blank=True, help_text="องค์ประกอบที่ผู้ประเมินตรวจ ตามคู่มือของรอบการประเมิน"
    )
    period = models.CharField(
        "ช่วงเวลาของข้อมูล",
        max_length=12,
        choices=Period.choices,
        default=Period.CURRENT_YEAR,
        help_text="ใช้กำหนดวันครบกำหนดสำหรับการแจ้งเตือน",
    )
    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงานที่รับผิดชอบ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="เจ้าหน้าที่ของกลุ่มงานนี้แก้ไขหน้าของข้อนี้ได้ และได้รับอีเมลแจ้งเตือน",
    )
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=0)

    class Meta:
        ordering = ["fiscal_year", "sort_order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["fiscal_year", "code"], name="unique_ita_item_per_year")
        ]
        permissions = [("view_readiness", "ดูรายงานความพร้อม ITA")]
        verbose_name = "ข้อการประเมิน ITA"
        verbose_name_plural = "ข้อการประเมิน ITA"

    def __str__(self):
        return f"{self.code} {self.title} ({self.fiscal_year})"

    def clean(self):
        super().clean()
        self.code = self.code.strip().upper()
        if self.sub_indicator_id and self.fiscal_year and self.sub_indicator.fiscal_year != self.fiscal_year:
            raise ValidationError({"sub_indicator": "ตัวชี้วัดย่อยต้องเป็นของปีงบประมาณเดียวกับข้อนี้"})

    @property
    def slug(self):
        """The page slug and the last part of the stable URL: ``o4``."""
        return self.code.lower()

    @property
    def deadline(self):
        """When the item must be online: the six-month round ends 31 March, the rest 30 September."""
        if self.period == self.Period.FIRST_HALF:
            return six_month_round(self.fiscal_year).end
        return fiscal_year_period(self.fiscal_year).end


class ItaReminder(models.Model):
    """One reminder sent for one item, deadline and stage, so the daily run never mails twice."""

    class Stage(models.TextChoices):
        BEFORE = "before", "ก่อนครบกำหนด"
        OVERDUE = "overdue", "เลยกำหนดแล้ว"

    item = models.ForeignKey(
        ItaItem, verbose_name="ข้อการประเมิน", on_delete=models.CASCADE, related_name="reminders"
    )
    deadline = models.DateField("วันครบกำหนด")
    stage = models.CharField("รอบการแจ้งเตือน", max_length=10, choices=Stage.choices, default=Stage.BEFORE)
    sent_at = models.DateTimeField("ส่งเมื่อ", auto_now_add=True)
    recipients = models.TextField("ผู้รับ", blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "deadline", "stage"], name="unique_ita_reminder_stage")
        ]
        verbose_name = "การแจ้งเตือน ITA"
        verbose_name_plural = "การแจ้งเตือน ITA"

    def __str__(self):
        return f"{self.item.code} {self.deadline}"


class TransparencyIndexPage(BasePage):
    """``/ita/``: the public table of one fiscal year's items (default: the current year)."""

    intro = models.TextField(
        "คำนำ",
        blank=True,
        help_text="อธิบายสั้น ๆ ว่าหน้านี้รวบรวมข้อมูลการเปิดเผยข้อมูลสาธารณะตามการประเมิน ITA",
    )

    content_panels = [*Page.content_panels, MultiFieldPanel([FieldPanel("intro")], heading="คำนำ")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["transparency.TransparencyYearPage"]
    max_count = 1

    template = "pages/transparency_index_page.html"

    class Meta:
        verbose_name = "หน้ารวมการเปิดเผยข้อมูล (ITA)"

    def route(self, request, path_components):
        # Item codes are written "O4" in the NACC manual and the office's letters; the slugs are
        # lower case. /ita/2569/O4/ answers like /ita/2569/o4/.
        try:
            return super().route(request, path_components)
        except Http404:
            lowered = [component.lower() for component in path_components]
            if lowered == path_components:
                raise
            return super().route(request, lowered)

    def get_context(self, request, *args, **kwargs):
        from transparency.catalogue import fiscal_years, year_table

        context = super().get_context(request, *args, **kwargs)
        years = fiscal_years()
        year = _requested_year(request, years)
        context.update(year_table(self, year, request))
        context["years"] = years
        context["requested_year_missing"] = request.GET.get("year") not in (None, "", str(year))
        return context


def _requested_year(request, years):
    """The BE year asked for by the chooser; the current fiscal year (or the latest) otherwise."""
    try:
        asked = int(request.GET.get("year", ""))
    except ValueError:
        asked = None
    if asked in years:
        return asked
    current = current_fiscal_year()
    if current in years or not years:
        return current
    return max(years)


class TransparencyYearPage(BasePage):
    """``/ita/2569/``: the items of one fiscal year live under it, so their URLs are stable."""

    fiscal_year = models.PositiveSmallIntegerField(
        "ปีงบประมาณ (พ.ศ.)",
        unique=True,
        validators=FISCAL_YEAR_VALIDATORS,
        help_text="ที่อยู่เว็บของหน้าจะเป็น /ita/<ปีงบประมาณ>/ โดยอัตโนมัติ",
    )
    intro = models.TextField("คำนำ", blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("fiscal_year"), FieldPanel("intro")], heading="ปีงบประมาณ"),
    ]

    parent_page_types = ["transparency.TransparencyIndexPage"]
    subpage_types = ["transparency.TransparencyPage"]

    template = "pages/transparency_year_page.html"

    class Meta:
        verbose_name = "หน้าปีงบประมาณ ITA"

    def full_clean(self, *args, **kwargs):
        # The slug is the year: the URL is what the office pastes into the NACC system.
        if self.fiscal_year:
            self.slug = str(self.fiscal_year)
            self.title = self.title or f"การเปิดเผยข้อมูลสาธารณะ ปีงบประมาณ {self.fiscal_year}"
        super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from transparency.catalogue import fiscal_years, year_table

        context = super().get_context(request, *args, **kwargs)
        context.update(year_table(self.get_parent().specific, self.fiscal_year, request))
        context["years"] = fiscal_years()
        return context


class PageLinkBlock(StructBlock):
    page = PageChooserBlock(label="หน้าในเว็บไซต์")
    title = CharBlock(label="ข้อความลิงก์", required=False, help_text="ว่างไว้เพื่อใช้ชื่อหน้า")

    class Meta:
        icon = "doc-empty"
        label = "ลิงก์ไปหน้าในเว็บไซต์"
        template = "transparency/blocks/page_link.html"


class TransparencyPage(DisclosableMixin, DepartmentOwnedMixin, BasePage):
    """One item of one year at ``/ita/<year>/<code>/``, e.g. ``/ita/2569/o4/``."""

    class AutomaticContent(models.TextChoices):
        NONE = "", "ไม่มี"
        NEWS = "news", "ข่าวประชาสัมพันธ์ของปีงบประมาณนี้ (อัตโนมัติ)"
        EXECUTIVES = "executives", "ผู้บริหารจากทำเนียบบุคลากร (อัตโนมัติ)"
        COMPLAINT_STATISTICS = "complaint_statistics", "สถิติเรื่องร้องเรียนของปีงบประมาณนี้ จากระบบรับเรื่อง (อัตโนมัติ)"

    NEWS_LIMIT = 20

    item = models.ForeignKey(
        ItaItem,
        verbose_name="ข้อการประเมิน",
        on_delete=models.PROTECT,
        related_name="pages",
        help_text="ข้อของปีงบประมาณนี้ กลุ่มงานเจ้าของหน้าจะเป็นกลุ่มงานที่รับผิดชอบข้อนี้โดยอัตโนมัติ",
    )
    intro = models.TextField("คำอธิบาย", blank=True, help_text="สรุปสั้น ๆ ว่าหน้านี้เผยแพร่ข้อมูลอะไร")
    body = StreamField(BaseStreamBlock(), verbose_name="เนื้อหา", blank=True)
    automatic_content = models.CharField(
        "เนื้อหาอัตโนมัติ",
        max_length=20,
        choices=AutomaticContent.choices,
        default=AutomaticContent.NONE,
        blank=True,
        help_text="แสดงรายการที่ดึงจากเว็บไซต์โดยอัตโนมัติ เช่น ข่าวของปีงบประมาณ หรือผู้บริหาร",
    )
    nothing_to_report = models.CharField(
        "ข้อความเมื่อไม่มีข้อมูลต้องรายงาน",
        max_length=300,
        blank=True,
        help_text="เช่น “ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ในรอบ 6 เดือน” แสดงเด่นบนหน้า",
    )
    page_links = StreamField(
        [("page", PageLinkBlock())],
        verbose_name="ลิงก์ไปหน้าในเว็บไซต์",
        blank=True,
        help_text="หน้าในเว็บไซต์นี้ที่เป็นหลักฐานของข้อนี้",
    )
    external_links = StreamField(
        [("link", LinkBlock())],
        verbose_name="ลิงก์ภายนอก",
        blank=True,
        help_text="เช่น ระบบ E-Service ช่องทางร้องเรียนของ ป.ป.ช. และ ป.ป.ท.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("item"), FieldPanel("intro")], heading="ข้อการประเมิน"),
        MultiFieldPanel(
            [FieldPanel("body"), FieldPanel("nothing_to_report"), FieldPanel("automatic_content")],
            heading="เนื้อหา",
        ),
        InlinePanel("documents", heading="เอกสาร", label="เอกสาร"),
        MultiFieldPanel([FieldPanel("page_links"), FieldPanel("external_links")], heading="ลิงก์"),
    ]
    settings_panels = [*DisclosableMixin.disclosure_panels, *Page.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_documents_text"),
    ]

    parent_page_types = ["transparency.TransparencyYearPage"]
    subpage_types = []
    # The news of its year or the executives (automatic content; see caching.headers.CachedPageMixin).
    cache_lists = ["newsroom.NewsPage", "home.Person"]
    base_form_class = TransparencyPageForm

    template = "pages/transparency_page.html"

    class Meta:
        verbose_name = "หน้าข้อการเปิดเผยข้อมูล ITA"

    def full_clean(self, *args, **kwargs):
        # The URL and the owning group follow the item, so nobody has to type them right.
        if self.item_id:
            self.slug = self.item.slug
            self.title = self.title or f"{self.item.code} {self.item.title}"
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.item_id:
            return
        parent = self.get_parent().specific if self.pk else None
        year = getattr(parent, "fiscal_year", None)
        if year and self.item.fiscal_year != year:
            raise ValidationError({"item": f"กรุณาเลือกข้อของปีงบประมาณ {year}"})
        if TransparencyPage.objects.filter(item_id=self.item_id).exclude(pk=self.pk).exists():
            raise ValidationError({"item": "ข้อนี้มีหน้าอยู่แล้ว"})

    def save(self, *args, **kwargs):
        if self.item_id:
            self.department_id = self.item.department_id
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document").all()
        if self.automatic_content == self.AutomaticContent.NEWS:
            context["news"], context["news_url"] = self.news_of_the_year()
        elif self.automatic_content == self.AutomaticContent.EXECUTIVES:
            context["executives"] = (
                Person.objects.filter(is_executive=True)
                .select_related("photo")
                .prefetch_related("photo__renditions")
                .order_by("sort_order", "id")
            )
        elif self.automatic_content == self.AutomaticContent.COMPLAINT_STATISTICS:
            context["complaint_statistics"] = self.complaint_statistics()
        return context

    @cached_property
    def fiscal_year(self):
        return self.item.fiscal_year

    def complaint_statistics(self):
        """The year's complaint figures counted from the services app's records (None without it)."""
        if not apps.is_installed("services"):
            return None
        from services.statistics import complaint_statistics

        return complaint_statistics(self.fiscal_year)

    def news_of_the_year(self):
        """The fiscal year's live news (newest first) and the news index filtered by the year."""
        news_model = apps.get_model("newsroom", "NewsPage")
        index_model = apps.get_model("newsroom", "NewsIndexPage")
        start, end = fiscal_year_period(self.fiscal_year).datetime_range()
        news = (
            news_model.objects.live()
            .public()
            .filter(first_published_at__gte=start, first_published_at__lt=end)
            .order_by("-first_published_at")[: self.NEWS_LIMIT]
        )
        index = index_model.objects.live().public().first()
        return news, index.fiscal_year_url(self.fiscal_year) if index else ""


class TransparencyDocument(Orderable):
    """A document of an ITA page: the report, plan or announcement the assessors open."""

    page = ParentalKey(TransparencyPage, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField("ชื่อเอกสาร", max_length=300, help_text="เช่น แผนปฏิบัติการประจำปีงบประมาณ 2569")
    date = models.DateField("วันที่ของเอกสาร", null=True, blank=True, help_text="แสดงเป็นวันที่ พ.ศ.")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="ไฟล์เอกสาร", on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("date")]), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "เอกสาร"
        verbose_name_plural = "เอกสาร"

    def save(self, *args, **kwargs):
        # The public page shows the size; documents made by code (not the upload form) lack it.
        if self.document_id and self.document.file_size is None:
            self.document.get_file_size()
        super().save(*args, **kwargs)
