"""Connect the purge (``caching.invalidation``) to Wagtail's and Django's signals.

One receiver per signal for every model: the kind of a model (page, page record, shown object or
nothing) is decided once per class, after the snippets have registered.
"""

from functools import cache

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import AbstractRendition
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from caching import invalidation

# Fields Wagtail saves on a page for a draft, a lock or a workflow: the public sees none of them.
DRAFT_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)

PAGE, RECORD, OBJECT = "page", "record", "object"


@cache
def model_kind(model):
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return PAGE
    if model._meta.app_label in settings.PAGE_CACHE_IGNORED_APPS:
        return None
    if issubclass(model, AbstractRendition):
        return None
    if model in invalidation.models_of(settings.PAGE_CACHE_PAGE_RECORDS):
        return RECORD
    shown = (
        issubclass(model, (BaseSiteSetting, BaseGenericSetting))
        or model in (get_document_model(), get_image_model())
        or model in get_snippet_models()
        or model in invalidation.models_of(settings.PAGE_CACHE_PURGE_MODELS)
    )
    return OBJECT if shown else None


def changed(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not settings.PAGE_CACHE_ENABLED:
        return
    kind = model_kind(sender)
    if kind == PAGE:
        # A live page saved outside the publish action (a script, the demo loader) counts too;
        # a draft, a lock or an unpublished page shows nothing new.
        if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
            invalidation.purge_page(instance)
    elif kind == RECORD:
        if instance.page_id:
            invalidation.purge_page(instance.page)
    elif kind == OBJECT:
        invalidation.purge_object(instance)


def deleted(sender, instance, **kwargs):
    # Before the row goes: its place in the tree and the references to it are still there.
    if not settings.PAGE_CACHE_ENABLED:
        return
    kind = model_kind(sender)
    if kind == PAGE:
        if instance.live:
            invalidation.purge_page(instance)
    elif kind == RECORD:
        if instance.page_id:
            invalidation.purge_page(instance.page)
    elif kind == OBJECT:
        invalidation.purge_object(instance)


def page_event(sender, instance, **kwargs):
    if settings.PAGE_CACHE_ENABLED:
        invalidation.purge_page(instance)


def page_moved(sender, instance, **kwargs):
    # Every URL under the page changed, and so did the menus and breadcrumbs that name them.
    if settings.PAGE_CACHE_ENABLED:
        invalidation.purge_site()


def site_changed(sender, instance, raw=False, **kwargs):
    # A site's host or root page, or a restricted section: routing and every listing change.
    if not raw and settings.PAGE_CACHE_ENABLED:
        invalidation.purge_site()


def connect():
    post_save.connect(changed, dispatch_uid="caching_changed")
    pre_delete.connect(deleted, dispatch_uid="caching_deleted")
    page_published.connect(page_event, dispatch_uid="caching_page_published")
    page_unpublished.connect(page_event, dispatch_uid="caching_page_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="caching_page_moved")
    for model in (Site, PageViewRestriction):
        post_save.connect(site_changed, sender=model, dispatch_uid=f"caching_site_saved_{model.__name__}")
        post_delete.connect(site_changed, sender=model, dispatch_uid=f"caching_site_deleted_{model.__name__}")
    # A wrong label fails at start-up, not at the first save.
    invalidation.models_of([*settings.PAGE_CACHE_PAGE_RECORDS, *settings.PAGE_CACHE_PURGE_MODELS])
