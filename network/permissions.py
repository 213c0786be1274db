"""A real 403 for the register.

Wagtail turns PermissionDenied inside the admin into a redirect to the dashboard with a message;
for personal data we answer 403 Forbidden, so a refusal is unambiguous (and testable).
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from wagtail.permission_policies import ModelPermissionPolicy


def forbidden(request):
    return render(request, "network/admin/forbidden.html", status=403)


def forbid_instead_of_redirect(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                raise
            return forbidden(request)

    return wrapped


class ForbiddingViewSetMixin:
    """Every view of the viewset answers 403 to a user without the model permission it needs."""

    def construct_view(self, view_class, **kwargs):
        return forbid_instead_of_redirect(super().construct_view(view_class, **kwargs))


class RequireModelAccessMixin:
    """For viewsets whose views never ask for a permission: Wagtail's snippet choosers.

    A chooser (its modal, results and "chosen" JSON) lists the rows of its model to any admin user,
    so for the register it must first check that the user holds some permission on the model.
    """

    access_actions = ("view", "add", "change", "delete")

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        policy = ModelPermissionPolicy(self.model)

        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not policy.user_has_any_permission(request.user, self.access_actions):
                return forbidden(request)
            return view(request, *args, **kwargs)

        return guarded
