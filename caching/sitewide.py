"""What every public page reads about its site, kept across requests: the ``Site`` with its root
page, its root paths (page URLs), the restricted sections, the site settings and the main menu.

Without it each page render looks up the site by host name, loads the home page to route from,
reads the office settings (and their logo) and builds the menu: five to eight queries before the
page's own content. Here they are cached in the page cache's store, under a key made of the tokens
of the ``site`` tag, which the purge (``caching.invalidation``) renews whenever something they
show changes: a page of the main menu or the root page, a setting, a ``Site``, a view
restriction. The tokens are read before the database, so a snapshot built while a purge runs is
stored under tokens that are already dead and is never read.

Only anonymous requests use it (``caching.middleware``): editors in the admin always read the rows.
"""

from django.conf import settings
from wagtail.models import Site

from caching import release, store
from caching.queries import restricted_paths

SITE_TAGS = ("site",)


def _key(request, name, tokens):
    # The release is part of every key: new code never reads a snapshot the old one pickled.
    parts = [release.fingerprint(), request.get_host(), name, *(tokens[tag] for tag in sorted(tokens))]
    return "sitewide:" + store.digest("|".join(parts))


def remember(request, name, build, tags=SITE_TAGS):
    """``build()``'s value for the request's host, cached until one of ``tags`` is purged."""
    tokens = _tokens_of_request(request, tags)
    key = _key(request, name, tokens)
    values = request.__dict__.setdefault("_sitewide_values", {})
    if key in values:
        return values[key]
    cache = store.pages_cache()
    value = cache.get(key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, settings.PAGE_CACHE_TIMEOUT)
    values[key] = value
    return value


def _tokens_of_request(request, tags):
    # Read once per request: every snapshot of one page is keyed by the tokens seen at its start.
    memo = request.__dict__.setdefault("_sitewide_tokens", {})
    if tags not in memo:
        memo[tags] = store.tokens_for_saving(tags)
    return memo[tags]


def site_settings_models():
    from caching.invalidation import models_of

    return models_of(settings.PAGE_CACHE_SITE_SETTINGS)


def _snapshot(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    # Routing starts from the specific root page (``Page.route_for_request``); with it here the
    # home page costs no query and every other page one level less.
    site.root_page = site.root_page.specific
    return {
        "site": site,
        # Every page URL needs them; Wagtail reads them from the default cache (Redis in production)
        # once per page object that is not given the request: 27 round trips on the ITA table.
        "root_paths": Site.get_site_root_paths(),
        # Listings exclude them without a subquery per row (``caching.queries.restrictions_known``).
        "restricted_paths": restricted_paths(),
        "settings": {
            model.get_cache_attr_name(): _kept(model.for_site(site)) for model in site_settings_models()
        },
    }


def _kept(setting):
    # A setting may load what every page shows of it before it is pickled (OfficeSettings: the logo's renditions).
    prepare = getattr(setting, "prepare_for_cache", None)
    if prepare is not None:
        prepare()
    return setting


def attach(request):
    """Put the cached site and site settings where Wagtail looks for them on the request."""
    snapshot = remember(request, "site", lambda: _snapshot(request))
    if snapshot is None:
        return
    request._wagtail_site = snapshot["site"]
    request._wagtail_cached_site_root_paths = snapshot["root_paths"]
    request.restricted_paths = snapshot["restricted_paths"]
    for attr_name, instance in snapshot["settings"].items():
        instance._request = request
        setattr(request, attr_name, instance)
    request.sitewide_cache = True


def share_site_root_paths(request, page):
    """``page.url`` without the request (a template's ``{{ page.url }}``, a canonical link) uses the
    site root paths ``attach`` put on the request, not a cache round trip of its own."""
    root_paths = getattr(request, "_wagtail_cached_site_root_paths", None)
    if page is not None and root_paths is not None:
        page._wagtail_cached_site_root_paths = root_paths
    return page


def for_request(request, name, build, tags=SITE_TAGS):
    """``remember`` for anonymous requests that ``attach`` prepared; a plain ``build()`` otherwise."""
    if request is not None and getattr(request, "sitewide_cache", False):
        return remember(request, name, build, tags)
    return build()
