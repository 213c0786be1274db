"""Least privilege for the ITA app.

- the catalogue (items, sub-indicators): administrators and webmasters;
- the readiness report: every role that prepares or approves ITA content, not the PR officers.
"""

from django.db import migrations

from accounts.migration_utils import grant, revoke

MANAGERS = ["ผู้ดูแลระบบ", "ผู้ดูแลเว็บไซต์"]
READERS = ["ผู้อำนวยการ สพท.", "ผู้อำนวยการกลุ่ม", "เจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม"]
CATALOGUE = [
    f"{action}_{model}"
    for model in ("itaitem", "itasubindicator")
    for action in ("add", "change", "delete", "view")
]


def create(apps, schema_editor):
    for role in MANAGERS:
        grant(apps, role, "transparency", [*CATALOGUE, "view_readiness"])
    for role in READERS:
        grant(apps, role, "transparency", ["view_readiness"])


def remove(apps, schema_editor):
    for role in MANAGERS + READERS:
        revoke(apps, role, "transparency", [*CATALOGUE, "view_readiness"])


class Migration(migrations.Migration):
    dependencies = [("transparency", "0002_ita_lists"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(create, remove)]
