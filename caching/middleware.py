"""Serve anonymous GETs of public pages from the page cache, before sessions, auth and the database.

Placed after ``ConditionalGetMiddleware`` (which answers 304 from the stored ETag/Last-Modified)
and before ``SessionMiddleware``. On a miss, the site, its settings, menu and restricted sections
come from ``caching.sitewide``. Only responses that ``caching.headers.set_public_cache_headers``
marked shareable are stored, with the tags it gave them.
"""

from django.conf import settings
from django.utils.cache import set_response_etag
from django.utils.http import http_date

from caching import sitewide, store
from caching.headers import is_personal_request
from caching.queries import restrictions_known

CACHE_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or is_personal_request(request):
            return self.get_response(request)
        if not settings.PAGE_CACHE_SERVE:
            # Every request renders as on a miss (the benchmark's cold phase), site-wide parts cached.
            return self.render(request)
        key = store.url_key(request)
        cached, state = store.fetch(key)
        if cached is not None:
            cached[CACHE_HEADER] = "hit"
            return cached
        response = self.render(request)
        tags = getattr(request, "page_cache_tags", None)
        if tags and self.storable(response):
            response["Last-Modified"] = http_date()
            set_response_etag(response)
            if store.save(key, response, tags, state):
                response[CACHE_HEADER] = "miss"
        return response

    def render(self, request):
        sitewide.attach(request)
        with restrictions_known(getattr(request, "restricted_paths", None)):
            return self.get_response(request)

    @staticmethod
    def storable(response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "public" in response.get("Cache-Control", "")
        )
