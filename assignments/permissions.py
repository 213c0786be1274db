"""The desk's permission policies for Wagtail's admin: the rules of ``assignments.access``, nothing else.

No Django model permissions are granted: who runs the desk depends on the office's main group
(a department group, made with its page), which a role migration cannot name.
"""

from wagtail.permission_policies import BasePermissionPolicy

from assignments.access import can_run_desk

DESK_ACTIONS = ("add", "change", "delete", "view")


class _DeskPolicy(BasePermissionPolicy):
    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        # Only used by Wagtail for notifications we do not send; a safe, narrow answer.
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class AgendaItemPermissionPolicy(_DeskPolicy):
    """The agenda is the desk's alone."""

    def user_has_permission(self, user, action):
        return action in DESK_ACTIONS and can_run_desk(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return action in DESK_ACTIONS and self.model.objects.run_by(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not set(actions) & set(DESK_ACTIONS):
            return self.model.objects.none()
        return self.model.objects.run_by(user)


class AssignmentPermissionPolicy(_DeskPolicy):
    """The desk adds, reassigns and deletes; assignees and their group directors view."""

    def user_has_permission(self, user, action):
        if action in DESK_ACTIONS and can_run_desk(user):
            return True
        return action == "view" and self.model.objects.visible_to(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "view":
            return self.model.objects.visible_to(user).filter(pk=instance.pk).exists()
        return action in DESK_ACTIONS and self.model.objects.run_by(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions:
            return self.model.objects.visible_to(user)
        if set(actions) & set(DESK_ACTIONS):
            return self.model.objects.run_by(user)
        return self.model.objects.none()
