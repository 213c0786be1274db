"""Who sees which publication requests, who verifies a live page and who withdraws one.

Least privilege: office directors, webmasters, PR officers and administrators see all requests;
group directors see their own group's; nobody else (403).
"""

from wagtail.permission_policies import ModelPermissionPolicy

from accounts import roles
from accounts.roles import user_has_role
from home.models import DepartmentPage
from publishing.models import PublicationRequest

ALL_REQUEST_ROLES = (roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.PR_OFFICERS, roles.ADMINISTRATORS)
VIEW_REQUESTS = "publishing.view_publicationrequest"
WITHDRAW_PAGES = "publishing.add_pagewithdrawal"
# Asking for a withdrawn page back: office directors and administrators (migration 0004).
REINSTATE_PAGES = "publishing.change_pagewithdrawal"


def director_department_ids(user):
    """The departments whose directors' group the user belongs to."""
    if not user.is_authenticated:
        return []
    return list(
        DepartmentPage.objects.filter(directors_group__in=user.groups.values("pk")).values_list(
            "pk", flat=True
        )
    )


def visible_requests(user):
    requests = PublicationRequest.objects.all()
    if not user.is_authenticated or not user.has_perm(VIEW_REQUESTS):
        return requests.none()
    if user_has_role(user, *ALL_REQUEST_ROLES):
        return requests
    return requests.filter(department__in=director_department_ids(user))


def can_verify(user, publication_request):
    if not publication_request.published_at:
        return False
    return user.is_superuser or publication_request.department_id in director_department_ids(user)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Requests are written by the workflow only: nobody adds, edits or deletes them by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


def withdrawal_button_allowed(page, user):
    return page.live and not page.is_root() and page.depth > 2 and user.has_perm(WITHDRAW_PAGES)


def reinstatement_button_allowed(page, user):
    """Only on a page that is not live (withdrawing unpublishes), so live pages cost no query."""
    if page.live or page.depth <= 2 or not user.has_perm(REINSTATE_PAGES):
        return False
    from publishing.withdrawals import is_withdrawn

    return is_withdrawn(page)
