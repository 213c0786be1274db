"""The newsletter's channel in the PR report (``reports.kpis``): news items that went out in it.

An item went out in the month its issue was first published (the issue is live); each news item
counts once however many issues carried it, and only while it is live itself (a withdrawn item
leaves the website's count and this one alike). For one group: the items that group owns.
"""

from django.db.models import Count

from newsletter.models import NewsletterItem
from reports.sql import LocalMonth


def _items(scope):
    from reports.kpis import for_department

    start, end = scope.range
    items = NewsletterItem.objects.filter(
        page__live=True,
        news__live=True,
        page__first_published_at__gte=start,
        page__first_published_at__lt=end,
    )
    return for_department(items, scope, "news")


def newsletter_items(scope):
    """Distinct news items in the live issues that came out in the period."""
    return _items(scope).values("news").distinct().count()


def newsletter_items_by_month(scope):
    """``{first day of the month (local time): items}``."""
    rows = (
        _items(scope)
        .annotate(month=LocalMonth("page__first_published_at"))
        .values("month")
        .annotate(items=Count("news", distinct=True))
        .order_by()
    )
    return {row["month"]: row["items"] for row in rows}
