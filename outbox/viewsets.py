"""The outbox in the Wagtail admin: every message with its state, and re-send for failed ones.

Recipients' addresses are personal data (register contacts among them), so only the roles that
hold the outbox permissions (PR officers and administrators, ``outbox.0003``) see it.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.views.generic import View
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from outbox import sending
from outbox.models import OutgoingMail


class WrittenByTheSiteOnly(ModelPermissionPolicy):
    """Nobody adds, edits or deletes a message by hand; "change" is the right to re-send."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)


policy = WrittenByTheSiteOnly(OutgoingMail)


class ResendView(View):
    """POST: put one failed message (``pk``) or every failed one back in the queue."""

    def post(self, request, pk=None):
        if not policy.user_has_permission(request.user, "change"):
            messages.error(request, "ไม่มีสิทธิ์ส่งอีเมลซ้ำ")
            return redirect("wagtailadmin_home")
        failed = OutgoingMail.objects.filter(status=OutgoingMail.Status.FAILED)
        count = sending.resend(failed.filter(pk=pk) if pk else failed)
        messages.success(request, f"ส่งอีเมลที่ส่งไม่สำเร็จอีกครั้ง {count} ฉบับ")
        return redirect(request.POST.get("next") or reverse("outbox:index"))


class OutboxViewSet(ModelViewSet):
    model = OutgoingMail
    name = "outbox"
    url_prefix = "outbox"
    icon = "mail"
    menu_label = "อีเมลขาออก"
    menu_order = 950
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = []
    list_display = [
        Column("subject", label="เรื่อง"),
        Column("to", label="ผู้รับ"),
        Column("kind", label="ประเภท"),
        StatusTagColumn("get_status_display", label="สถานะ", primary=lambda mail: mail.status == "sent"),
        Column("attempts", label="ครั้งที่ส่ง"),
        DateColumn("created_at", label="เข้าคิวเมื่อ"),
        Column("last_error", label="ข้อผิดพลาดล่าสุด"),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["to", "subject"]
    search_backend_name = None
    inspect_view_fields = [
        "subject",
        "to",
        "kind",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/", ResendView.as_view(), name="resend_all"),
            path("resend/<int:pk>/", ResendView.as_view(), name="resend"),
        ]
