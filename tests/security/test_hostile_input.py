"""A corpus of hostile values against every public URL's query parameters and every public form.

No 500 (the test client re-raises any server error), no markup reflected unescaped. The URLs are
found, not listed: every live page, its routable sub-pages, and the public URL patterns without
arguments; the forms are every ``method="post"`` form those pages show.
"""

import re
from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Page

pytestmark = pytest.mark.django_db

MARKUP = "<script>alert(1)</script>"
SVG = "'\"><svg onload=alert(1)>"
HOSTILE = [
    MARKUP,
    SVG,
    "\x00",
    "ก\x00ข\x07\x1b[31m",
    "\r\nSet-Cookie: x=1",
    "A" * 100_000,
    "-1",
    "99999999999999999999999",
    "1e309",
    "../../../../etc/passwd",
    "' OR 1=1 --",
    "\u202eกขค\u0e31\u0e31\u0e31\u0e31",
    "{{7*7}}{% debug %}",
]
PARAMETERS = [
    "page",
    "q",
    "query",
    "year",
    "department",
    "kind",
    "stream",
    "month",
    "tag",
    "format",
    "export",
]
# Raw query strings that are not valid UTF-8 or not valid percent-encoding.
RAW_QUERIES = ["page=%ff%fe%fd", "q=%e0%b8", "year=%", "%zz=1", "page=1&page=2&page=%00"]
ROUTES = ["feed/", "activities/", "contribute/"]


def _public_patterns(patterns=None, route=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from _public_patterns(pattern.url_patterns, route + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            full = route + str(pattern.pattern)
            if "<" not in full and "(?P" not in full and "admin" not in full and not full.startswith("^"):
                yield "/" + full


def _public_urls(client):
    urls = {page.url for page in Page.objects.live().public().specific() if page.url}
    for url in list(urls):
        for route in ROUTES:
            if client.get(url + route).status_code == 200:
                urls.add(url + route)
    urls.update(url for url in _public_patterns() if url not in ("/sitemap.xml",))
    return sorted(urls)


def _assert_safe(response, url):
    assert response.status_code < 500, url
    if "html" in response.get("Content-Type", ""):
        body = response.content.decode("utf-8", "replace")
        assert MARKUP not in body, url
        assert "<svg onload" not in body, url


@pytest.fixture
def site(demo):
    """The demo office with the news and journal indexes (their listings, feeds and forms)."""
    from newsroom.models import JournalIndexPage, NewsIndexPage

    demo.page(demo.home_page, NewsIndexPage, "news", title="ข่าวประชาสัมพันธ์")
    demo.page(demo.home_page, JournalIndexPage, "journal", title="วารสาร")
    return demo


@pytest.fixture
def public_urls(site, client):
    return _public_urls(client)


def test_the_walk_finds_the_public_pages_and_forms(public_urls):
    assert "/" in public_urls and "/network/join/" in public_urls
    assert any(url.endswith("/contribute/") for url in public_urls)
    assert len(public_urls) > 15


def test_hostile_query_parameters_never_break_or_reflect(public_urls, client):
    for url in public_urls:
        for value in HOSTILE:
            query = "&".join(f"{name}={quote(value)}" for name in PARAMETERS)
            _assert_safe(client.get(f"{url}?{query}"), url)
        for raw in RAW_QUERIES:
            _assert_safe(client.generic("GET", url, QUERY_STRING=raw), f"{url}?{raw}")


def _form_fields(html):
    forms = re.findall(r'<form[^>]*method="post"[^>]*>(.*?)</form>', html, flags=re.S | re.I)
    names = set()
    for form in forms:
        names.update(re.findall(r'name="([^"]+)"', form))
    return sorted(names - {"csrfmiddlewaretoken"})


def test_hostile_values_in_every_public_form_are_refused_or_stored_safely(public_urls, client):
    forms = {}
    for url in public_urls:
        response = client.get(url)
        if response.status_code == 200 and "html" in response["Content-Type"]:
            fields = _form_fields(response.content.decode())
            if fields:
                forms[url] = fields
    assert "/network/join/" in forms and any(url.endswith("/contribute/") for url in forms)
    for url, fields in forms.items():
        for value in HOSTILE:
            client.cookies.clear()  # every round from a new visitor: the rate limit must not hide a 500
            data = {name: value for name in fields if name != "website"}
            _assert_safe(client.post(url, data, REMOTE_ADDR=f"192.0.2.{len(value) % 250}"), url)
        # Form data that is not UTF-8 at all.
        body = "&".join(f"{name}=%ff%fe%00" for name in fields).encode()
        response = client.generic("POST", url, body, content_type="application/x-www-form-urlencoded")
        _assert_safe(response, url)


def test_a_contribution_with_a_very_long_thai_file_name_is_stored_under_a_uuid(site, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from newsroom.models import JournalContribution
    from tests.newsroom.test_contributions import URL, form_data

    name = "บทความเรื่องการจัดการเรียนรู้เชิงรุกของโรงเรียนขนาดเล็กในจังหวัดพัทลุง" * 6 + ".pdf"
    upload = SimpleUploadedFile(name, b"%PDF-1.4\n" + b"x" * 500, content_type="application/pdf")
    response = client.post(URL, form_data(file=upload))
    assert response.status_code == 302
    contribution = JournalContribution.objects.get()
    stored = contribution.file.name.rsplit("/", 1)[-1]
    assert re.fullmatch(r"[0-9a-f]{32}\.pdf", stored)
    assert contribution.original_filename.endswith(".pdf")
    assert contribution.original_filename.startswith("บทความเรื่อง")
