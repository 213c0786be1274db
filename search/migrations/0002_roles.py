"""Least privilege: administrators and webmasters keep the synonym list; nobody edits extracted text by hand."""

from django.db import migrations

from accounts.migration_utils import grant, revoke

MANAGERS = ["ผู้ดูแลระบบ", "ผู้ดูแลเว็บไซต์"]
SYNONYMS = [f"{action}_searchsynonym" for action in ("add", "change", "delete", "view")]


def create(apps, schema_editor):
    for role in MANAGERS:
        grant(apps, role, "search", SYNONYMS)


def remove(apps, schema_editor):
    for role in MANAGERS:
        revoke(apps, role, "search", SYNONYMS)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(create, remove)]
