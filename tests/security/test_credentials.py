"""Credentials that no person types (control characters, impossible lengths) are refused in Thai on
every login form, before django-axes or the auth backends see them; on PostgreSQL such a value used
to end in a 500 (NUL and over-long text cannot be stored in axes' records)."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import authenticate
from django.contrib.auth.views import LoginView
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver

from security.login import SafeCredentialsMixin

pytestmark = pytest.mark.django_db

HOSTILE_USERNAMES = ["editor\x00", "ก\x00ข\x07\x1b[31m", "A" * 100_000, "edi\r\ntor", "\x7f"]
HOSTILE_PASSWORDS = ["demo1234\x00", "\x1b[31m", "x" * 100_000]


def _login_urls(patterns=None, route=""):
    """Every URL without arguments whose view is a login view (Django's, Wagtail's, the admin's)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from _login_urls(pattern.url_patterns, route + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            full = route + str(pattern.pattern)
            view_class = getattr(pattern.callback, "view_class", None)
            is_login = (view_class and issubclass(view_class, LoginView)) or full.endswith("login/")
            if is_login and "<" not in full and not full.startswith("^"):
                yield "/" + full


def test_the_walk_finds_every_login_form_of_the_site():
    assert {"/admin/login/", "/django-admin/login/", "/_util/login/"} <= set(_login_urls())


@pytest.mark.parametrize("url", sorted(set(_login_urls())))
def test_every_login_form_uses_the_safe_credentials_form(demo, client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert isinstance(response.context["form"], SafeCredentialsMixin)


@pytest.mark.parametrize("url", sorted(set(_login_urls())))
def test_hostile_credentials_are_refused_in_thai_before_axes(demo, client, url):
    cases = [(username, "ผิด-1234", "ชื่อผู้ใช้") for username in HOSTILE_USERNAMES]
    cases += [("editor", password, "รหัสผ่าน") for password in HOSTILE_PASSWORDS]
    for username, password, message in cases:
        response = client.post(url, {"username": username, "password": password}, REMOTE_ADDR="203.0.113.40")
        assert response.status_code == 200
        assert message in response.content.decode()
        assert "_auth_user_id" not in client.session
    assert not AccessAttempt.objects.exists() and not AccessFailureLog.objects.exists()


def test_the_right_password_still_signs_in_after_a_refused_one(demo, client):
    client.post("/admin/login/", {"username": "editor\x00", "password": "demo1234"})
    response = client.post("/admin/login/", {"username": "editor", "password": "demo1234"})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_another_caller_of_authenticate_gets_its_attempt_recorded_cleaned(demo):
    """A login path that skips the forms (a future API, a plug-in) still cannot break axes' records."""
    request = RequestFactory().post("/api/login/", REMOTE_ADDR="203.0.113.42")
    assert authenticate(request, username="ก\x00ข" + "A" * 1000, password="ผิด") is None
    attempt = AccessAttempt.objects.get()
    assert attempt.username == ("กข" + "A" * 1000)[:255]
    assert "\x00" not in AccessFailureLog.objects.get().username
