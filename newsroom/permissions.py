"""Page rights of PR officers: they write news and run the journal in their own rooms of the tree."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from accounts import roles

PR_PAGE_PERMISSIONS = ("add_page", "change_page")


def ensure_pr_page_permissions(*pages):
    """Give the PR officers' group add/change rights on each page's subtree. Idempotent.

    Call it for the news index and the journal index of every new site (the demo does).
    Publishing stays with the approval workflow.
    """
    group, _ = Group.objects.get_or_create(name=roles.PR_OFFICERS)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PR_PAGE_PERMISSIONS
    )
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    return group
