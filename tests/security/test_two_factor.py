"""Two-factor sign-in: any user turns it on; then the admin asks for a code after the password;
recovery codes work once; roles named in TWO_FACTOR_REQUIRED_ROLES must set it up first."""

import re

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles

pytestmark = pytest.mark.django_db


def _code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


def _sign_in(client, username="director"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": "demo1234"})


def _turn_on(client):
    page = client.get(reverse("two_factor_setup"))
    assert page.status_code == 200
    assert "<svg" in page.content.decode()  # the QR code, inline (no script)
    device = TOTPDevice.objects.get(user__username="director", confirmed=False)
    response = client.post(reverse("two_factor_setup"), {"code": _code(device)})
    codes = re.findall(r"<code>([a-z0-9]+)</code>", response.content.decode())
    return device, codes


def test_a_user_turns_it_on_and_then_signs_in_with_a_code(demo, client):
    _sign_in(client)
    device, codes = _turn_on(client)
    device.refresh_from_db()
    assert device.confirmed and len(codes) == 10
    assert client.get(reverse("wagtailadmin_home")).status_code == 200  # verified in this session

    client.logout()
    response = _sign_in(client)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 302 and home["Location"].startswith(reverse("two_factor_verify"))
    wrong = client.post(reverse("two_factor_verify"), {"code": "000000", "next": "/admin/"})
    assert "รหัสไม่ถูกต้อง" in wrong.content.decode()
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.last_t = -1
    device.save()
    response = client.post(reverse("two_factor_verify"), {"code": _code(device), "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_recovery_code_works_once(demo, client):
    _sign_in(client)
    _device, codes = _turn_on(client)
    for attempt in range(2):
        client.logout()
        _sign_in(client)
        response = client.post(reverse("two_factor_verify"), {"code": codes[0]})
        if attempt == 0:
            assert response.status_code == 302
            assert client.get(reverse("wagtailadmin_home")).status_code == 200
            assert StaticToken.objects.filter(device__user__username="director").count() == 9
        else:
            assert "รหัสไม่ถูกต้อง" in response.content.decode()
            assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_the_password_alone_opens_nothing_in_the_admin_for_a_user_with_a_device(demo, client):
    _sign_in(client)
    _turn_on(client)
    client.logout()
    _sign_in(client)
    for url in (reverse("wagtailadmin_explore_root"), "/django-admin/", reverse("wagtailadmin_account")):
        response = client.get(url)
        assert response.status_code == 302 and reverse("two_factor_verify") in response["Location"], url


def test_a_required_role_must_set_it_up_before_using_the_admin(demo, client, settings):
    settings.TWO_FACTOR_REQUIRED_ROLES = [roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.ADMINISTRATORS]
    _sign_in(client, "director")
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response["Location"] == reverse("two_factor_setup")
    _turn_on(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    editor = client.__class__()
    _sign_in(editor, "editor")
    assert editor.get(reverse("wagtailadmin_home")).status_code == 200  # not a required role
    admin = client.__class__()
    _sign_in(admin, "admin")  # a superuser counts as an administrator
    assert admin.get(reverse("wagtailadmin_home"))["Location"] == reverse("two_factor_setup")


def test_the_account_menu_offers_it_to_everyone(demo, login):
    page = login(demo.users["editor"]).get(reverse("wagtailadmin_account")).content.decode()
    assert "การยืนยันตัวตนสองขั้นตอน" in page
