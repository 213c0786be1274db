"""Which pages the network sends and counts: the newsroom's news pages."""

from newsroom.models import NewsPage


def news_pages():
    """Live pages that count as news items."""
    return NewsPage.objects.live()


def can_distribute(page):
    """A page may go to the network when it is live news."""
    return page.live and issubclass(page.specific_class, NewsPage)
