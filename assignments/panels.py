"""The dashboard panel of the desk: the user's open assignments with their deadlines, and a warning
on those about to miss their standard (or past it)."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from assignments.access import can_run_desk
from assignments.models import Assignment, prefetch_progress

PANEL_LIMIT = 20


class AssignmentsPanel(Component):
    name = "assignments_desk"
    order = 95
    template_name = "assignments/dashboard_panel.html"

    def __init__(self, rows, total, at_risk, is_desk):
        self.rows = rows
        self.total = total
        self.at_risk = at_risk
        self.is_desk = is_desk

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(rows=self.rows, total=self.total, at_risk=self.at_risk, is_desk=self.is_desk)
        return context


def panel_rows(user, now=None):
    """(rows, how many open in all, the rows at risk or overdue) for ``user``'s dashboard."""
    now = now or timezone.now()
    assignments = Assignment.objects.visible_to(user).open().with_related().order_by("publish_by")
    rows = []
    for assignment in prefetch_progress(assignments[:PANEL_LIMIT]):
        assignment.overdue = assignment.is_overdue(now)
        assignment.at_risk = assignment.overdue or assignment.is_at_risk(now)
        assignment.is_mine = assignment.assignee_id == user.pk
        rows.append(assignment)
    total = len(rows) if len(rows) < PANEL_LIMIT else assignments.count()
    return rows, total, [row for row in rows if row.at_risk]


def dashboard_panels(request, panels):
    user = request.user
    is_desk = can_run_desk(user)
    rows, total, at_risk = panel_rows(user)
    if rows or is_desk:
        panels.append(AssignmentsPanel(rows, total, at_risk, is_desk))
