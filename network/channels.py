"""Counting what went out per channel: the figures of the office's yearly PR report (004).

Every channel counts *items* (distinct pages) in the fiscal year: the website counts live news
first published in the year, e-mail the pages with at least one delivery sent in the year, and
the other channels the officer's channel log; clippings are counted separately.
"""

from django.db.models import Count

from home.thai_dates import fiscal_year_period
from network.models import Channel, ChannelLog, CoverageClipping, Delivery, DeliveryStatus, Release
from network.pages import news_pages


def channel_counts(fiscal_year):
    """``{channel value: number of items}`` for every channel of ``Channel``, zero included."""
    start, end = fiscal_year_period(fiscal_year).datetime_range()
    counts = dict.fromkeys(Channel.values, 0)
    counts[Channel.WEBSITE] = (
        news_pages().filter(first_published_at__gte=start, first_published_at__lt=end).count()
    )
    counts[Channel.EMAIL] = (
        Delivery.objects.filter(status=DeliveryStatus.SENT, sent_at__gte=start, sent_at__lt=end)
        .values("release__page")
        .distinct()
        .count()
    )
    logged = (
        ChannelLog.objects.filter(published_at__gte=start, published_at__lt=end)
        .values("channel")
        .annotate(items=Count("page", distinct=True))
        .order_by()
    )
    for row in logged:
        counts[row["channel"]] = row["items"]
    return counts


def clipping_count(fiscal_year):
    period = fiscal_year_period(fiscal_year)
    return CoverageClipping.objects.filter(
        published_on__gte=period.start, published_on__lte=period.end
    ).count()


def page_summary(page):
    """Everything the network did with one page: channels, clippings and e-mail progress."""
    logs = list(ChannelLog.objects.filter(page=page).select_related("recorded_by").order_by("published_at"))
    clippings = list(CoverageClipping.objects.filter(page=page).select_related("outlet", "scan"))
    release = Release.objects.filter(page=page).first()
    return {
        "logs": logs,
        "channels": sorted({log.get_channel_display() for log in logs}),
        "clippings": clippings,
        "release": release,
        "progress": release.progress() if release else None,
    }
