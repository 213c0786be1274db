from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

CODENAMES = ["view_accessattempt", "delete_accessattempt", "view_accessfailurelog"]


def forwards(apps, schema_editor):
    grant(apps, roles.ADMINISTRATORS, "axes", CODENAMES)


def backwards(apps, schema_editor):
    revoke(apps, roles.ADMINISTRATORS, "axes", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_roles"), ("axes", "0010_accessattemptexpiration")]

    operations = [migrations.RunPython(forwards, backwards)]
