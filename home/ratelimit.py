"""A small cache-based rate limit for every public form (no extra dependency)."""

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The visitor's address; behind our own reverse proxy, the address it forwarded."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_IPS", ("127.0.0.1", "::1"))
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if remote in trusted and forwarded:
        # The proxy appends the address it saw last; earlier entries are the client's word.
        return forwarded.split(",")[-1].strip()
    return remote


def hit(scope, request, limit, window_seconds):
    """Count one attempt; False when the visitor has already used ``limit`` attempts in the window."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count <= limit
