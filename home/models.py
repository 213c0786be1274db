"""The site skeleton: the base page, the home page, the internal groups and the office settings."""

from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from caching.headers import CachedPageMixin
from caching.queries import PublicPageManager
from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, LinkBlock
from home.pictures import TRANSPARENT_FORMATS, picture_specs, rendition_prefetch
from publishing.models.disclosure import DisclosableMixin
from publishing.withdrawals import WithdrawablePageMixin

# The rendition of a person's photo on the group pages (templates/pages/department_page.html).
PERSON_PHOTO_FILTER = "fill-160x200"


class BasePage(CachedPageMixin, WithdrawablePageMixin, Page):
    """Every public page: social sharing fields and cacheable anonymous responses (``caching``); a
    withdrawn page answers 410 with its explanation (``publishing.withdrawals``)."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ภาพสำหรับแชร์",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ภาพที่ Facebook และ LINE แสดงเมื่อมีผู้แชร์หน้านี้ (แนะนำ 1200×630 พิกเซล)",
    )
    social_text = models.CharField(
        "ข้อความสำหรับแชร์",
        max_length=255,
        blank=True,
        help_text="คำอธิบายสั้นเมื่อแชร์ ว่างไว้เพื่อใช้คำอธิบายสำหรับการค้นหา",
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], heading="การแชร์บนสื่อสังคม"),
    ]

    # ``.public()`` as one SQL condition, not a query of every view restriction first.
    objects = PublicPageManager()

    class Meta:
        abstract = True

    @property
    def display_date(self):
        """The date the public sees: first publication, or the scheduled go-live."""
        return self.first_published_at or self.go_live_at or self.latest_revision_created_at

    @property
    def share_description(self):
        return self.social_text or self.search_description

    def get_share_image(self):
        return self.social_image

    def search_documents_text(self):
        """Titles and text of the documents this page publishes, for the site search (``search`` app)."""
        from search.documents import text_of_page_documents

        return text_of_page_documents(self)


class HomePage(BasePage):
    """The front page of the office site. Each app adds its own section (see ``home.sections``)."""

    intro = models.CharField(
        "ข้อความต้อนรับ",
        max_length=300,
        blank=True,
        help_text="ข้อความสั้นใต้ชื่อสำนักงานบนหน้าแรก",
    )
    quick_links = StreamField(
        [("link", LinkBlock())],
        verbose_name="บริการออนไลน์ (E-Service)",
        blank=True,
        help_text="ลิงก์ด่วนไปยังระบบงานของสำนักงาน เช่น My Office, E-money, E-Supervision, E-office",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("quick_links"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    template = "pages/home_page.html"

    class Meta:
        verbose_name = "หน้าแรก"

    def get_context(self, request, *args, **kwargs):
        from home.sections import home_sections

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(request, self)
        return context


class DepartmentIndexPage(BasePage):
    """``/groups/``: the office's internal groups (กลุ่ม)."""

    intro = RichTextField("คำนำ", features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.DepartmentPage"]
    max_count = 1

    template = "pages/department_index_page.html"

    class Meta:
        verbose_name = "หน้ารวมกลุ่มงาน"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["departments"] = DepartmentPage.objects.child_of(self).live().public().order_by("path")
        return context


class DepartmentPage(BasePage):
    """One internal group (กลุ่ม). Its news, documents and people live under it, so Wagtail's
    tree permissions give each group its own room."""

    short_name = models.CharField("ชื่อย่อ", max_length=60, blank=True, help_text="เช่น กลุ่มอำนวยการ → อก.")
    intro = models.TextField("ภารกิจโดยย่อ", blank=True, help_text="สรุปภารกิจของกลุ่มในหนึ่งถึงสองประโยค")
    body = StreamField(BaseStreamBlock(), verbose_name="เนื้อหา", blank=True)
    phone = models.CharField("โทรศัพท์", max_length=60, blank=True)
    email = models.EmailField("อีเมล", blank=True)
    editors_group = models.ForeignKey(
        "auth.Group",
        verbose_name="กลุ่มผู้ใช้ของเจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ผู้ใช้ในกลุ่มนี้เขียนและส่งเนื้อหาของกลุ่มงานนี้ได้",
    )
    directors_group = models.ForeignKey(
        "auth.Group",
        verbose_name="กลุ่มผู้ใช้ของผู้อำนวยการกลุ่ม",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ผู้ใช้ในกลุ่มนี้ตรวจสอบเนื้อหาของกลุ่มงานก่อนเสนอผู้อำนวยการ สพท.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("short_name"), FieldPanel("intro"), FieldPanel("body")],
            heading="ข้อมูลกลุ่มงาน",
        ),
        MultiFieldPanel([FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])], heading="การติดต่อ"),
        MultiFieldPanel(
            [FieldPanel("editors_group"), FieldPanel("directors_group")],
            heading="ผู้รับผิดชอบ",
            permission="superuser",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("search_documents_text"),
    ]

    parent_page_types = ["home.DepartmentIndexPage"]
    subpage_types = ["home.StandardPage", "newsroom.NewsPage"]
    # Its people and the news it owns name it (reference index): no listing tag needed.
    cache_lists = ()

    template = "pages/department_page.html"

    class Meta:
        verbose_name = "หน้ากลุ่มงาน"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Photos with the people and their renditions (components/picture.html) in one more query,
        # however many people the group has.
        context["people"] = (
            Person.objects.filter(department=self)
            .select_related("photo")
            .prefetch_related(rendition_prefetch("photo", PERSON_PHOTO_FILTER))
            .order_by("sort_order", "id")
        )
        context["children"] = self.get_children().live().public().specific().order_by("path")[:50]
        return context


