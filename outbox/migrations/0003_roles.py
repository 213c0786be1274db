from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

CODENAMES = ["view_outgoingmail", "change_outgoingmail"]
ROLES = (roles.PR_OFFICERS, roles.ADMINISTRATORS)


def forwards(apps, schema_editor):
    for role in ROLES:
        grant(apps, role, "outbox", CODENAMES)


def backwards(apps, schema_editor):
    for role in ROLES:
        revoke(apps, role, "outbox", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("outbox", "0002_dispatch_schedule"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
