"""Registration only: the admin group, the permission policies, log actions, the dashboard panel."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from assignments import panels
from assignments.models import AgendaItem, Assignment
from assignments.permissions import AgendaItemPermissionPolicy, AssignmentPermissionPolicy
from assignments.views import ASSIGN_ACTION, WRITE_NEWS_ACTION
from assignments.viewsets import AssignmentsViewSetGroup

register_permission_policy(AgendaItem, AgendaItemPermissionPolicy(AgendaItem))
register_permission_policy(Assignment, AssignmentPermissionPolicy(Assignment))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return AssignmentsViewSetGroup()


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(ASSIGN_ACTION, "มอบหมายทำข่าว", "มอบหมายกำหนดการให้ผู้รับผิดชอบทำข่าว")
    actions.register_action(WRITE_NEWS_ACTION, "สร้างร่างข่าว", "สร้างร่างข่าวจากงานที่มอบหมาย")


@hooks.register("construct_homepage_panels")
def add_dashboard_panel(request, panel_list):
    panels.dashboard_panels(request, panel_list)
