"""The workflow "อนุมัติเผยแพร่" on the root page (so every page of every site), its two tasks,
who may see publication requests and withdraw pages, and who keeps the disclosure categories.

Least privilege: editors see no requests (they follow their own pages in the page editor);
group directors see their own group's requests (the admin view filters them); office directors,
webmasters, PR officers and administrators see all. Withdrawing a page is for office directors,
webmasters and administrators. The office's list of disclosure categories: administrators and
webmasters.
"""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

WORKFLOW_NAME = "อนุมัติเผยแพร่"
GROUP_STEP = "ผอ.กลุ่มตรวจสอบ"
OFFICE_STEP = "ผอ.สพท.อนุมัติ"

VIEWERS = [
    roles.OFFICE_DIRECTORS,
    roles.GROUP_DIRECTORS,
    roles.WEBMASTERS,
    roles.PR_OFFICERS,
    roles.ADMINISTRATORS,
]
WITHDRAWERS = [roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.ADMINISTRATORS]
CATEGORY_KEEPERS = [roles.WEBMASTERS, roles.ADMINISTRATORS]
CATEGORY_PERMISSIONS = [f"{action}_disclosurecategory" for action in ("add", "change", "delete", "view")]


def _task(apps, model_name, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    model = apps.get_model("publishing", model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label="publishing", model=model_name.lower())
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name, content_type=content_type, active=True)
    return task


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    group_step = _task(apps, "DepartmentDirectorApprovalTask", GROUP_STEP)
    office_step = _task(apps, "OfficeDirectorApprovalTask", OFFICE_STEP)
    office_directors, _ = Group.objects.get_or_create(name=roles.OFFICE_DIRECTORS)
    office_step.groups.add(office_directors)

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first() or Workflow.objects.create(
        name=WORKFLOW_NAME, active=True
    )
    for order, task in enumerate([group_step, office_step]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task_id=task.pk, defaults={"sort_order": order}
        )
    for root in Page.objects.filter(depth=1):
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    for role in VIEWERS:
        grant(apps, role, "publishing", ["view_publicationrequest"])
    for role in WITHDRAWERS:
        grant(apps, role, "publishing", ["add_pagewithdrawal", "view_pagewithdrawal"])
    for role in CATEGORY_KEEPERS:
        grant(apps, role, "publishing", CATEGORY_PERMISSIONS)


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name__in=[GROUP_STEP, OFFICE_STEP]).delete()
    for role in VIEWERS:
        revoke(apps, role, "publishing", ["view_publicationrequest"])
    for role in WITHDRAWERS:
        revoke(apps, role, "publishing", ["add_pagewithdrawal", "view_pagewithdrawal"])
    for role in CATEGORY_KEEPERS:
        revoke(apps, role, "publishing", CATEGORY_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0002_disclosure_categories"),
        ("accounts", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
