"""Dashboard panels of publishing: live pages waiting for their post-publication check."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from accounts import roles
from accounts.roles import user_has_role
from publishing.access import director_department_ids
from publishing.models import PublicationRequest


class VerificationsPanel(Component):
    """Live pages waiting for their group director's check; overdue after 3 working days."""

    name = "publishing_verifications"
    order = 110
    template_name = "publishing/dashboard_verifications.html"

    def __init__(self, due, overdue_all):
        self.due = due
        self.overdue_all = overdue_all

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["due"] = self.due
        context["overdue_all"] = self.overdue_all
        context["today"] = timezone.localdate()
        return context


def verifications_for(user):
    """(due for this user to verify, overdue for everyone — shown to those who oversee all)."""
    pending = PublicationRequest.objects.filter(
        published_at__isnull=False, verified_at__isnull=True
    ).order_by("verification_due_on", "pk")
    due = pending if user.is_superuser else pending.filter(department__in=director_department_ids(user))
    overdue_all = PublicationRequest.objects.none()
    if user_has_role(user, roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.ADMINISTRATORS):
        overdue_all = pending.filter(verification_due_on__lt=timezone.localdate())
    return list(due[:50]), list(overdue_all[:50])


def dashboard_panels(request, panels):
    due, overdue_all = verifications_for(request.user)
    if due or overdue_all:
        panels.append(VerificationsPanel(due, overdue_all))
