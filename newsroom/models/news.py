"""News (ข่าวประชาสัมพันธ์) and activity announcements, and the index that lists them at ``/news/``."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from caching.headers import CachedRoutablePageMixin
from home.blocks import BaseStreamBlock
from home.models import BasePage, DepartmentOwnedMixin
from newsroom.time_standards import Kind, deadline_for, meets_time_standard
from publishing.models import DisclosableMixin

__all__ = ["NewsIndexPage", "NewsPage", "NewsPageTag", "NewsAttachment"]


class Stream(models.TextChoices):
    """The three streams of the news plan (003 §2)."""

    POLICY = "policy", "ข่าวนโยบายและผลการดำเนินงาน"
    PROACTIVE = "proactive", "ข่าวเชิงรุก"
    ROYAL = "royal", "ข่าวงานพระราชพิธี"


class Product(models.TextChoices):
    """The PR products of 003 ขอบเขต."""

    PRESS_RELEASE = "press_release", "ข่าวแจก"
    PHOTO = "photo", "ภาพข่าว"
    ARTICLE = "article", "บทความ"
    FEATURE = "feature", "สารคดี"


class NewsIndexPage(CachedRoutablePageMixin, BasePage):
    """``/news/``: every live news page of the site, filters, the RSS feed and the activities calendar."""

    intro = models.TextField("คำนำ", blank=True, help_text="ข้อความสั้นเหนือรายการข่าว")

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.NewsPage"]
    max_count = 1

    template = "pages/news_index_page.html"

    class Meta:
        verbose_name = "หน้ารวมข่าวประชาสัมพันธ์"

    def get_context(self, request, *args, **kwargs):
        from newsroom.listing import news_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing_context(request, self))
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from newsroom.feeds import rss_response

        return rss_response(request, self)

    @path("activities/", name="activities")
    def activities(self, request):
        from newsroom.activities import activities_view

        return activities_view(request, self)

    def fiscal_year_url(self, fiscal_year):
        """The news of one BE fiscal year: the listing's own filter, for links from other apps."""
        return f"{self.url}?{urlencode({'year': fiscal_year})}"

    @property
    def calendar_url(self):
        """``activities.ics`` is served by ``newsroom.urls``: Wagtail's router takes no dots."""
        return f"{self.url}activities.ics"


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("newsroom.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(DisclosableMixin, DepartmentOwnedMixin, BasePage):
    """One news item: a press release, photo news, article or feature, or an activity announcement."""

    stream = models.CharField(
        "สายข่าว",
        max_length=20,
        choices=Stream.choices,
        default=Stream.PROACTIVE,
        help_text="ตามแผนการประชาสัมพันธ์: นโยบาย เชิงรุก หรืองานพระราชพิธี",
    )
    product = models.CharField(
        "ประเภทผลงาน",
        max_length=20,
        choices=Product.choices,
        default=Product.PRESS_RELEASE,
        help_text="ข่าวแจก ภาพข่าว บทความ หรือสารคดี",
    )
    kind = models.CharField(
        "ชนิดข่าวตามมาตรฐานระยะเวลา",
        max_length=20,
        choices=Kind.choices,
        default=Kind.GENERAL,
        help_text=(
            "สรุปผลการประชุม: เผยแพร่ภายใน 3 ชั่วโมงหลังเลิกประชุม · ตรวจราชการ: ภายใน 24 ชั่วโมง · "
            "แถลงข่าว: ภายใน 1 ชั่วโมง · ประกาศกิจกรรม: ล่วงหน้าอย่างน้อย 3 วัน"
        ),
    )
    event_start = models.DateTimeField(
        "วันเวลาเริ่มกิจกรรม", null=True, blank=True, help_text="จำเป็นสำหรับข่าวที่มีมาตรฐานระยะเวลา"
    )
    event_end = models.DateTimeField(
        "วันเวลาสิ้นสุดกิจกรรม", null=True, blank=True, help_text="จำเป็นสำหรับข่าวที่มีมาตรฐานระยะเวลา"
    )
    event_location = models.CharField("สถานที่จัดกิจกรรม", max_length=255, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ภาพหน้าปก",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="แสดงในรายการข่าวและเมื่อแชร์ไปยัง Facebook/LINE",
    )
    cover_alt = models.CharField(
        "คำอธิบายภาพหน้าปก",
        max_length=250,
        blank=True,
        help_text="บรรยายสิ่งที่เห็นในภาพสำหรับผู้พิการทางสายตา",
    )
    intro = models.TextField("ความนำ", blank=True, help_text="สรุปข่าวหนึ่งถึงสองประโยค แสดงในรายการข่าว")
    body = StreamField(BaseStreamBlock(), verbose_name="เนื้อหาข่าว", blank=True)
    sources = models.TextField(
        "แหล่งที่มา", blank=True, help_text="อ้างอิงแหล่งที่มาของข้อความและภาพที่นำมาใช้ บรรทัดละหนึ่งแหล่ง"
    )
    credits = models.CharField("ผู้เขียน/ผู้ถ่ายภาพ", max_length=255, blank=True, help_text="เช่น ข่าว: ... ภาพ: ...")
    photo_consent = models.BooleanField(
        "บุคคลในภาพยินยอมให้เผยแพร่",
        default=False,
        help_text="ยืนยันว่าบุคคลในภาพกิจกรรมอนุญาตให้เผยแพร่ และไม่ใช้เพื่อการค้า (ตามแนวปฏิบัติ 004 ข้อ 2.3)",
    )
    featured = models.BooleanField("ข่าวเด่นบนหน้าแรก", default=False, help_text="แสดงในส่วนข่าวเด่นของหน้าแรก")
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name="แท็ก", blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("stream"), FieldPanel("product")]),
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")]),
                FieldPanel("event_location"),
            ],
            heading="ชนิดข่าวและกำหนดการ",
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt")],
            heading="ภาพหน้าปก",
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("attachments", heading="เอกสารแนบ", label="เอกสารแนบ"),
        MultiFieldPanel(
            [FieldPanel("sources"), FieldPanel("credits"), FieldPanel("photo_consent")],
            heading="แหล่งที่มาและการยินยอม",
        ),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("department"), FieldPanel("featured")], heading="การจัดหมวด"
        ),
    ]
    settings_panels = [*DisclosableMixin.disclosure_panels, *Page.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_documents_text"),
        index.FilterField("stream"),
        index.FilterField("product"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["newsroom.NewsIndexPage", "home.DepartmentPage"]
    subpage_types = []
    cache_lists = ["newsroom.NewsPage"]  # related news (see caching.headers.CachedPageMixin)

    template = "pages/news_page.html"
    # Facebook and LINE show an article (time, section) rather than a website card.
    og_type = "article"

    class Meta:
        verbose_name = "ข่าวประชาสัมพันธ์"
        verbose_name_plural = "ข่าวประชาสัมพันธ์"
        # The home page's featured section reads the few featured items, not every news item, and
        # its activities the ones not over yet, not every activity since the office began.
        indexes = [
            models.Index(
                fields=["featured"], condition=models.Q(featured=True), name="newsroom_news_featured"
            ),
            models.Index(
                Coalesce("event_end", "event_start"),
                condition=models.Q(kind=Kind.ACTIVITY),
                name="newsroom_news_activity_end",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if Kind(self.kind).needs_event_times:
            if not self.event_start:
                errors["event_start"] = "ข่าวชนิดนี้ต้องระบุวันเวลาเริ่มกิจกรรม เพื่อวัดมาตรฐานระยะเวลา"
            if not self.event_end:
                errors["event_end"] = "ข่าวชนิดนี้ต้องระบุวันเวลาสิ้นสุดกิจกรรม เพื่อวัดมาตรฐานระยะเวลา"
        if self.event_start and self.event_end and self.event_end < self.event_start:
            errors["event_end"] = "วันเวลาสิ้นสุดต้องไม่ก่อนวันเวลาเริ่มกิจกรรม"
        if self.cover_image_id and not self.cover_alt.strip():
            errors["cover_alt"] = "กรุณาบรรยายภาพหน้าปกสำหรับผู้พิการทางสายตา"
        if self.has_photos and not self.photo_consent:
            errors["photo_consent"] = "ข่าวที่มีภาพต้องยืนยันว่าบุคคลในภาพยินยอมให้เผยแพร่ก่อน"
        if errors:
            raise ValidationError(errors)

    @property
    def has_photos(self):
        """Cover, single images or galleries: anything that may show people (004 §2.3)."""
        if self.cover_image_id:
            return True
        return any(block.block_type in ("image", "gallery") for block in self.body)

    @property
    def time_standard_deadline(self):
        return deadline_for(self.kind, self.event_start, self.event_end)

    @property
    def meets_time_standard(self):
        """True/False for kinds with a standard, ``None`` for general news or when not yet published."""
        return meets_time_standard(self.kind, self.event_start, self.event_end, self.first_published_at)

    def get_share_image(self):
        return self.social_image or self.cover_image

    @property
    def share_description(self):
        return self.social_text or self.search_description or self.intro

    @cached_property
    def owning_department(self):
        from home.departments import department_for_page

        return department_for_page(self)

    def get_context(self, request, *args, **kwargs):
        from newsroom.listing import attach_departments, related_news, site_index, site_root_for

        context = super().get_context(request, *args, **kwargs)
        tags = list(self.tags.all())
        related = related_news(self, tag_ids=[tag.pk for tag in tags])
        # The page and its related cards find their group in one list (cached between changes).
        attach_departments([self, *related], request)
        context["department"] = self.owning_group
        context["tags"] = tags
        context["related_news"] = related
        context["attachments"] = self.attachments.select_related("document").all()
        context["source_lines"] = [line.strip() for line in self.sources.splitlines() if line.strip()]
        # Routed under /news/, the index is the parent Wagtail already loaded.
        parent = getattr(self, "_cached_parent_obj", None)
        context["news_index"] = (
            parent
            if isinstance(parent, NewsIndexPage) and parent.live
            else site_index(request, NewsIndexPage, site_root_for(self, request))
        )
        return context


class NewsAttachment(Orderable):
    """A document attached to a news item (an order, an invitation, a result sheet)."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="เอกสาร", on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField("ชื่อที่แสดง", max_length=255, blank=True, help_text="ว่างไว้เพื่อใช้ชื่อเอกสาร")

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = "เอกสารแนบ"
        verbose_name_plural = "เอกสารแนบ"

    @property
    def display_title(self):
        return self.title or self.document.title
