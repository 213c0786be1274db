"""When each approval step last began, so the turnaround of a request sent back and sent again
counts from the new submission; existing requests take it from their workflow's task states."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def from_task_states(apps, schema_editor):
    PublicationRequest = apps.get_model("publishing", "PublicationRequest")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    steps = {
        "group_started_at": apps.get_model("publishing", "DepartmentDirectorApprovalTask"),
        "office_started_at": apps.get_model("publishing", "OfficeDirectorApprovalTask"),
    }
    for field, task_model in steps.items():
        latest = (
            TaskState.objects.filter(
                workflow_state=OuterRef("workflow_state"),
                task__in=task_model.objects.values("pk"),
            )
            .order_by("-started_at", "-pk")
            .values("started_at")[:1]
        )
        PublicationRequest.objects.filter(workflow_state__isnull=False).update(**{field: Subquery(latest)})


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0005_withdrawal_reinstatement"),
    ]

    operations = [
        migrations.AddField(
            model_name="publicationrequest",
            name="group_started_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="วันเวลาที่เสนอ ผอ.กลุ่ม (ครั้งล่าสุด)"),
        ),
        migrations.AddField(
            model_name="publicationrequest",
            name="office_started_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="วันเวลาที่เสนอ ผอ.สพท. (ครั้งล่าสุด)"),
        ),
        migrations.RunPython(from_task_states, migrations.RunPython.noop),
    ]
