"""Retire Wagtail's sample roles: the "Moderators" and "Editors" groups and the
"Moderators approval" workflow.

Wagtail's first migrations create the groups with add/change/publish rights on the whole tree,
and a workflow for them; our roles (``0002_roles``) and the office's own workflow (newsroom)
replace them. Leaving them would be a door nobody watches, and English names in a Thai admin.
"""

from django.db import migrations

SAMPLE_GROUPS = ["Moderators", "Editors"]
SAMPLE_WORKFLOW = "Moderators approval"


def retire(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=SAMPLE_GROUPS, user__isnull=True).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for workflow in Workflow.objects.filter(name=SAMPLE_WORKFLOW):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        if WorkflowState.objects.filter(workflow=workflow).exists():
            workflow.active = False
            workflow.save(update_fields=["active"])
        else:
            workflow.delete()
    Task.objects.filter(name=SAMPLE_WORKFLOW, workflow_tasks__isnull=True, task_states__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retire, migrations.RunPython.noop)]