class DepartmentOwnedMixin(models.Model):
    """Content that belongs to an internal group even when it lives outside the group's pages."""

    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงานเจ้าของเรื่อง",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ว่างไว้เพื่อใช้กลุ่มงานตามตำแหน่งของหน้าในผังเว็บไซต์",
    )

    class Meta:
        abstract = True


class StandardPage(DisclosableMixin, BasePage):
    """About pages: structure, executives, contact, privacy notice."""

    intro = models.TextField("คำนำ", blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name="เนื้อหา", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [*DisclosableMixin.disclosure_panels, *Page.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_documents_text"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage", "home.DepartmentPage"]
    subpage_types = ["home.StandardPage"]
    cache_lists = ()  # shows only itself (see caching.headers.CachedPageMixin)

    template = "pages/standard_page.html"

    class Meta:
        verbose_name = "หน้าเนื้อหาทั่วไป"


class Person(index.Indexed, models.Model):
    """A person in the office's directory: executives and group staff shown to the public."""

    name_prefix = models.CharField("คำนำหน้าชื่อ", max_length=40, blank=True)
    first_name = models.CharField("ชื่อ", max_length=120)
    last_name = models.CharField("นามสกุล", max_length=120)
    position = models.CharField("ตำแหน่ง", max_length=200)
    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงาน",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    is_executive = models.BooleanField(
        "เป็นผู้บริหาร", default=False, help_text="ผู้อำนวยการและรองผู้อำนวยการ แสดงในหน้าข้อมูลผู้บริหาร"
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ภาพถ่าย",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField("โทรศัพท์ที่ทำงาน", max_length=60, blank=True)
    email = models.EmailField("อีเมลที่ทำงาน", blank=True)
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=100)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name_prefix"), FieldPanel("first_name"), FieldPanel("last_name")]),
                FieldPanel("position"),
                FieldPanel("department"),
                FieldPanel("is_executive"),
                FieldPanel("photo"),
            ],
            heading="บุคลากร",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]), FieldPanel("sort_order")],
            heading="การติดต่อ (เผยแพร่ต่อสาธารณะ)",
        ),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.SearchField("position"),
        index.AutocompleteField("first_name"),
    ]

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = "บุคลากร"
        verbose_name_plural = "ทำเนียบบุคลากร"

    def __str__(self):
        return self.full_name

    def _full_name(self):
        return f"{self.name_prefix}{self.first_name} {self.last_name}".strip()

    # The column heading of the admin listing (list_display reads short_description).
    _full_name.short_description = "ชื่อ-นามสกุล"
    full_name = property(_full_name)


@register_setting(icon="site")
class OfficeSettings(BaseSiteSetting):
    """Who the office is and how to reach it: header, footer, contact pages and documents."""

    office_name = models.CharField(
        "ชื่อสำนักงาน",
        max_length=200,
        default="สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
        help_text="เช่น สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2",
    )
    short_name = models.CharField("ชื่อย่อ", max_length=60, blank=True, help_text="เช่น สพป.พัทลุง เขต 2")
    address = models.TextField("ที่อยู่", blank=True)
    phone = models.CharField("โทรศัพท์", max_length=80, blank=True)
    fax = models.CharField("โทรสาร", max_length=80, blank=True)
    email = models.EmailField("อีเมล", blank=True)
    facebook_url = models.URLField("เพจ Facebook", blank=True)
    line_url = models.URLField("LINE Official Account", blank=True)
    map_url = models.URLField("ลิงก์แผนที่", blank=True, help_text="เช่น ลิงก์ Google Maps ของสำนักงาน")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ตราสัญลักษณ์",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงานประชาสัมพันธ์",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="กลุ่มงานเจ้าของเนื้อหาที่ไม่ได้อยู่ใต้หน้ากลุ่มงานใด (ปกติคือกลุ่มอำนวยการ)",
    )
    footer_links = StreamField([("link", LinkBlock())], verbose_name="ลิงก์ท้ายเว็บไซต์", blank=True)

    # The header shows the logo on every page: read with the settings, in the same query.
    select_related = ["logo"]
    # Its renditions there (templates/navigation/header.html) and as the share image of pages
    # without their own (templates/components/meta_tags.html).
    logo_spec = "height-64"
    LOGO_RENDITIONS = (*picture_specs(logo_spec, TRANSPARENT_FORMATS), "fill-1200x630")

    panels = [
        MultiFieldPanel(
            [FieldPanel("office_name"), FieldPanel("short_name"), FieldPanel("logo")],
            heading="สำนักงาน",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                FieldPanel("email"),
                FieldPanel("map_url"),
            ],
            heading="การติดต่อ",
        ),
        MultiFieldPanel([FieldPanel("facebook_url"), FieldPanel("line_url")], heading="สื่อสังคมออนไลน์"),
        FieldPanel("main_department"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = "ข้อมูลสำนักงาน"

    @cached_property
    def display_name(self):
        return self.short_name or self.office_name

    def prepare_for_cache(self):
        """Before the settings are kept with the site (``caching.sitewide``): the logo carries the
        renditions the page chrome shows, made if missing, so no page render looks one up."""
        if self.logo:
            self.logo.prefetched_renditions = list(self.logo.get_renditions(*self.LOGO_RENDITIONS).values())
