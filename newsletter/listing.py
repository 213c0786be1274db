"""What the public pages, the PDF and the e-mail read of an issue, in a fixed number of queries."""

from itertools import groupby

from django.db.models import Count, Prefetch, Q
from wagtail.images import get_image_model

from home.departments import attach_departments
from home.pictures import picture_specs
from newsletter.models import NewsletterIssuePage, NewsletterItem
from newsroom.listing import CARD_RENDITION, COVER_RENDITION, paginate, with_card_images

ISSUES_PER_PAGE = 24
# E-mail clients and the PDF get JPEG whatever the upload was (WebP is not read everywhere).
MAIL_RENDITION = "fill-640x400|format-jpeg"
# The web page's <picture> formats and the mail's JPEG.
ITEM_RENDITIONS = (*picture_specs(CARD_RENDITION), MAIL_RENDITION)


def issues(index):
    """Live issues of the archive, newest first, with their cover renditions and item counts."""
    queryset = (
        NewsletterIssuePage.objects.child_of(index)
        .live()
        .public()
        .annotate(item_count=Count("items", filter=Q(items__news__live=True)))
        .order_by("-issue_date", "-volume", "-number")
    )
    return with_card_images(queryset, spec=COVER_RENDITION)


def issue_years(request, index):
    """One page of issues grouped by the BE year they came out: ``(page_obj, [(2569, [issue, ...])])``."""
    page_obj = paginate(request, issues(index), ISSUES_PER_PAGE)
    years = [(year, list(group)) for year, group in groupby(page_obj.object_list, key=lambda i: i.be_year)]
    return page_obj, years


def issue_items(issue, preview=False, request=None):
    """The issue's items in their order, each ``item.news`` with ``owning_group`` set.

    Published issues read the database (live news only: a withdrawn item leaves every issue); a
    preview reads the items of the form being edited, which are not saved yet.
    """
    if preview:
        items = [item for item in issue.items.all() if item.news_id]
        items.sort(key=lambda item: (item.sort_order is None, item.sort_order or 0))
    else:
        images = get_image_model().objects.prefetch_renditions(*ITEM_RENDITIONS)
        items = list(
            NewsletterItem.objects.filter(page=issue, news__live=True)
            .select_related("news")
            .prefetch_related(Prefetch("news__cover_image", queryset=images))
            .order_by("sort_order", "pk")
        )
    attach_departments([item.news for item in items], request=request)
    return items


def cover_of(issue, items):
    """The issue's cover image, else the first item's cover; ``None`` when neither has one."""
    if issue.cover_image_id:
        return issue.cover_image
    return next((item.news.cover_image for item in items if item.news.cover_image_id), None)
