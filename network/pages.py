"""Which pages the network sends and counts: the newsroom's news pages."""


def news_page_model():
    """The page model whose items go to the network (one seam, so tests can send any page)."""
    from newsroom.models import NewsPage

    return NewsPage


def news_pages():
    """Live pages that count as news items."""
    return news_page_model().objects.live()


def can_distribute(page):
    """A page may go to the network when it is live news."""
    return page.live and issubclass(page.specific_class, news_page_model())
