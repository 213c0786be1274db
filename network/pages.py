"""Which pages the network sends and counts: the news pages of ``newsroom`` once that app has them."""

from django.apps import apps
from wagtail.models import Page


def news_page_model():
    """``newsroom.NewsPage`` when it exists, else None (then any content page qualifies)."""
    try:
        return apps.get_model("newsroom", "NewsPage")
    except LookupError:
        return None


def news_pages():
    """Live pages that count as news items."""
    model = news_page_model()
    if model is not None:
        return model.objects.live()
    # Without the news model: every live content page below the home page.
    return Page.objects.live().filter(depth__gt=2)


def can_distribute(page):
    """A page may go to the network when it is live and (if the news model exists) is news."""
    if not page.live:
        return False
    model = news_page_model()
    return model is None or issubclass(page.specific_class, model)
