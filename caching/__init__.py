"""The public page cache: cache headers, the server-side page cache and its invalidation.

- ``caching.headers``: the one function that decides a response's Cache-Control
  (``set_public_cache_headers``), the page mixin and the view decorator that call it.
- ``caching.store``: cached responses and the tags they depend on, on Django's cache framework.
- ``caching.middleware``: serves anonymous GETs from the store, with ETag/Last-Modified and 304.
- ``caching.invalidation``: what to purge when a page, snippet, document, image or setting changes
  (Wagtail's reference index), for the store and for ``wagtail.contrib.frontend_cache``.
- ``caching.signals``: connects invalidation to Wagtail's and Django's signals.
"""
