"""Security headers on every response: CSP (strict on the public site), Permissions-Policy, and the
ones Django already sets (nosniff, Referrer-Policy, frame protection)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/", "/network/join/", "/no-such-page/"])
def test_public_pages_forbid_inline_and_foreign_scripts(demo, client, path):
    response = client.get(path)
    csp = _directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_the_public_templates_have_no_inline_script(demo, client):
    html = client.get("/").content.decode()
    assert "<script>" not in html and " onclick=" not in html


def test_the_admin_gets_inline_scripts_and_styles_only(demo, login):
    response = login(demo.users["editor"]).get(reverse("wagtailadmin_home"))
    csp = _directives(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "Permissions-Policy" in response


def test_the_login_page_and_redirects_carry_the_headers_too(demo, client):
    for response in (client.get("/admin/login/"), client.get("/admin/")):
        assert "Content-Security-Policy" in response
        assert "Permissions-Policy" in response
