"""Only PR officers and administrators hold the register's permissions (personal data, PDPA)."""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

REGISTER = ["mediaoutlet", "mediacontact", "networkmember", "appointmentorder", "recipientlist", "channellog", "coverageclipping"]
CODENAMES = [f"{action}_{model}" for model in REGISTER for action in ("add", "change", "delete", "view")] + [
    "add_release",
    "view_release",
    "view_delivery",
    "view_registerexport",
]


def forwards(apps, schema_editor):
    for role in (roles.PR_OFFICERS, roles.ADMINISTRATORS):
        grant(apps, role, "network", CODENAMES)


def backwards(apps, schema_editor):
    for role in (roles.PR_OFFICERS, roles.ADMINISTRATORS):
        revoke(apps, role, "network", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("network", "0001_register"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
