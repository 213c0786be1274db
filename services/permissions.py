"""The cases' permission policy for Wagtail's admin: the rules of ``services.access``, nothing else.

Cases are opened only by the public and never deleted from the admin (they are the office's record
and the ITA figures); staff view and change the cases they may see.
"""

from wagtail.permission_policies import BasePermissionPolicy

from services.access import can_handle_cases

HANDLING_ACTIONS = ("view", "change")


class CasePermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in HANDLING_ACTIONS and can_handle_cases(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            action in HANDLING_ACTIONS and self.model.objects.visible_to(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not set(actions) & set(HANDLING_ACTIONS):
            return self.model.objects.none()
        return self.model.objects.visible_to(user)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        # Only used by Wagtail for notifications we do not send; a safe, narrow answer.
        return get_user_model().objects.filter(is_active=True, is_superuser=True)
