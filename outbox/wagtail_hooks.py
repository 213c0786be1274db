from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from outbox.models import OutgoingMail
from outbox.viewsets import OutboxViewSet, policy

register_permission_policy(OutgoingMail, policy)
hooks.register("register_admin_viewset", lambda: OutboxViewSet())


class FailedMailPanel(Component):
    """Dashboard: messages that still failed after every retry, with re-send."""

    name = "outbox_failed"
    order = 50
    template_name = "outbox/failed_panel.html"

    def __init__(self, failed):
        self.failed = failed

    def get_context_data(self, parent_context):
        return {
            "failed": self.failed[:10],
            "count": self.failed.count(),
            "request": parent_context["request"],
        }


@hooks.register("construct_homepage_panels")
def add_failed_mail_panel(request, panels):
    if policy.user_has_permission(request.user, "view"):
        failed = OutgoingMail.objects.filter(status=OutgoingMail.Status.FAILED).order_by("-created_at")
        if failed.exists():
            panels.append(FailedMailPanel(failed))
