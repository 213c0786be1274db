from axes.models import AccessAttempt, AccessFailureLog
from django.urls import path, reverse
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from security.two_factor import SetupView, VerifyView
from security.viewsets import KeptForAuditPolicy, SecurityGroup, WrittenByAxesPolicy

register_permission_policy(AccessAttempt, WrittenByAxesPolicy(AccessAttempt))
register_permission_policy(AccessFailureLog, KeptForAuditPolicy(AccessFailureLog))
hooks.register("register_admin_viewset", lambda: SecurityGroup())


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/verify/", VerifyView.as_view(), name="two_factor_verify"),
        path("two-factor/setup/", SetupView.as_view(), name="two_factor_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "การยืนยันตัวตนสองขั้นตอน",
        "help_text": "ใช้รหัสจากแอปในโทรศัพท์ร่วมกับรหัสผ่าน และรับรหัสกู้คืน",
    }
