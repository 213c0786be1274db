"""Page rights of PR officers: they write news and run the journal in their own rooms of the tree."""

from django.contrib.auth.models import Group

from accounts import roles
from home.page_rights import grant_page_permissions

PR_PAGE_PERMISSIONS = ("add_page", "change_page")


def ensure_pr_page_permissions(*pages):
    """Give the PR officers' group add/change rights on each page's subtree. Idempotent.

    Run when a news or journal index is created (``newsroom/signals.py``).
    Publishing stays with the approval workflow.
    """
    group, _ = Group.objects.get_or_create(name=roles.PR_OFFICERS)
    for page in pages:
        grant_page_permissions(group, page, PR_PAGE_PERMISSIONS)
    return group
