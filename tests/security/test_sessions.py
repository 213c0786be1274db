"""Staff sessions end after a working day without activity; a password change ends the others."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_session_lasts_a_working_day_from_the_last_request(demo, login):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    client = login(demo.users["editor"])
    client.get(reverse("wagtailadmin_home"))
    first = client.session.get_expiry_date()
    client.get(reverse("wagtailadmin_home"))
    # Every request renews the expiry: it counts from the last click, not from the login.
    assert client.session.get_expiry_date() >= first
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 8 * 3600


def test_an_idle_session_is_refused(demo, login):
    client = login(demo.users["editor"])
    Session.objects.update(expire_date="2000-01-01T00:00:00Z")
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def _account_form(client):
    """What the account page's forms (name, e-mail, language, theme, ...) hold now, ready to POST."""
    page = client.get(reverse("wagtailadmin_account"))
    data = {}
    for panels in page.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for name in form.fields:
                value = form[name].value()
                if value not in (None, False, ""):
                    data[form.add_prefix(name)] = value
    return data


def test_changing_the_password_ends_the_other_sessions(demo):
    user = demo.users["editor"]
    laptop, phone = Client(), Client()
    for client in (laptop, phone):
        client.post("/admin/login/", {"username": "editor", "password": "demo1234"})
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
    response = laptop.post(
        reverse("wagtailadmin_account"),
        {
            **_account_form(laptop),
            "password-old_password": "demo1234",
            "password-new_password1": "ครูพัทลุง-2570-ใหม่",
            "password-new_password2": "ครูพัทลุง-2570-ใหม่",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("ครูพัทลุง-2570-ใหม่")
    assert laptop.get(reverse("wagtailadmin_home")).status_code == 200
    refused = phone.get(reverse("wagtailadmin_home"))
    assert refused.status_code == 302 and "/admin/login/" in refused["Location"]
