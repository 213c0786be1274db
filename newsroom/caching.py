"""Cache headers for routable pages.

``RoutablePageMixin.serve`` calls the route's view directly and so skips ``BasePage.serve``; the
newsroom's index pages apply the same rule here: anonymous readers get a shared-cacheable
response, staff a private one. A view that sets its own Cache-Control (a form with a CSRF token)
keeps it.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


class CachedRoutablePageMixin:
    def serve(self, request, view=None, args=None, kwargs=None):
        response = super().serve(request, view, args, kwargs)
        if not response.has_header("Cache-Control"):
            if request.method in ("GET", "HEAD") and not request.user.is_authenticated:
                patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
            else:
                patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ("Cookie",))
        return response
