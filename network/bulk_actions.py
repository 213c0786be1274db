"""Wagtail's bulk delete for the register, refused (403) to users without a right on the model.

Wagtail's own snippet bulk action lists the chosen rows by name ("you don't have permission to
delete these ...") to any admin user who opens ``/admin/bulk/network/<model>/delete/?id=all``;
for personal data that list is itself the leak.
"""

from django.utils.functional import classproperty
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models

from network.permissions import RequireModelAccessMixin, forbidden


class RegisterDeleteBulkAction(DeleteBulkAction):
    @classproperty
    def models(cls):
        return [model for model in get_snippet_models() if model._meta.app_label == "network"]

    def dispatch(self, request, *args, **kwargs):
        policy = ModelPermissionPolicy(self.model)
        if not policy.user_has_any_permission(request.user, RequireModelAccessMixin.access_actions):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)
