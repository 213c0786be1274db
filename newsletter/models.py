"""The office newsletter (จดหมายข่าว): the public archive at ``/newsletter/`` and its issues.

An issue is a page: the PR officer picks approved (live) news and orders them by hand, and the
issue passes the same approval workflow as every publication before it goes out on the site, as an
A4 PDF and, through the network's distribution, as an e-mail to chosen lists.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Orderable, Page
from wagtail.search import index

from caching.headers import CachedRoutablePageMixin
from home.models import BasePage
from home.thai_dates import be_year, thai_date
from newsletter.forms import NewsletterIssueForm
from publishing.models import DisclosableMixin

__all__ = ["NewsletterIndexPage", "NewsletterIssuePage", "NewsletterItem"]


class NewsletterIndexPage(BasePage):
    """``/newsletter/``: every issue of the newsletter, newest first, grouped by BE year."""

    intro = models.TextField("คำนำ", blank=True, help_text="แนะนำจดหมายข่าว กำหนดออก และวิธีรับทางอีเมล")

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count = 1
    # Lists only its own issues (its subtree) and their cover images (reference index).
    cache_lists = ()

    template = "pages/newsletter_index_page.html"

    class Meta:
        verbose_name = "หน้ารวมจดหมายข่าว"

    def get_context(self, request, *args, **kwargs):
        from newsletter.listing import issue_years

        context = super().get_context(request, *args, **kwargs)
        context["issues_page"], context["years"] = issue_years(request, self)
        return context


class NewsletterIssuePage(DisclosableMixin, CachedRoutablePageMixin, BasePage):
    """One issue: volume, number, the date it comes out, the period of its news, and the news
    items chosen and ordered by hand."""

    volume = models.PositiveSmallIntegerField("ปีที่", help_text="ปีที่ของจดหมายข่าว")
    number = models.PositiveSmallIntegerField("ฉบับที่")
    issue_date = models.DateField("วันที่ออก", help_text="วันที่จดหมายข่าวฉบับนี้ออก (พิมพ์เป็น พ.ศ.)")
    period_start = models.DateField(
        "ข่าวตั้งแต่วันที่", null=True, blank=True, help_text="ช่วงวันที่ของข่าวในฉบับ ใช้เติมรายการข่าวอัตโนมัติ"
    )
    period_end = models.DateField("ถึงวันที่", null=True, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ภาพปก",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ภาพหน้าปกของฉบับ ว่างไว้เพื่อใช้ภาพหน้าปกของข่าวเรื่องแรก",
    )
    editorial = models.TextField(
        "บทบรรณาธิการ", blank=True, help_text="ข้อความนำของฉบับ แสดงก่อนรายการข่าวในหน้าเว็บ PDF และอีเมล"
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("volume"), FieldPanel("number"), FieldPanel("issue_date")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading="ฉบับ",
        ),
        FieldPanel("cover_image"),
        FieldPanel("editorial"),
        InlinePanel(
            "items",
            heading="ข่าวในฉบับ",
            label="ข่าว",
            help_text="เลือกข่าวที่อนุมัติเผยแพร่แล้ว เรียงลำดับตามที่ต้องการให้ปรากฏ",
        ),
    ]
    settings_panels = [*DisclosableMixin.disclosure_panels, *Page.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("editorial"),
        index.FilterField("issue_date"),
    ]

    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []
    # The group names of its items (each news item's page is in the reference index).
    cache_lists = ["home.DepartmentPage"]
    base_form_class = NewsletterIssueForm

    template = "pages/newsletter_issue_page.html"
    preview_modes = [
        ("", "หน้าเว็บ"),
        ("email", "อีเมล (HTML)"),
        ("text", "อีเมล (ข้อความล้วน)"),
        ("pdf", "PDF ขนาด A4"),
    ]

    class Meta:
        verbose_name = "จดหมายข่าวฉบับ"
        verbose_name_plural = "จดหมายข่าว"

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น"
        if self.volume and self.number:
            same = NewsletterIssuePage.objects.filter(volume=self.volume, number=self.number)
            if self.pk:
                same = same.exclude(pk=self.pk)
            if same.exists():
                errors["number"] = f"มีจดหมายข่าวปีที่ {self.volume} ฉบับที่ {self.number} อยู่แล้ว"
        if errors:
            raise ValidationError(errors)

    @property
    def issue_label(self):
        return f"ปีที่ {self.volume} ฉบับที่ {self.number}"

    @property
    def date_label(self):
        """``1 พฤศจิกายน 2569``"""
        return thai_date(self.issue_date)

    @property
    def period_label(self):
        if not (self.period_start and self.period_end):
            return ""
        return f"{thai_date(self.period_start)} – {thai_date(self.period_end)}"

    @property
    def be_year(self):
        return be_year(self.issue_date) if self.issue_date else None

    @property
    def pdf_filename(self):
        return f"newsletter-{self.volume}-{self.number}.pdf"

    def get_share_image(self):
        return self.social_image or self.cover_image

    def get_context(self, request, *args, **kwargs):
        from newsletter.listing import issue_items

        context = super().get_context(request, *args, **kwargs)
        context["items"] = issue_items(self, preview=getattr(request, "is_preview", False), request=request)
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The issue as an A4 PDF, from the live items (cached like the page itself)."""
        return self.pdf_response(request)

    def pdf_response(self, request=None, preview=False, inline=False):
        from newsletter.listing import issue_items
        from newsletter.pdf import issue_pdf

        data = issue_pdf(self, issue_items(self, preview=preview, request=request))
        response = HttpResponse(data, content_type="application/pdf")
        disposition = "inline" if inline else "attachment"
        response["Content-Disposition"] = f'{disposition}; filename="{self.pdf_filename}"'
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "pdf":
            return self.pdf_response(request, preview=True, inline=True)
        if mode_name in ("email", "text"):
            from newsletter.mail import mail_parts

            subject, text, html = mail_parts(self, preview=True)
            if mode_name == "text":
                return HttpResponse(f"{subject}\n\n{text}", content_type="text/plain; charset=utf-8")
            return HttpResponse(html)
        return super().serve_preview(request, mode_name)

    def network_mail(self):
        """The network distribution's e-mail of this page (``network.delivery``): templates and context."""
        from newsletter.mail import TEMPLATE, mail_context

        return TEMPLATE, mail_context(self)


class NewsletterItem(Orderable):
    """One news item of an issue, in the order the PR officer gave."""

    page = ParentalKey(NewsletterIssuePage, on_delete=models.CASCADE, related_name="items")
    news = models.ForeignKey(
        "newsroom.NewsPage",
        verbose_name="ข่าว",
        on_delete=models.CASCADE,
        related_name="newsletter_items",
        help_text="ข่าวที่อนุมัติเผยแพร่แล้วเท่านั้น",
    )
    summary = models.TextField(
        "ข้อความย่อ", blank=True, help_text="ว่างไว้เพื่อใช้ความนำของข่าว ถ้าต้องการย่อให้สั้นลงสำหรับจดหมายข่าวให้พิมพ์ที่นี่"
    )

    panels = [PageChooserPanel("news", page_type="newsroom.NewsPage"), FieldPanel("summary")]

    class Meta(Orderable.Meta):
        verbose_name = "ข่าวในจดหมายข่าว"
        verbose_name_plural = "ข่าวในจดหมายข่าว"

    def clean(self):
        super().clean()
        if self.news_id and not self.news.live:
            raise ValidationError({"news": "เลือกได้เฉพาะข่าวที่อนุมัติเผยแพร่บนเว็บไซต์แล้ว"})

    @property
    def text(self):
        return self.summary.strip() or self.news.intro
