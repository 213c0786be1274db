"""Numbered pages of the news listing that seek to their first item instead of skipping to it.

``/news/?page=400`` with OFFSET makes the database walk the 4,788 items before the page on every
cold render. Here one query numbers the items and keeps the key ``(first_published_at, id)`` of the
first item of every page (834 keys for 10,000 news) and the total; that list is cached with the
site-wide parts (``caching.sitewide``) until a news item changes, and every page then reads its twelve
keys from its start by the date index (keyset pagination), whatever its number. The URLs keep
their page numbers, so links, the cache of whole pages and the pagination bar stay as they are.
"""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q, Window
from django.db.models.functions import Mod, RowNumber

from caching import sitewide


@dataclass(frozen=True)
class PageStarts:
    count: int
    # (first_published_at, pk) of the first item of each page; empty when some item has no date,
    # which no date order can seek past the same way on every database: then pages skip (OFFSET).
    starts: tuple


def page_starts(keys, per_page):
    """The ``PageStarts`` of ``keys`` (a queryset ordered newest first), in one query."""
    order = (F("first_published_at").desc(), F("pk").desc())
    rows = list(
        keys.order_by()
        .annotate(
            position=Window(RowNumber(), order_by=order),
            total=Window(Count("pk")),
            # COUNT of a column leaves out NULLs: fewer than the total means an undated item.
            dated=Window(Count("first_published_at")),
        )
        .annotate(place=Mod(F("position") - 1, per_page))
        .filter(place=0)
        .values_list("position", "total", "dated", "first_published_at", "pk")
    )
    if not rows:
        return PageStarts(0, ())
    rows.sort()
    _, total, dated, _, _ = rows[0]
    starts = tuple((date, pk) for _, _, _, date, pk in rows) if dated == total else ()
    return PageStarts(total, starts)


class SeekingPaginator(Paginator):
    """Django's paginator (numbers, elided range, ``EmptyPage``) whose pages read ``per_page`` keys
    from the cached start of the page instead of an OFFSET."""

    def __init__(self, keys, per_page, starts):
        super().__init__(keys, per_page)
        self.starts = starts.starts
        self.count = starts.count

    def page(self, number):
        number = self.validate_number(number)
        keys = self.object_list
        if number > 1 and self.starts:
            date, pk = self.starts[number - 1]
            # "At or before the start" as a range on the date (the index) less the same-date items
            # above it: an OR of the two halves would keep SQLite off the index.
            keys = keys.filter(Q(first_published_at__lte=date) & ~Q(first_published_at=date, pk__gt=pk))
        elif number > 1:
            keys = keys[(number - 1) * self.per_page :]
        return self._get_page(list(keys[: self.per_page]), number, self)


def seeking_page(request, keys, per_page, cache_name):
    """The requested page of ``keys`` (a ``values_list("pk", flat=True)`` queryset, newest first);
    page starts are kept under ``cache_name`` for anonymous visitors until a news item changes."""
    starts = sitewide.for_request(
        request,
        cache_name,
        lambda: page_starts(keys, per_page),
        tags=("site", "listing:newsroom.newspage"),
    )
    return requested_page(SeekingPaginator(keys, per_page, starts), request)


def requested_page(paginator, request):
    """The page ``?page=`` asks for: the first for anything but a number, the last past the end."""
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
