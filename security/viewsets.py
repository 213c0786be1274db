"""Locked sign-ins in the Wagtail admin: administrators see who is locked and unlock by deleting."""

from axes.models import AccessAttempt, AccessFailureLog
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy


class WrittenByAxesPolicy(ModelPermissionPolicy):
    """Rows are written by django-axes only; an administrator may view them and delete (unlock)."""

    refused = ("add", "change")

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)


class KeptForAuditPolicy(WrittenByAxesPolicy):
    refused = ("add", "change", "delete")


class LoginLockViewSet(ModelViewSet):
    """Each row counts an account's or an address's failed logins; deleting it unlocks them."""

    model = AccessAttempt
    name = "login_locks"
    url_prefix = "security/login-locks"
    icon = "lock"
    menu_label = "การล็อกการเข้าสู่ระบบ"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = []
    list_display = [
        Column("username", label="ชื่อผู้ใช้"),
        Column("ip_address", label="ที่อยู่ IP"),
        Column("failures_since_start", label="จำนวนครั้งที่ผิด"),
        DateColumn("attempt_time", label="ครั้งล่าสุด"),
    ]
    search_fields = ["username", "ip_address"]
    search_backend_name = None


class FailedLoginViewSet(ModelViewSet):
    """Every failed login (who, from where, when), kept for the audit."""

    model = AccessFailureLog
    name = "failed_logins"
    url_prefix = "security/failed-logins"
    icon = "warning"
    menu_label = "บันทึกการเข้าสู่ระบบที่ล้มเหลว"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = []
    list_display = [
        Column("username", label="ชื่อผู้ใช้"),
        Column("ip_address", label="ที่อยู่ IP"),
        Column("locked_out", label="ถูกล็อก"),
        DateColumn("attempt_time", label="เวลา"),
    ]
    list_filter = ["locked_out"]
    search_fields = ["username", "ip_address"]
    search_backend_name = None


class SecurityGroup(ViewSetGroup):
    menu_label = "ความปลอดภัย"
    menu_icon = "lock"
    menu_order = 900
    items = (LoginLockViewSet, FailedLoginViewSet)
