"""Every login form of the site refuses credentials that no person types, before anyone sees them.

A control character (NUL above all) or a username longer than any account's reaches django-axes,
which records each failed attempt: PostgreSQL refuses NUL in text and names over 255 characters,
so the attempt was neither recorded nor answered (a 500). The forms below refuse such values with
a Thai message before ``authenticate()`` runs, so neither axes nor the auth backends see them;
for any other caller of ``authenticate()`` the second line is ``SafeModelBackend`` (such a username
matches no account: PostgreSQL would refuse the query) and ``axes_username`` (the attempt is
recorded under the cleaned name).

The three login forms: Wagtail's admin (``WAGTAILADMIN_USER_LOGIN_FORM``), Django's admin
(``admin.site.login_form``, set in ``SecurityConfig.ready``) and the login of private pages
(``/_util/login/``, replaced in ``security.urls``). ``tests/security/test_credentials.py`` walks the
URL resolver so a new login view cannot skip them.
"""

import unicodedata

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from wagtail.admin.forms.auth import LoginForm

# Longer passwords only cost hashing time; no password manager writes one this long.
PASSWORD_MAX_LENGTH = 1024
# AccessAttempt.username and AccessLog.username are varchar(255).
AXES_USERNAME_MAX_LENGTH = 255


def has_control_characters(value):
    return any(unicodedata.category(character) == "Cc" for character in value)


def clean_credential(value):
    """The value with control characters removed, for records that must never fail to save."""
    return "".join(character for character in value if unicodedata.category(character) != "Cc")


def axes_username(request, credentials=None):
    """The username django-axes records (``AXES_USERNAME_CALLABLE``): no control characters, fits its column."""
    from axes.conf import settings as axes_settings

    field = axes_settings.AXES_USERNAME_FORM_FIELD
    source = credentials if credentials else getattr(request, "data", request.POST)
    username = source.get(field) if source else None
    if not isinstance(username, str):
        return username
    return clean_credential(username)[:AXES_USERNAME_MAX_LENGTH]


def _username_limit():
    user_model = get_user_model()
    return user_model._meta.get_field(user_model.USERNAME_FIELD).max_length


def impossible_username(username):
    limit = _username_limit()
    return has_control_characters(username) or bool(limit and len(username) > limit)


class SafeModelBackend(ModelBackend):
    """Django's backend, which answers "no such account" for a username no account can have."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if isinstance(username, str) and impossible_username(username):
            # Hash anyway, as ModelBackend does for unknown users: the answer takes as long.
            get_user_model()().set_password(password)
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class SafeCredentialsMixin:
    """Refuses control characters and impossible lengths in the username and the password."""

    def _refuse(self, message):
        raise forms.ValidationError(message, code="invalid_credentials")

    def clean_username(self):
        username = self.cleaned_data.get("username", "")
        limit = _username_limit()
        if has_control_characters(username):
            self._refuse("ชื่อผู้ใช้มีอักขระควบคุมที่พิมพ์ไม่ได้ โปรดพิมพ์ชื่อผู้ใช้ใหม่")
        if limit and len(username) > limit:
            self._refuse(f"ชื่อผู้ใช้ยาวเกิน {limit} ตัวอักษร โปรดตรวจสอบอีกครั้ง")
        return username

    def clean_password(self):
        password = self.cleaned_data.get("password", "")
        if has_control_characters(password):
            self._refuse("รหัสผ่านมีอักขระควบคุมที่พิมพ์ไม่ได้ โปรดพิมพ์รหัสผ่านใหม่")
        if len(password) > PASSWORD_MAX_LENGTH:
            self._refuse(f"รหัสผ่านยาวเกิน {PASSWORD_MAX_LENGTH} ตัวอักษร")
        return password


class WagtailLoginForm(SafeCredentialsMixin, LoginForm):
    pass


class DjangoAdminLoginForm(SafeCredentialsMixin, AdminAuthenticationForm):
    pass


class SiteLoginForm(SafeCredentialsMixin, AuthenticationForm):
    pass


class SiteLoginView(LoginView):
    """Wagtail's login for private pages (``/_util/login/``) with the safe form."""

    form_class = SiteLoginForm
