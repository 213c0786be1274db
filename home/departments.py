"""Which internal group (กลุ่ม) owns a page, and the Django groups that work for it."""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import Site

from accounts import roles
from home.page_rights import grant_page_permissions

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
DIRECTOR_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page")
# What the cached list of groups depends on (``caching.sitewide``): the site and any group page.
DEPARTMENT_TAGS = ("site", "listing:home.departmentpage")


def department_for_page(page):
    """The DepartmentPage that owns ``page`` (one page; the workflow's approval route).

    The rule, shared with ``attach_departments`` (many pages) and ``owned_by_q`` (a filter):
    the deepest DepartmentPage at or above the page in the tree decides first (so tree permissions
    and the approval route agree); a page outside every group's room falls back to its own
    ``department`` field, then to the office's main department (site settings).
    """
    from home.models import DepartmentPage, OfficeSettings

    if isinstance(page, DepartmentPage):
        return page
    ancestor = DepartmentPage.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()
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


def attach_departments(pages, site=None, request=None):
    """Set ``page.owning_group`` on each page (the public cards) with two queries however many.

    Same rule as ``department_for_page``. ``site`` gives the main department; without it, the
    request's site or the default site's. With an anonymous ``request`` the groups and the settings
    come from the site-wide cache (``caching.sitewide``): no query between changes to the groups.
    """
    from caching import sitewide
    from home.models import DepartmentPage, OfficeSettings

    pages = list(pages)
    if not pages:
        return pages

    def rooms():
        # Deepest first, so a room inside a room wins, as in ``department_for_page``.
        return list(
            DepartmentPage.objects.order_by("-depth").only(
                "id", "path", "depth", "title", "short_name", "url_path"
            )
        )

    departments = sitewide.for_request(request, "departments", rooms, tags=DEPARTMENT_TAGS)
    by_id = {department.pk: department for department in departments}
    if request is not None and site is None and Site.find_for_request(request) is not None:
        office = OfficeSettings.for_request(request)
    else:
        site = site or Site.objects.filter(is_default_site=True).first()
        office = OfficeSettings.for_site(site) if site else None
    main = by_id.get(office.main_department_id) if office else None
    for page in pages:
        ancestor = next((d for d in departments if page.path.startswith(d.path)), None)
        page.owning_group = ancestor or by_id.get(getattr(page, "department_id", None)) or main
    return pages


def owned_by_q(department, main_department_id=None, rooms=None):
    """A filter for the pages that ``department`` owns (the ``/news/`` group filter).

    Same rule as ``department_for_page``, for models with a ``department`` field. ``rooms`` (the
    paths of every DepartmentPage) saves its query when the caller already has them.
    """
    from home.models import DepartmentPage

    if rooms is None:
        rooms = list(DepartmentPage.objects.values_list("path", flat=True))
    inner_rooms = [path for path in rooms if path.startswith(department.path) and path != department.path]
    in_own_room = Q(path__startswith=department.path)
    for path in inner_rooms:
        in_own_room &= ~Q(path__startswith=path)
    outside_rooms = Q()
    for path in rooms:
        outside_rooms &= ~Q(path__startswith=path)
    owner = Q(department=department)
    if department.pk == main_department_id:
        owner |= Q(department__isnull=True)
    return in_own_room | (outside_rooms & owner)


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
