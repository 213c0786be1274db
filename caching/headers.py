"""The one rule for the Cache-Control of public responses, and the two ways views apply it.

An anonymous GET of a public page or view gets a response that the page cache (``caching.middleware``)
and a reverse proxy may share: ``public, max-age=0, s-maxage=N, must-revalidate``. Browsers
revalidate every time (a 304 through the ETag costs nothing), so a withdrawn page never lingers in a
reader's browser; shared caches keep it for ``s-maxage`` at most, and the purge
(``caching.invalidation``) reaches them sooner. Everything else is private.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from caching import sitewide

# Cookies that make a response personal: the session (a logged-in user, a page password) and
# Django's message cookie (a "thank you" shown once to one visitor).
PERSONAL_COOKIES = ("messages",)


def is_personal_request(request):
    """True when the response may depend on who asks: a session, a one-time message, not a GET."""
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or any(name in cookies for name in PERSONAL_COOKIES)


def set_public_cache_headers(request, response, *, tags=()):
    """Make ``response`` shareable when it is the same for every anonymous reader, else private.

    ``tags`` name what the response shows (see ``page_tags``); the page cache stores only responses
    marked here. A view that set its own Cache-Control (a form with a CSRF token) keeps it.
    """
    if not response.has_header("Cache-Control"):
        shareable = (
            response.status_code == 200
            and not is_personal_request(request)
            and not response.cookies
            # A CSRF token was put in the page: it belongs to this visitor only.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        )
        if shareable:
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.PUBLIC_PAGE_MAX_AGE,
                must_revalidate=True,
            )
            request.page_cache_tags = {"site", *tags}
        else:
            patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def page_tags(page):
    """The tags of a page's responses: the page, each subtree it sits in, and what it lists.

    ``tree:<path>`` of every ancestor lets a change to a page reach its descendants (breadcrumbs,
    a move); ``listing:<model>`` comes from the page class's ``cache_lists`` (labels of the models
    its template lists beyond its own subtree), and ``listing:*`` when the class does not say.
    """
    tags = {f"page:{page.path}"}
    tags.update(f"tree:{page.path[:end]}" for end in range(Page.steplen, len(page.path) + 1, Page.steplen))
    listed = getattr(page, "cache_lists", None)
    if listed is None:
        tags.add("listing:*")
    else:
        tags.update(f"listing:{label.lower()}" for label in listed)
    return tags


class CachedPageMixin:
    """Public cache headers on every response a page serves, its routes included.

    Put it first in the bases, before ``RoutablePageMixin``: a routable page's ``serve`` calls the
    route's view directly. ``cache_lists``: model labels the page's template lists outside its own
    subtree (``None``, the safe default, means "anything": every page change purges it).
    """

    cache_lists = None

    def get_view_restrictions(self):
        from caching.queries import view_restrictions_of

        return view_restrictions_of(self)

    def serve(self, request, *args, **kwargs):
        sitewide.share_site_root_paths(request, self)
        response = super().serve(request, *args, **kwargs)
        return set_public_cache_headers(request, response, tags=page_tags(self))


def public_cache(view):
    """The same headers (and page cache) for a public function view that lists pages (feeds, sitemap)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        return set_public_cache_headers(request, response, tags={"listing:*"})

    return wrapped


class CachedRoutablePageMixin(RoutablePageMixin):
    """``RoutablePageMixin`` whose routes (feeds, calendars, filtered lists) get the same headers:
    its ``serve`` calls the route's view directly, never ``CachedPageMixin.serve``."""

    def serve(self, request, *args, **kwargs):
        sitewide.share_site_root_paths(request, self)
        response = super().serve(request, *args, **kwargs)
        return set_public_cache_headers(request, response, tags=page_tags(self))
