"""The four routes with their default deadlines, the administrators' rights on routes and topics,
and the daily reminder run as a django-q2 schedule."""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

# key -> (acknowledge, answer) in working days. OIA requests: 15 days (Official Information Act 2540).
ROUTES = {
    "question": (1, 7),
    "complaint": (3, 30),
    "corruption": (3, 30),
    "information_request": (1, 15),
}
SCHEDULE = "services case reminders"
ADMIN_RIGHTS = [
    ("caseroute", ("change", "view")),
    ("questiontopic", ("add", "change", "delete", "view")),
]


def _codenames():
    return [f"{action}_{model}" for model, actions in ADMIN_RIGHTS for action in actions]


def forward(apps, schema_editor):
    CaseRoute = apps.get_model("services", "CaseRoute")
    for key, (acknowledge, answer) in ROUTES.items():
        CaseRoute.objects.get_or_create(key=key, defaults={"acknowledge_days": acknowledge, "answer_days": answer})
    grant(apps, roles.ADMINISTRATORS, "services", _codenames())
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=SCHEDULE,
        defaults={"func": "services.reminders.send_due_reminders", "schedule_type": "D", "repeats": -1},
    )


def backward(apps, schema_editor):
    revoke(apps, roles.ADMINISTRATORS, "services", _codenames())
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0001_initial"),
        ("accounts", "0002_roles"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(forward, backward)]
