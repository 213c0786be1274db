"""The warnings of assignments about to miss their standard: a django-q2 schedule every ten minutes,
present after ``migrate`` on every database (a meeting's warning is due one hour before its deadline)."""

from django.db import migrations

NAME = "assignments warnings"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=NAME,
        defaults={
            "func": "assignments.reminders.send_warnings",
            "schedule_type": "I",
            "minutes": 10,
            "repeats": -1,
        },
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("assignments", "0001_agenda_and_assignments"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
