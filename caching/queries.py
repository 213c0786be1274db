"""Page queries that cost no extra round trip on public pages.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (one query each time it is
called: five on the home page) and ``Page.get_view_restrictions()`` reads the page's ancestors
before their restrictions. Here both are one SQL condition or one query.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_q(path_field="path"):
    """True for a page in a restricted section: a restriction on the page or on an ancestor."""
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(path_field), 1, Length("page__path"))
    )
    return Q(Exists(restrictions))


class PublicPageQuerySet(PageQuerySet):
    def private_q(self):
        return restricted_q()


class PublicPageManager(PageManager.from_queryset(PublicPageQuerySet)):
    """The manager of every page model of the site (``home.models.BasePage``)."""


def view_restrictions_of(page):
    """``Page.get_view_restrictions()`` in one query: restrictions on the page or its ancestors,
    an alias's taken from the page it copies (as Wagtail does)."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
    ).distinct()
