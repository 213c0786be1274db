"""Forget a user's remembered memberships (``accounts.roles.memberships``) when their groups change."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from accounts.roles import forget_memberships


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="accounts_forget_memberships")
def _groups_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, get_user_model()):
        forget_memberships(instance)
