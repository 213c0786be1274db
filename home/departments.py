"""Which internal group (กลุ่ม) owns a page, and the Django groups that work for it."""

from django.contrib.auth.models import Group

from accounts import roles
from home.page_rights import grant_page_permissions

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
DIRECTOR_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page")


def department_for_page(page):
    """The DepartmentPage that owns ``page``.

    The page's place in the tree decides first (so tree permissions and the approval route agree);
    a page outside every group's room falls back to its own ``department`` field, then to the
    office's main department (site settings).
    """
    from home.models import DepartmentPage, OfficeSettings

    if isinstance(page, DepartmentPage):
        return page
    ancestor = DepartmentPage.objects.ancestor_of(page).order_by("-depth").first()
    if ancestor:
        return ancestor
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page
    department_id = getattr(specific, "department_id", None)
    if department_id:
        return DepartmentPage.objects.filter(pk=department_id).first()
    site = page.get_site()
    if site:
        office = OfficeSettings.for_site(site)
        if office.main_department_id:
            return DepartmentPage.objects.filter(pk=office.main_department_id).first()
    return None


def ensure_department_groups(department):
    """Create (or repair) the editors' and director's groups of a department and their page rights.

    Idempotent; runs when a department page is created (``home/signals.py``).
    """
    changed = False
    if department.editors_group_id is None:
        department.editors_group, _ = Group.objects.get_or_create(
            name=roles.department_editors_name(department.title)
        )
        changed = True
    if department.directors_group_id is None:
        department.directors_group, _ = Group.objects.get_or_create(
            name=roles.department_directors_name(department.title)
        )
        changed = True
    if changed:
        department.save(update_fields=["editors_group", "directors_group"])
    grant_page_permissions(department.editors_group, department.page_ptr, EDITOR_PAGE_PERMISSIONS)
    grant_page_permissions(department.directors_group, department.page_ptr, DIRECTOR_PAGE_PERMISSIONS)
    return department.editors_group, department.directors_group


def user_departments(user):
    """The departments whose editors' or directors' group the user belongs to."""
    from home.models import DepartmentPage

    if not user.is_authenticated:
        return DepartmentPage.objects.none()
    group_ids = user.groups.values_list("id", flat=True)
    return DepartmentPage.objects.filter(editors_group__in=group_ids) | DepartmentPage.objects.filter(
        directors_group__in=group_ids
    )
