"""Dashboard panels of publishing: checks due after publication, pages that must be fixed, and
steps of the workflow that nobody can approve."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from accounts import roles
from accounts.roles import user_has_role
from home.departments import user_departments
from publishing.access import director_department_ids
from publishing.routes import departments_without_director, stranded_task_states
from publishing.verification import open_fixes, pending_verifications

OVERSEERS = (roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.ADMINISTRATORS)
PANEL_LIMIT = 50


class VerificationsPanel(Component):
    """Live pages waiting for their group director's check (overdue after 3 working days), and
    pages a check found wrong, until a corrected revision is approved and checked again."""

    name = "publishing_verifications"
    order = 110
    template_name = "publishing/dashboard_verifications.html"

    def __init__(self, due, overdue_all, fixes):
        self.due = due
        self.overdue_all = overdue_all
        self.fixes = fixes

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            due=self.due, overdue_all=self.overdue_all, fixes=self.fixes, today=timezone.localdate()
        )
        return context


class WayThroughPanel(Component):
    """For the webmaster and the office director: groups and waiting pages with no approver."""

    name = "publishing_way_through"
    order = 105
    template_name = "publishing/dashboard_way_through.html"

    def __init__(self, departments, stranded):
        self.departments = departments
        self.stranded = stranded

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(departments=self.departments, stranded=self.stranded)
        return context


def verifications_for(user):
    """(due for this user to verify, overdue for everyone — shown to those who oversee all)."""
    pending = pending_verifications()
    due = pending if user.is_superuser else pending.filter(department__in=director_department_ids(user))
    overdue_all = pending.none()
    if user_has_role(user, *OVERSEERS):
        overdue_all = pending.filter(verification_due_on__lt=timezone.localdate())
    return list(due[:PANEL_LIMIT]), list(overdue_all[:PANEL_LIMIT])


def fixes_for(user):
    """Open "ต้องแก้ไข" checks: all for PR officers and overseers, else the user's own groups'."""
    fixes = open_fixes().order_by("checked_at")
    if not (user.is_superuser or user_has_role(user, roles.PR_OFFICERS, *OVERSEERS)):
        fixes = fixes.filter(publication_request__department__in=user_departments(user).values("pk"))
    return list(fixes[:PANEL_LIMIT])


def dashboard_panels(request, panels):
    user = request.user
    due, overdue_all = verifications_for(user)
    fixes = fixes_for(user)
    if due or overdue_all or fixes:
        panels.append(VerificationsPanel(due, overdue_all, fixes))
    if user.is_superuser or user_has_role(user, roles.OFFICE_DIRECTORS, roles.WEBMASTERS):
        departments = departments_without_director()
        stranded = stranded_task_states()
        if departments or stranded:
            panels.append(WayThroughPanel(departments, stranded))
