"""The site's one public address: every absolute URL (share links, ``og:url``, feeds, the memo,
ITA exports, e-mails) is built here from ``WAGTAILADMIN_BASE_URL``.

The default Wagtail ``Site`` is given the same hostname and port (``align_site``), so Wagtail's
own ``page.full_url`` agrees with it too. A request's ``Host`` header never decides a link: the
office's server may be reached by IP, through a proxy or at 127.0.0.1 during set-up, and the
links it sends out must still name the office's domain.
"""

from urllib.parse import urlsplit

from django.conf import settings


def base_url():
    """``https://www.phatthalung2.go.th`` (no trailing slash)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def site_address(url=None):
    """(hostname, port) of a base URL, as Wagtail's ``Site`` stores them."""
    parts = urlsplit(url or base_url())
    if not parts.hostname:
        raise ValueError(f"not an absolute URL: {url!r}")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def align_site(site, url=None):
    """Give ``site`` the hostname and port of the base URL; return True when it changed."""
    hostname, port = site_address(url)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


def absolute_url(target):
    """The absolute URL of a page, a site-relative path or an already absolute URL ("" for none).

    With several Wagtail sites, a page keeps its own site's root URL.
    """
    if target is None or target == "":
        return ""
    if hasattr(target, "get_url_parts"):
        parts = target.get_url_parts()
        if parts is None:
            return ""
        _site_id, root_url, path = parts
        # Several sites: each keeps its own root URL (the list is kept on the page object).
        if len(target._get_site_root_paths()) > 1 and root_url:
            return root_url.rstrip("/") + path
        target = path
    text = str(target)
    if text.startswith(("http://", "https://")):
        return text
    if not text.startswith("/"):
        text = "/" + text
    return base_url() + text
