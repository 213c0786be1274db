"""A small cache-based rate limit for every public form (no extra dependency).

The visitor's address comes from ``client_ip``, which believes ``X-Forwarded-For`` only from the
reverse proxies in ``TRUSTED_PROXIES`` (CIDR ranges). IPv6 visitors are counted per /64: one
household or phone gets a whole /64 and can pick any address in it.
"""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address):
    networks = [ipaddress.ip_network(cidr, strict=False) for cidr in settings.TRUSTED_PROXIES]
    return address is not None and any(address in network for network in networks)


def client_ip(request):
    """The visitor's address; behind our trusted proxies, the last address they did not add.

    Each proxy appends the address it saw, so ``X-Forwarded-For`` is read from the right, skipping
    our own proxies; anything further left is the client's word and never believed.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not _trusted(_address(remote)):
        return remote
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _address(hop)
        if address is None:
            break
        if not _trusted(address):
            return str(address)
    return remote


def rate_key(ip):
    """What one visitor is counted as: the IPv4 address, or the IPv6 /64 network."""
    address = _address(ip)
    if address is not None and address.version == 6 and address.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    if address is not None and address.version == 6:
        return str(address.ipv4_mapped)
    return ip


def hit(scope, request, limit, window_seconds):
    """Count one attempt; False when the visitor has already used ``limit`` attempts in the window."""
    key = f"ratelimit:{scope}:{rate_key(client_ip(request))}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count <= limit
