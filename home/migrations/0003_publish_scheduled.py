"""Scheduled publishing with nothing but ``qcluster`` running: Wagtail's ``publish_scheduled``
as a django-q2 schedule, present after ``migrate`` on every database."""

from django.db import migrations

NAME = "wagtail publish_scheduled"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=NAME,
        defaults={
            "func": "django.core.management.call_command",
            "args": "'publish_scheduled'",
            "schedule_type": "I",
            "minutes": 1,
            "repeats": -1,
        },
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0002_initial"), ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more")]

    operations = [migrations.RunPython(create, remove)]
