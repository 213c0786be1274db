"""PR officers and administrators run the school-news inbox and hand out the personal links."""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

CODENAMES = [
    "view_schoolnewssubmission",
    "change_schoolnewssubmission",
    "add_schoolnewslink",
    "change_schoolnewslink",
    "delete_schoolnewslink",
    "view_schoolnewslink",
]
GROUPS = [roles.PR_OFFICERS, roles.ADMINISTRATORS]


def forward(apps, schema_editor):
    for group in GROUPS:
        grant(apps, group, "schoolnews", CODENAMES)


def backward(apps, schema_editor):
    for group in GROUPS:
        revoke(apps, group, "schoolnews", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("schoolnews", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forward, backward)]
