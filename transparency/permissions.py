"""Who may do what with the ITA catalogue, report and pages.

The ITA pages live under ``/ita/``, not under the department pages, so Wagtail's tree
permissions of a department do not reach them. Each item page therefore carries its own
``GroupPagePermission`` rows for the editors' and directors' groups of the item's responsible
department (kept in step by signals when the page is saved or the item's department changes),
which the page explorer shows like any other page permission.

The index page gives the webmasters and administrators the rights to create and edit the year
and item pages; publishing goes through the approval workflow, as for every page of the site.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from accounts import roles
from home.departments import DIRECTOR_PAGE_PERMISSIONS, EDITOR_PAGE_PERMISSIONS
from home.page_rights import grant_page_permissions

MANAGER_ROLES = (roles.ADMINISTRATORS, roles.WEBMASTERS)
MANAGER_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")

# Roles whose members see the readiness report (the permission is granted by migration 0005).
READINESS_ROLES = (
    roles.ADMINISTRATORS,
    roles.WEBMASTERS,
    roles.OFFICE_DIRECTORS,
    roles.GROUP_DIRECTORS,
    roles.EDITORS,
)
READINESS_PERMISSION = "transparency.view_readiness"


def can_view_readiness(user):
    return user.is_active and user.has_perm(READINESS_PERMISSION)


def can_manage_catalogue(user):
    return user.is_active and user.has_perm("transparency.add_itaitem")


def sync_item_page_permissions(page):
    """Give the responsible department's groups (and only them) edit rights on an item page."""
    from home.models import DepartmentPage

    department = DepartmentPage.objects.filter(pk=page.department_id).first() if page.department_id else None
    wanted = {}
    if department:
        for group_id, codenames in (
            (department.editors_group_id, EDITOR_PAGE_PERMISSIONS),
            (department.directors_group_id, DIRECTOR_PAGE_PERMISSIONS),
        ):
            if group_id:
                wanted[group_id] = codenames
    department_group_ids = set(
        DepartmentPage.objects.filter(editors_group__isnull=False).values_list("editors_group_id", flat=True)
    ) | set(
        DepartmentPage.objects.filter(directors_group__isnull=False).values_list(
            "directors_group_id", flat=True
        )
    )
    # Rows of another department's groups are stale (the item moved to a new department).
    GroupPagePermission.objects.filter(
        page_id=page.pk, group_id__in=department_group_ids - set(wanted)
    ).delete()
    for group_id, codenames in wanted.items():
        grant_page_permissions(Group.objects.get(pk=group_id), page.page_ptr, codenames)


def ensure_index_permissions(index_page):
    """Webmasters and administrators create and edit everything under ``/ita/`` (publishing: the workflow)."""
    for group in Group.objects.filter(name__in=MANAGER_ROLES):
        grant_page_permissions(group, index_page.page_ptr, MANAGER_PAGE_PERMISSIONS)
