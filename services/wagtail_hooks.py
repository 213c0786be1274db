"""Registration only: the admin group, the cases' permission policy, log actions, the dashboard panel."""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from services.access import can_handle_cases
from services.models import Case
from services.permissions import CasePermissionPolicy
from services.views.admin import FILE_ACTION, STATUS_ACTION, VIEW_ACTION
from services.viewsets import ServicesViewSetGroup

register_permission_policy(Case, CasePermissionPolicy(Case))

OVERDUE_PANEL_LIMIT = 10


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ServicesViewSetGroup()


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(VIEW_ACTION, "เปิดดูเรื่อง", "เปิดดูเรื่องร้องเรียน")
    actions.register_action(FILE_ACTION, "ดาวน์โหลดไฟล์แนบ", "ดาวน์โหลดไฟล์แนบของเรื่อง")
    actions.register_action(STATUS_ACTION, "เปลี่ยนสถานะ", "เปลี่ยนสถานะของเรื่อง")


class OverdueCasesPanel(Component):
    """Dashboard: the open cases past their deadline that this user may see."""

    name = "services_overdue"
    order = 140
    template_name = "services/admin/overdue_panel.html"

    def __init__(self, cases, total):
        self.cases = cases
        self.total = total

    def get_context_data(self, parent_context):
        return {"cases": self.cases, "total": self.total}


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels):
    if not can_handle_cases(request.user):
        return
    overdue = Case.objects.visible_to(request.user).overdue().order_by("answer_due", "received_at")
    panels.append(OverdueCasesPanel(list(overdue[:OVERDUE_PANEL_LIMIT]), overdue.count()))
