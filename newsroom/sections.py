"""The newsroom's sections of the home page; each runs a fixed number of queries."""

from django.utils import timezone
from wagtail.models import Site

from home.sections import HomeSection
from newsroom.listing import (
    NEWS_CARD_FIELDS,
    attach_departments,
    journal_issues,
    news_cards,
    site_index,
    site_news,
    upcoming_activities,
)
from newsroom.models import JournalIndexPage, NewsIndexPage

HOME_LATEST_NEWS = 6
HOME_FEATURED_NEWS = 3
HOME_ACTIVITIES = 4


def _root(request, home_page):
    site = Site.find_for_request(request)
    return site.root_page if site else home_page


def _featured(request, root):
    # Both sections need them: one query per request, and the latest news exclude them by key.
    if not hasattr(request, "_newsroom_featured"):
        featured = site_news(root).filter(featured=True)[:HOME_FEATURED_NEWS]
        request._newsroom_featured = list(news_cards(featured))
    return request._newsroom_featured


def featured_news(request, home_page):
    items = _featured(request, _root(request, home_page))
    if not items:
        return None
    attach_departments(items, request)
    return HomeSection(order=10, template="newsroom/sections/featured_news.html", context={"items": items})


def latest_news(request, home_page):
    root = _root(request, home_page)
    # What the featured section already shows is not repeated.
    latest = site_news(root).exclude(pk__in=[item.pk for item in _featured(request, root)])
    items = list(news_cards(latest)[:HOME_LATEST_NEWS])
    if not items:
        return None
    attach_departments(items, request)
    index = site_index(request, NewsIndexPage, _root(request, home_page))
    return HomeSection(
        order=20, template="newsroom/sections/latest_news.html", context={"items": items, "index": index}
    )


def activities(request, home_page):
    items = list(
        upcoming_activities(_root(request, home_page), limit=HOME_ACTIVITIES).only(*NEWS_CARD_FIELDS)
    )
    if not items:
        return None
    index = site_index(request, NewsIndexPage, _root(request, home_page))
    return HomeSection(
        order=30,
        template="newsroom/sections/activities.html",
        context={"items": items, "index": index, "now": timezone.now()},
    )


def latest_journal_issue(request, home_page):
    index = site_index(request, JournalIndexPage, _root(request, home_page))
    if index is None:
        return None
    issue = journal_issues(index).first()
    if issue is None:
        return None
    return HomeSection(
        order=40, template="newsroom/sections/latest_journal.html", context={"issue": issue, "index": index}
    )
