"""What a change makes stale, found through the page tree and Wagtail's reference index.

Public entry points (other apps call these; ``caching.signals`` calls them on every save):

- ``purge_page(page)``: a page was published, unpublished, withdrawn, corrected or deleted.
- ``purge_object(obj)``: a snippet, document, image, setting or other record that pages show changed.
- ``purge_site()``: everything (a page moved, a setting every page shows changed).

Each purges the page cache now and again when the transaction commits (a response rendered from
the old rows before the commit is then never kept), and, with ``wagtail.contrib.frontend_cache``
configured, sends the affected pages' URLs to the reverse proxy or CDN.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, ReferenceIndex

from caching import store

logger = logging.getLogger(__name__)

# Pages at this depth or above are in the main menu (children of a site's home page): their
# titles are on every page.
MENU_DEPTH = 3
# How far a change travels through snippets that reference snippets.
MAX_DEPTH = 2


@dataclass
class Purge:
    tags: set = field(default_factory=set)
    pages: dict = field(default_factory=dict)  # path -> page, for the frontend cache

    def add_page(self, page):
        self.pages.setdefault(page.path, page)

    def run(self):
        tags = frozenset(self.tags)
        pages = list(self.pages.values())
        _purge(tags, pages)
        transaction.on_commit(lambda: _purge(tags, pages))


def _purge(tags, pages):
    store.purge_tags(tags)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None) and pages:
        from wagtail.contrib.frontend_cache.utils import PurgeBatch

        batch = PurgeBatch()
        batch.add_pages(pages)
        batch.purge()


def model_label(model_or_obj):
    return model_or_obj._meta.label_lower


def _ancestor_paths(path):
    return [path[:end] for end in range(Page.steplen, len(path), Page.steplen)]


def _page_change(purge, page, depth=0):
    """Tags a change to ``page`` makes stale: itself and its subtree, the pages above it
    (listings, indexes, the home page), pages that list its kind, pages that link to it or
    that it names (its owning group), and the menu when it is in it."""
    specific_class = page.specific_class or type(page)
    purge.tags.update({f"tree:{page.path}", "listing:*", f"listing:{model_label(specific_class)}"})
    ancestors = _ancestor_paths(page.path)
    purge.tags.update(f"page:{path}" for path in ancestors)
    purge.add_page(page)
    for ancestor in Page.objects.filter(path__in=ancestors, depth__gt=1):
        purge.add_page(ancestor)
    if page.depth <= MENU_DEPTH:
        purge.tags.add("site")
    _references(purge, page, depth)


def _references(purge, obj, depth):
    """Pages that show ``obj``: objects that reference it (a page's chooser or link, a setting's
    logo, a snippet's photo) and the pages it points at (a person's or a news item's group page,
    which lists them)."""
    inbound = _sources(ReferenceIndex.get_references_to(obj).values_list("content_type_id", "object_id"))
    references = ReferenceIndex.get_references_for_object(obj)
    outbound = _sources(references.values_list("to_content_type_id", "to_object_id"))
    for model, ids in inbound.items():
        if issubclass(model, Page):
            for page in Page.objects.filter(pk__in=ids):
                if isinstance(obj, Page) or depth >= MAX_DEPTH:
                    purge.tags.add(f"page:{page.path}")
                    purge.add_page(page)
                else:
                    # An image or document of a page also shows on the cards that list the page.
                    _page_change(purge, page, depth + 1)
        elif issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
            purge.tags.add("site")
        elif depth < MAX_DEPTH:
            for related in model._default_manager.filter(pk__in=ids):
                _object_change(purge, related, depth + 1)
    for model, ids in outbound.items():
        if issubclass(model, Page):
            for page in Page.objects.filter(pk__in=ids):
                purge.tags.add(f"page:{page.path}")
                purge.add_page(page)


def _sources(rows):
    """``{model: [pk, ...]}`` from reference index rows (content type id, object id)."""
    grouped = {}
    for content_type_id, object_id in rows:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            grouped.setdefault(model, []).append(object_id)
    return grouped


def _object_change(purge, obj, depth=0):
    # Pages that list this kind of object, and pages that did not say what they list.
    purge.tags.update({f"listing:{model_label(obj)}", "listing:*"})
    if isinstance(obj, (BaseSiteSetting, BaseGenericSetting)):
        purge.tags.add("site")
        return
    _references(purge, obj, depth)


def purge_page(page):
    """Purge everything that shows ``page`` (call it after publishing, withdrawing, correcting)."""
    purge = Purge()
    _page_change(purge, page)
    purge.run()


def purge_object(obj):
    """Purge every page that shows ``obj`` (a snippet, document, image, setting or record)."""
    purge = Purge()
    _object_change(purge, obj)
    purge.run()


def purge_site():
    """Purge every cached page (a move, a change of what every page shows)."""
    purge = Purge(tags={"site"})
    site_roots = Page.objects.filter(sites_rooted_here__isnull=False)
    for root in site_roots:
        purge.add_page(root)
    purge.run()


def models_of(labels):
    """The models named in a setting (``PAGE_CACHE_PAGE_RECORDS``, ``PAGE_CACHE_PURGE_MODELS``)."""
    return [apps.get_model(label) for label in labels]
