"""Password guessing is throttled on both login forms, per account and per address (django-axes)."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

WAGTAIL_LOGIN = "/admin/login/"
DJANGO_LOGIN = "/django-admin/login/"


def _guess(client, url, username, password="ผิด-1234", ip="203.0.113.7"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.parametrize("url", [WAGTAIL_LOGIN, DJANGO_LOGIN])
def test_an_account_is_locked_after_repeated_wrong_passwords_with_a_thai_message(demo, client, url):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _guess(client, url, "editor").status_code == 200
    locked = _guess(client, url, "editor")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "ระงับการเข้าสู่ระบบ" in page
    assert f"{settings.AXES_COOLOFF_MINUTES} นาที" in page
    # Even the right password is refused now, from another address too (the account is locked).
    right = _guess(client, url, "editor", password="demo1234", ip="198.51.100.20")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_one_address_guessing_many_accounts_is_locked_too(demo, client):
    usernames = ["editor", "editor2", "director", "pr", "webmaster", "groupdirector"]
    statuses = [_guess(client, WAGTAIL_LOGIN, name).status_code for name in usernames]
    assert statuses[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert statuses[settings.AXES_FAILURE_LIMIT - 1 :] == [429] * (
        len(usernames) - settings.AXES_FAILURE_LIMIT + 1
    )
    # Someone else, from their own address, still signs in.
    response = _guess(client, WAGTAIL_LOGIN, "pr", password="demo1234", ip="198.51.100.20")
    assert response.status_code == 302


def test_every_failed_login_is_logged_with_account_and_address(demo, client, caplog):
    caplog.set_level("WARNING")
    _guess(client, WAGTAIL_LOGIN, "director", ip="203.0.113.9")
    _guess(client, DJANGO_LOGIN, "director", ip="203.0.113.9")
    logs = AccessFailureLog.objects.filter(username="director")
    assert logs.count() == 2
    assert set(logs.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    assert "director" in caplog.text


def test_the_address_behind_the_proxy_is_the_one_counted(demo, client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    client.post(
        WAGTAIL_LOGIN,
        {"username": "editor", "password": "ผิด"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="192.0.2.44",
    )
    assert AccessFailureLog.objects.get().ip_address == "192.0.2.44"


def test_an_administrator_unlocks_an_account_in_the_wagtail_admin(demo, client, login):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _guess(client, WAGTAIL_LOGIN, "editor")
    attempt = AccessAttempt.objects.get(username="editor")
    assert attempt.failures_since_start == settings.AXES_FAILURE_LIMIT

    admin = login(demo.users["admin"])
    listing = admin.get(reverse("login_locks:index"))
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    response = admin.post(reverse("login_locks:delete", args=[attempt.pk]))
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    client.logout()
    assert _guess(client, WAGTAIL_LOGIN, "editor", password="demo1234").status_code == 302


@pytest.mark.parametrize("username", ["editor", "pr", "webmaster", "director"])
def test_other_staff_cannot_see_or_unlock_locks(demo, client, login, username):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _guess(client, WAGTAIL_LOGIN, "editor2")
    attempt = AccessAttempt.objects.get(username="editor2")
    staff = login(demo.users[username])
    assert staff.get(reverse("login_locks:index")).status_code in (302, 403)
    staff.post(reverse("login_locks:delete", args=[attempt.pk]))
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
