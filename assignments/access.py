"""Who runs the assignment desk and who sees which assignment. The one place these rules live;
the admin, the dashboard, the warnings and the tests all ask here.

- The desk (agenda items, assigning, reassigning): PR officers, administrators, and the director of
  the office's main group (กลุ่มอำนวยการ, ``OfficeSettings.main_department``) for that office's items.
- An assignment is seen by the desk, by its assignee and by the director of the group it was given
  to (``Assignment.department``). Nobody else: editors of other groups, webmasters, anonymous users.
- "Write the news" from an assignment: its assignee and the desk.
"""

from django.db.models import Q

from accounts import roles
from accounts.roles import user_has_role

DESK_ROLES = (roles.PR_OFFICERS, roles.ADMINISTRATORS)


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def desk_site_ids(user):
    """The sites whose desk ``user`` runs, or ``None`` for every site (PR officers, administrators)."""
    if not _active(user):
        return []
    if user.is_superuser or user_has_role(user, *DESK_ROLES):
        return None
    # Asked by every admin screen's menu and panels: once per user object, like its memberships.
    cached = getattr(user, "_esao_desk_sites", None)
    if cached is None:
        from home.models import OfficeSettings

        cached = list(
            OfficeSettings.objects.filter(
                main_department__directors_group__in=roles.memberships(user)[0]
            ).values_list("site_id", flat=True)
        )
        user._esao_desk_sites = cached
    return list(cached)


def can_run_desk(user):
    site_ids = desk_site_ids(user)
    return site_ids is None or bool(site_ids)


def agenda_filter(user):
    """A ``Q`` on agenda items for the desk of ``user``, or ``None`` when they run no desk."""
    site_ids = desk_site_ids(user)
    if site_ids is None:
        return Q()
    if not site_ids:
        return None
    return Q(site__in=site_ids)


def assignment_filter(user):
    """A ``Q`` on assignments that ``user`` may see, or ``None`` when they may see none."""
    if not _active(user):
        return None
    site_ids = desk_site_ids(user)
    if site_ids is None:
        return Q()
    condition = Q(assignee=user) | Q(department__directors_group__in=user.groups.values("pk"))
    if site_ids:
        condition |= Q(agenda_item__site__in=site_ids)
    return condition


def can_write_news(user, assignment):
    from assignments.models import Assignment

    if not _active(user):
        return False
    if assignment.assignee_id == user.pk:
        return True
    return Assignment.objects.run_by(user).filter(pk=assignment.pk).exists()
