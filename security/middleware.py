"""Response headers that Django does not set itself: Content-Security-Policy and Permissions-Policy.

The public site has no inline script, so its policy is strict. Wagtail's admin still writes a few
inline scripts (date pickers, inline panels) and style attributes, so under ``ADMIN_URL_PREFIXES``
the policy adds ``'unsafe-inline'`` for scripts and styles and nothing else.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def _is_admin(request):
    return request.path_info.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not _is_admin(request):
            return parts
        update = {**settings.ADMIN_CSP_UPDATE, **(parts.update or {})}
        return PolicyParts(parts.config, update, parts.replace, parts.nonce)


class PermissionsPolicyMiddleware:
    """Browser features the site never uses (camera, microphone, location, ...) are switched off."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
