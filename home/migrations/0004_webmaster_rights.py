"""Least privilege for the webmaster: the office's settings and the people directory.

Page rights on a site's home page are given per site by ``home.page_rights.ensure_site_page_rights``
(the demo loader calls it), because the home page does not exist when migrations run.
"""

from django.db import migrations

from accounts.migration_utils import grant, revoke

WEBMASTERS = "ผู้ดูแลเว็บไซต์"
CODENAMES = ["change_officesettings", "add_person", "change_person", "delete_person"]


def forwards(apps, schema_editor):
    grant(apps, WEBMASTERS, "home", CODENAMES)


def backwards(apps, schema_editor):
    revoke(apps, WEBMASTERS, "home", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_publish_scheduled"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
