"""Two-factor sign-in: TOTP (an authenticator app) with single-use recovery codes (django-otp).

Every user may turn it on from their account menu. Once a user has a confirmed device, the admin
asks for a code after the password; roles listed in ``TWO_FACTOR_REQUIRED_ROLES`` (superusers
count as administrators) cannot use the admin until they have set it up. A code is tried on the
user's own devices only: the authenticator first, then the recovery codes (each works once).
"""

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles

RECOVERY_CODES = 10


def two_factor_required(user):
    required = settings.TWO_FACTOR_REQUIRED_ROLES
    if not required:
        return False
    if user.is_superuser and roles.ADMINISTRATORS in required:
        return True
    return user.groups.filter(name__in=required).exists()


class CodeForm(forms.Form):
    code = forms.CharField(
        label="รหัสยืนยัน",
        max_length=16,
        help_text="รหัส 6 หลักจากแอปยืนยันตัวตน หรือรหัสกู้คืนหนึ่งรหัส",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def _verified_device(user, code):
    """The user's confirmed device that accepts ``code`` (authenticator first), or None."""
    for device in TOTPDevice.objects.devices_for_user(user, confirmed=True):
        if device.verify_is_allowed()[0] and device.verify_token(code):
            return device
    for device in StaticDevice.objects.devices_for_user(user, confirmed=True):
        if device.verify_token(code):
            return device
    return None


class VerifyView(View):
    """After the password: the code from the authenticator app or a recovery code."""

    template_name = "security/two_factor_verify.html"

    def get(self, request):
        return render(request, self.template_name, {"form": CodeForm(), "next": _next_url(request)})

    def post(self, request):
        form = CodeForm(request.POST)
        if form.is_valid():
            device = _verified_device(request.user, form.cleaned_data["code"])
            if device is not None:
                otp_login(request, device)
                if isinstance(device, StaticDevice):
                    left = StaticToken.objects.filter(device=device).count()
                    messages.warning(request, f"ใช้รหัสกู้คืนแล้ว เหลืออีก {left} รหัส")
                return redirect(_next_url(request))
            form.add_error("code", "รหัสไม่ถูกต้องหรือหมดอายุแล้ว โปรดลองใหม่")
        return render(request, self.template_name, {"form": form, "next": _next_url(request)}, status=200)


class SetupView(View):
    """Turn two-factor sign-in on: scan the QR code, confirm with a code, keep the recovery codes."""

    template_name = "security/two_factor_setup.html"

    def _device(self, user):
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        return device or TOTPDevice.objects.create(user=user, name="แอปยืนยันตัวตน", confirmed=False)

    def _context(self, request, form):
        device = self._device(request.user)
        url = device.config_url
        return {
            "form": form,
            "qr_svg": segno.make(url, error="m").svg_inline(scale=4, title="QR code สำหรับแอปยืนยันตัวตน"),
            "secret": _b32(device),
            "enabled": user_has_device(request.user),
            "required": two_factor_required(request.user),
        }

    def get(self, request):
        return render(request, self.template_name, self._context(request, CodeForm()))

    def post(self, request):
        form = CodeForm(request.POST)
        device = self._device(request.user)
        if form.is_valid() and device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save()
            codes = _new_recovery_codes(request.user)
            otp_login(request, device)
            return render(request, "security/two_factor_codes.html", {"codes": codes})
        form.add_error("code", "รหัสไม่ถูกต้อง โปรดสแกน QR code ใหม่แล้วใส่รหัสล่าสุดจากแอป")
        return render(request, self.template_name, self._context(request, form))


def _b32(device):
    from base64 import b32encode

    return b32encode(device.bin_key).decode()


def _new_recovery_codes(user):
    """Replace the user's recovery codes with RECOVERY_CODES new single-use ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="รหัสกู้คืน", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


class TwoFactorMiddleware:
    """In the admin, a signed-in user with a device must give a code; a required role must set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        path = request.path_info
        if (
            user is not None
            and user.is_authenticated
            and path.startswith(tuple(settings.ADMIN_URL_PREFIXES))
            and not path.startswith(tuple(settings.TWO_FACTOR_OPEN_PATHS))
            and not user.is_verified()
        ):
            if user_has_device(user):
                return redirect(f"{reverse('two_factor_verify')}?next={request.get_full_path()}")
            if two_factor_required(user):
                messages.info(request, "ตำแหน่งของท่านต้องใช้การยืนยันตัวตนสองขั้นตอน โปรดตั้งค่าก่อนใช้งาน")
                return redirect("two_factor_setup")
        return self.get_response(request)
