"""Who sees a case. The one place these rules live; the admin, reminders and tests all ask here.

- An ordinary case (question, complaint, information request): the editors and the director of the
  responsible group (``Case.department``), the office directors (ผอ.สพท. oversees the whole office:
  every group's cases and their overdue panel) and the administrators' role.
- A corruption complaint: only the staff the office designates: the group on the corruption route
  (the legal group, ``CaseRoute``) and the office directors. Administrators do not see it.
- Superusers, who hold every right of the system by definition, see everything; each view of a
  complaint is in the audit log (``services.views.admin``).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from accounts import roles


def _department_groups(department):
    return [group_id for group_id in (department.editors_group_id, department.directors_group_id) if group_id]


def visible_cases_filter(user):
    """A ``Q`` for the cases ``user`` may see, or None when they may see none."""
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Q()
    group_ids, role_names = roles.memberships(user)
    from services.models import CaseRoute, RouteKey

    in_department = Q(department__editors_group__in=group_ids) | Q(department__directors_group__in=group_ids)
    corruption_route = CaseRoute.objects.filter(key=RouteKey.CORRUPTION).select_related("department").first()
    office_director = roles.OFFICE_DIRECTORS in role_names
    designated = office_director or bool(
        corruption_route
        and corruption_route.department
        and set(_department_groups(corruption_route.department)) & set(group_ids)
    )
    condition = Q(is_corruption=False) & in_department
    if office_director or roles.ADMINISTRATORS in role_names:
        condition |= Q(is_corruption=False)
    if designated:
        # The legal group and the office directors handle every corruption complaint, whichever
        # group it was filed under.
        condition |= Q(is_corruption=True)
    return condition


def can_handle_cases(user):
    """Whether the user may open the cases' admin at all (the menu item and the listing)."""
    from services.models import Case, CaseRoute

    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or roles.user_has_role(user, roles.ADMINISTRATORS, roles.OFFICE_DIRECTORS):
        return True
    group_ids = roles.memberships(user)[0]
    routed = CaseRoute.objects.select_related("department").exclude(department=None)
    if any(set(_department_groups(route.department)) & group_ids for route in routed):
        return True
    return Case.objects.visible_to(user).exists()


def can_see_case(user, case):
    from services.models import Case

    return Case.objects.visible_to(user).filter(pk=case.pk).exists()


def handlers_emails(case):
    """Who is told of a new case and reminded of its deadline: the people who answer it, the
    responsible group (and, for a corruption complaint, the office directors). Those who only oversee
    ordinary cases, the office directors and the administrators' role, are not mailed for each: the
    dashboard's overdue panel shows them what is late."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    condition = Q(pk__in=[])
    if case.department_id:
        condition |= Q(groups__in=_department_groups(case.department))
    if case.is_corruption:
        condition |= Q(groups__name=roles.OFFICE_DIRECTORS)
    return sorted(set(users.filter(condition).values_list("email", flat=True)))
