"""PR officers and administrators read the ratings and comments (and delete spam); nobody else."""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

CODENAMES = ["view_pagerating", "delete_pagerating"]


def forwards(apps, schema_editor):
    for role in (roles.PR_OFFICERS, roles.ADMINISTRATORS):
        grant(apps, role, "feedback", CODENAMES)


def backwards(apps, schema_editor):
    for role in (roles.PR_OFFICERS, roles.ADMINISTRATORS):
        revoke(apps, role, "feedback", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_ratings"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
