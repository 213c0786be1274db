"""The newsroom's sections of the home page; each runs a fixed number of queries."""

from django.utils import timezone
from wagtail.models import Site

from home.sections import HomeSection
from newsroom.listing import (
    attach_departments,
    journal_issues,
    site_news,
    upcoming_activities,
    with_card_images,
)
from newsroom.models import JournalIndexPage, NewsIndexPage

HOME_LATEST_NEWS = 6
HOME_FEATURED_NEWS = 3
HOME_ACTIVITIES = 4


def _root(request, home_page):
    site = Site.find_for_request(request)
    return site.root_page if site else home_page


def _news_index(request):
    # Two sections link to it: one query per request.
    if not hasattr(request, "_newsroom_index"):
        request._newsroom_index = NewsIndexPage.objects.live().first()
    return request._newsroom_index


def _featured(root):
    return site_news(root).filter(featured=True)[:HOME_FEATURED_NEWS]


def featured_news(request, home_page):
    items = list(with_card_images(_featured(_root(request, home_page)).select_related("department")))
    if not items:
        return None
    attach_departments(items, request)
    return HomeSection(order=10, template="newsroom/sections/featured_news.html", context={"items": items})


def latest_news(request, home_page):
    root = _root(request, home_page)
    # What the featured section already shows is not repeated (a subquery: no extra round trip).
    latest = site_news(root).exclude(pk__in=_featured(root).values("pk"))
    items = list(with_card_images(latest.select_related("department"))[:HOME_LATEST_NEWS])
    if not items:
        return None
    attach_departments(items, request)
    index = _news_index(request)
    return HomeSection(
        order=20, template="newsroom/sections/latest_news.html", context={"items": items, "index": index}
    )


def activities(request, home_page):
    items = list(upcoming_activities(_root(request, home_page), limit=HOME_ACTIVITIES))
    if not items:
        return None
    index = _news_index(request)
    return HomeSection(
        order=30,
        template="newsroom/sections/activities.html",
        context={"items": items, "index": index, "now": timezone.now()},
    )


def latest_journal_issue(request, home_page):
    index = JournalIndexPage.objects.live().first()
    if index is None:
        return None
    issue = journal_issues(index).first()
    if issue is None:
        return None
    return HomeSection(
        order=40, template="newsroom/sections/latest_journal.html", context={"issue": issue, "index": index}
    )
