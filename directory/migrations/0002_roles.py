"""Webmasters (who keep the people directory) and administrators keep the staff-only phone book."""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

CODENAMES = ["add_directoryentry", "change_directoryentry", "delete_directoryentry", "view_directoryentry"]
GROUPS = [roles.WEBMASTERS, roles.ADMINISTRATORS]


def forward(apps, schema_editor):
    for group in GROUPS:
        grant(apps, group, "directory", CODENAMES)


def backward(apps, schema_editor):
    for group in GROUPS:
        revoke(apps, group, "directory", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forward, backward)]
