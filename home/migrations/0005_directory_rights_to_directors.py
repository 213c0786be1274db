"""The people directory and the office settings are shown to the public as soon as they are saved
(snippets and site settings have no approval step here), so only the roles that may publish edit
them: the office director, who gives the final approval, and superusers. Webmasters keep a
read-only view of the directory and ask the director's office for changes.
"""

from django.db import migrations

from accounts.migration_utils import grant, revoke

WEBMASTERS = "ผู้ดูแลเว็บไซต์"
OFFICE_DIRECTORS = "ผู้อำนวยการ สพท."
EDIT_CODENAMES = ["change_officesettings", "add_person", "change_person", "delete_person", "view_person"]
WEBMASTER_CODENAMES = ["change_officesettings", "add_person", "change_person", "delete_person"]


def forwards(apps, schema_editor):
    revoke(apps, WEBMASTERS, "home", WEBMASTER_CODENAMES)
    grant(apps, WEBMASTERS, "home", ["view_person"])
    grant(apps, OFFICE_DIRECTORS, "home", EDIT_CODENAMES)


def backwards(apps, schema_editor):
    revoke(apps, OFFICE_DIRECTORS, "home", EDIT_CODENAMES)
    revoke(apps, WEBMASTERS, "home", ["view_person"])
    grant(apps, WEBMASTERS, "home", WEBMASTER_CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("home", "0004_webmaster_rights")]

    operations = [migrations.RunPython(forwards, backwards)]
