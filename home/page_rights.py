"""Page-tree rights of the site-wide roles (the departments' own rights are in ``home.departments``).

Publishing is never granted here: what a webmaster changes goes live through the approval
workflow like everyone else's work. Superusers keep every right.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from accounts import roles

# The webmaster builds the site's structure (menus, about pages, group pages) and may lock a page
# while reorganising it, but publishes through the workflow.
WEBMASTER_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page")


def grant_page_permissions(group, page, codenames):
    """Give ``group`` the Wagtail page permissions ``codenames`` on ``page`` and its subtree. Idempotent."""
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    found = {permission.codename: permission for permission in permissions}
    missing = set(codenames) - set(found)
    if missing:
        raise LookupError(f"Unknown page permissions: {sorted(missing)}")
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=found[codename])


def ensure_site_page_rights(root_page):
    """Give the webmasters' role group its rights on a site's home page (run once per site)."""
    group, _ = Group.objects.get_or_create(name=roles.WEBMASTERS)
    grant_page_permissions(group, root_page, WEBMASTER_PAGE_PERMISSIONS)
    return group
