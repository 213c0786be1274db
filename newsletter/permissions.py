"""Who builds the newsletter: PR officers and administrators, in the archive's subtree only.

Sending an issue is the network distribution's right (``network.add_release``: the same two roles).
Publishing stays with the approval workflow.
"""

from django.contrib.auth.models import Group

from accounts import roles
from home.page_rights import grant_page_permissions

NEWSLETTER_ROLES = (roles.PR_OFFICERS, roles.ADMINISTRATORS)
PAGE_PERMISSIONS = ("add_page", "change_page")


def ensure_newsletter_page_permissions(index):
    """Give the newsletter roles add/change rights on the archive's subtree. Idempotent."""
    for name in NEWSLETTER_ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        grant_page_permissions(group, index, PAGE_PERMISSIONS)


def can_build(user, page):
    """May ``user`` edit this issue (the admin PDF, the prefill)? Wagtail's own page rights."""
    return page.permissions_for_user(user).can_edit()
