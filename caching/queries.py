"""Page queries that cost no extra round trip on public pages.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (one query each time it is
called: five on the home page) and ``Page.get_view_restrictions()`` reads the page's ancestors
before their restrictions. Here both are one SQL condition or one query.

An anonymous request also knows the restricted sections from ``caching.sitewide`` (renewed by the
purge that every restriction change, page move or site change runs): within
``restrictions_known(paths)`` ``public()`` excludes those sections by path, and adds no condition
at all when nothing is restricted. The SQL condition costs a correlated subquery per row, 2-4 ms
on a listing of 10,000 news items (SQLite), and it is what the query planner trips over.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_q(path_field="path"):
    """True for a page in a restricted section: a restriction on the page or on an ancestor."""
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(path_field), 1, Length("page__path"))
    )
    return Q(Exists(restrictions))


_known_restricted_paths = ContextVar("known_restricted_paths", default=None)


def restricted_paths():
    """The path of every page that carries a view restriction (a site has a handful at most)."""
    return tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))))


@contextmanager
def restrictions_known(paths):
    """Queries inside use ``paths`` as the restricted sections (``None``: ask the database)."""
    token = _known_restricted_paths.set(None if paths is None else tuple(paths))
    try:
        yield
    finally:
        _known_restricted_paths.reset(token)


class PublicPageQuerySet(PageQuerySet):
    def child_of_q(self, other):
        # Wagtail matches descendants with ``path LIKE 'p%'``, which SQLite never answers from an
        # index: every list of a section's children (the journal's issues) read all 10,000 news rows
        # (1.5-2 ms each). Children's paths lie in one range of the path index, the one treebeard's
        # own ``get_children`` reads. Only here: for a whole site (``descendant_of``) a range would
        # take the place of the date index in the query plan (measured: slower).
        return super().child_of_q(other) & Q(path__range=Page._get_children_path_interval(other.path))

    def private_q(self):
        paths = _known_restricted_paths.get()
        if paths is None:
            return restricted_q()
        q = Q()
        for path in paths:
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])

    def public(self):
        if _known_restricted_paths.get() == ():
            return self.all()
        return super().public()


class PublicPageManager(PageManager.from_queryset(PublicPageQuerySet)):
    """The manager of every page model of the site (``home.models.BasePage``)."""


def view_restrictions_of(page):
    """``Page.get_view_restrictions()`` in one query: restrictions on the page or its ancestors,
    an alias's taken from the page it copies (as Wagtail does)."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
    ).distinct()
