"""Which pages the network sends and counts: the newsroom's news pages."""

from newsroom.models import NewsPage


def news_pages():
    """Live pages that count as news items."""
    return NewsPage.objects.live()


def can_distribute(page):
    """A page may go to the network when it is live news, or a live page with its own e-mail
    (``network_mail``, see ``network.delivery.mail_of``: the newsletter's issues)."""
    page_class = page.specific_class
    if not page.live or page_class is None:
        return False
    return issubclass(page_class, NewsPage) or hasattr(page_class, "network_mail")
