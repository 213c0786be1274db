"""Helpers shared by the workflow tests."""

from wagtail.models import Page


def approve_current_task(page, user, comment=""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state.specific
    task_state.task.specific.on_action(task_state, user, "approve", comment=comment)
