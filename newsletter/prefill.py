"""The prefill helper: the approved news of a date range, appended to an issue in date order."""

from home.thai_dates import Period
from newsletter.models import NewsletterItem
from newsroom.models import NewsPage

# More than a newsletter can hold: the officer narrows the range instead.
MAX_PREFILL = 60


def news_between(start, end):
    """Live news first published from ``start`` to ``end`` (dates, inclusive, Bangkok), oldest first."""
    first, last = Period(start, end, "").datetime_range()
    return (
        NewsPage.objects.live()
        .filter(first_published_at__gte=first, first_published_at__lt=last)
        .order_by("first_published_at", "pk")
    )


def add_news(issue, news):
    """Append ``news`` the issue does not have yet (in memory: the caller saves a revision);
    returns the number added."""
    current = list(issue.items.all())
    taken = {item.news_id for item in current}
    next_order = max((item.sort_order or 0 for item in current), default=-1) + 1
    added = [page for page in news if page.pk not in taken]
    new_items = [NewsletterItem(news=page, sort_order=next_order + n) for n, page in enumerate(added)]
    issue.items = [*current, *new_items]
    return len(added)


def prefill(issue, start, end, user):
    """Add the range's news to the issue's latest draft and save it as a new revision.

    Returns ``(added, too_many)``; nothing is saved when nothing is added or the range holds
    more than ``MAX_PREFILL`` items.
    """
    draft = issue.get_latest_revision_as_object()
    news = list(news_between(start, end)[: MAX_PREFILL + 1])
    if len(news) > MAX_PREFILL:
        return 0, True
    added = add_news(draft, news)
    if added:
        if not draft.period_start and not draft.period_end:
            draft.period_start, draft.period_end = start, end
        draft.save_revision(user=user, changed=True)
    return added, False
