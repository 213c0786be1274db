"""Querysets behind the public newsroom pages, each with a fixed number of SQL queries.

Cards need an image rendition and the owning group of every item: renditions are prefetched with
the images, and the group is resolved in Python from one query of all department pages (a site has
about ten), instead of one tree lookup per card.
"""

from itertools import groupby
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page, Site

from caching import sitewide
from home import departments as owner_rule
from home.departments import owned_by_q
from home.models import DepartmentPage, OfficeSettings
from home.pictures import rendition_prefetch
from home.thai_dates import fiscal_year_choices, fiscal_year_of, fiscal_year_period
from newsroom.models import JournalArticle, JournalIssuePage, NewsPage
from newsroom.models.news import NewsPageTag, Product, Stream
from newsroom.pagination import requested_page, seeking_page
from newsroom.time_standards import Kind

NEWS_PER_PAGE = 12
JOURNAL_ISSUES_PER_PAGE = 24
CARD_RENDITION = "fill-640x400"
COVER_RENDITION = "fill-300x424"
FIRST_FISCAL_YEAR = 2560


# What a page's link is made of (its URL from the site's root paths, its type and locale): part of
# every card's columns below.
PAGE_LINK_FIELDS = ("title", "path", "depth", "url_path", "locale", "content_type", "live")

# What a news card, an activity line and the activities page show of a news item
# (templates/newsroom/news_card.html, activities.html, sections/activities.html), and what its
# owning group (``attach_departments``) is made from. A news item has 49 columns: the others (body,
# sources, revisions, search fields...) cost a card their SQL, their decoding and their model
# fields (a section of six cards 2.8 ms → 2.0 ms).
NEWS_CARD_FIELDS = (
    *PAGE_LINK_FIELDS,
    "first_published_at",
    "intro",
    "cover_image",
    "department",
    "stream",
    "product",
    "kind",
    "event_start",
    "event_end",
    "event_location",
)


def with_card_images(queryset, field="cover_image", spec=CARD_RENDITION):
    """The cover image in the same query, and its renditions for ``components/picture.html`` in one more."""
    return queryset.select_related(field).prefetch_related(rendition_prefetch(field, spec))


def news_cards(queryset):
    """News items as the cards and activity lines show them: their card fields and cover images."""
    return with_card_images(queryset.only(*NEWS_CARD_FIELDS))


def site_root_for(page, request=None):
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        return site.root_page
    # The news index lives right under the site's home page.
    return Page(path=page.path[: -Page.steplen], depth=page.depth - 1)


def site_index(request, model, root):
    """The live ``model`` index (news or journal) of the site under ``root``, kept with the
    site-wide parts until it changes: each office links to its own."""
    label = model._meta.label_lower

    def find():
        return model.objects.live().public().descendant_of(root).first()

    index = sitewide.for_request(
        request, f"index:{label}:{root.path}", find, tags=("site", f"listing:{label}")
    )
    return sitewide.share_site_root_paths(request, index)


def site_news(root):
    return NewsPage.objects.live().public().descendant_of(root).order_by("-first_published_at", "-pk")


def attach_departments(pages, request=None):
    """``home.departments.attach_departments`` for the request's site."""
    return owner_rule.attach_departments(pages, request=request)


