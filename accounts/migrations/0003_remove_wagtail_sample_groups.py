"""Remove Wagtail's sample "Moderators" and "Editors" groups.

Wagtail's first migrations create them with add/change/publish rights on the whole tree; our
roles (``0002_roles``) replace them, and leaving them would be a door nobody watches.
"""

from django.db import migrations

SAMPLE_GROUPS = ["Moderators", "Editors"]


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=SAMPLE_GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(remove, migrations.RunPython.noop)]