class NewsFilterForm(forms.Form):
    stream = forms.ChoiceField(label="สายข่าว", required=False, choices=[("", "ทุกสายข่าว"), *Stream.choices])
    product = forms.ChoiceField(
        label="ประเภทผลงาน", required=False, choices=[("", "ทุกประเภท"), *Product.choices]
    )
    group = forms.ChoiceField(label="กลุ่มงาน", required=False)
    year = forms.TypedChoiceField(label="ปีงบประมาณ", required=False, coerce=int, empty_value=None)
    # Tags are matched by name: slugs of Thai words lose their vowel marks and collide.
    tag = forms.CharField(label="แท็ก", required=False, max_length=100, widget=forms.HiddenInput)

    def __init__(self, *args, departments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.departments = {department.slug: department for department in departments}
        self.fields["group"].choices = [("", "ทุกกลุ่มงาน")] + [(d.slug, d.title) for d in departments]
        last = fiscal_year_of(timezone.now())
        self.fields["year"].choices = [("", "ทุกปี"), *fiscal_year_choices(FIRST_FISCAL_YEAR, last)]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = "ไม่มีตัวเลือกนี้ กรุณาเลือกจากรายการ"

    def filter(self, queryset, main_department_id=None):
        data = self.cleaned_data
        if data.get("stream"):
            queryset = queryset.filter(stream=data["stream"])
        if data.get("product"):
            queryset = queryset.filter(product=data["product"])
        if data.get("group"):
            queryset = queryset.filter(owned_by_q(self.departments[data["group"]], main_department_id))
        if data.get("year"):
            queryset = queryset.filter(first_published_at__range=_range(fiscal_year_period(data["year"])))
        if data.get("tag"):
            # A semi-join, not a join: each item once, with no DISTINCT for the page numbering.
            tagged = NewsPageTag.objects.filter(tag__name=data["tag"]).values("content_object_id")
            queryset = queryset.filter(pk__in=tagged)
        return queryset

    def cache_key(self):
        """The filters in a fixed order: one set of page starts per filtered listing."""
        if not (self.is_bound and self.is_valid()):
            return ""
        return urlencode(sorted((name, value) for name, value in self.cleaned_data.items() if value))


def _range(period):
    start, end = period.datetime_range()
    # The range lookup is inclusive; stop a microsecond before the next fiscal year.
    return start, end - timezone.timedelta(microseconds=1)


def paginate(request, queryset, per_page):
    return requested_page(Paginator(queryset, per_page), request)


def paginate_keys(request, queryset, per_page, cache_name):
    """Paginate on primary keys, each page sought from its start (``newsroom.pagination``), then
    load only the page's cards, by key: no query reads a news body it does not show."""
    page_obj = seeking_page(request, queryset.values_list("pk", flat=True), per_page, cache_name)
    ids = list(page_obj.object_list)
    cards = news_cards(queryset.model.objects.filter(pk__in=ids))
    by_id = {card.pk: card for card in cards}
    page_obj.object_list = [by_id[pk] for pk in ids if pk in by_id]
    return page_obj


def news_listing_context(request, index):
    departments = list(DepartmentPage.objects.live().order_by("path").only("id", "slug", "title", "path"))
    form = NewsFilterForm(request.GET or None, departments=departments)
    site = Site.find_for_request(request)
    main_department_id = OfficeSettings.for_request(request).main_department_id if site else None
    root = site_root_for(index, request)
    news = site_news(root)
    if form.is_bound and form.is_valid():
        news = form.filter(news, main_department_id)
    page_obj = paginate_keys(request, news, NEWS_PER_PAGE, f"news-pages:{root.path}:{form.cache_key()}")
    attach_departments(page_obj.object_list, request)
    query = request.GET.copy()
    query.pop("page", None)
    active_tag = form.cleaned_data.get("tag") if form.is_bound and form.is_valid() else ""
    return {
        "filter_form": form,
        "news_page": page_obj,
        "news_items": page_obj.object_list,
        "filter_query": query.urlencode(),
        "active_tag": active_tag,
    }


def related_news(page, limit=4, tag_ids=None):
    """Other live news sharing a tag, or else of the same group: one query (two without ``tag_ids``)."""
    if tag_ids is None:
        tag_ids = list(page.tagged_items.values_list("tag_id", flat=True))
    candidates = NewsPage.objects.live().public().exclude(pk=page.pk)
    q = Q(department_id=page.department_id) if page.department_id else Q()
    parent_path = page.path[: -Page.steplen]
    q |= Q(path__startswith=parent_path, depth=page.depth)
    if tag_ids:
        candidates = candidates.annotate(
            shared=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids))
        )
        candidates = candidates.filter(q | Q(shared__gt=0)).order_by("-shared", "-first_published_at")
    else:
        candidates = candidates.filter(q).order_by("-first_published_at")
    return list(news_cards(candidates)[:limit])


def upcoming_activities(root, limit=None, since=None):
    """Activity announcements whose activity has not ended yet, soonest first."""
    since = since or timezone.now()
    queryset = (
        site_news(root)
        .filter(kind=Kind.ACTIVITY, event_start__isnull=False)
        # Its end, or its start when it has none: the expression of the partial index
        # ``newsroom_news_activity_end``, which reads only the activities not over yet.
        .alias(ends=Coalesce("event_end", "event_start"))
        .filter(ends__gte=since)
        .order_by("event_start", "pk")
    )
    return queryset[:limit] if limit else queryset


# What an issue's cover (the journal's index, the home page's latest issue) shows.
JOURNAL_CARD_FIELDS = (
    *PAGE_LINK_FIELDS,
    "volume",
    "number",
    "period_start",
    "period_end",
    "cover_image",
    "pdf",
)


def journal_issues(index):
    issues = JournalIssuePage.objects.child_of(index).live().public().select_related("pdf")
    issues = issues.only(*JOURNAL_CARD_FIELDS).order_by("-period_start", "-number")
    return with_card_images(issues, spec=COVER_RENDITION)


def journal_years(request, index):
    """One page of issues, grouped by the BE year of their period: ``[(2569, [issue, ...]), ...]``."""
    page_obj = paginate(request, journal_issues(index), JOURNAL_ISSUES_PER_PAGE)
    years = [(year, list(issues)) for year, issues in groupby(page_obj.object_list, key=lambda i: i.be_year)]
    return page_obj, years


def table_of_contents(issue):
    """The articles grouped by column, in the columns' order: ``[(column, [article, ...]), ...]``."""
    articles = (
        JournalArticle.objects.filter(page=issue)
        .select_related("column")
        .order_by("column__sort_order", "column__name", "sort_order", "pk")
    )
    return [(column, list(items)) for column, items in groupby(articles, key=lambda a: a.column)]
