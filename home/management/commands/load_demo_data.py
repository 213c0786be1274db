"""Build the demo office: ``python manage.py load_demo_data``. Idempotent."""

import os
from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo import DemoContext

# Order matters: later apps use the pages, groups and users of earlier ones.
DEMO_APPS = [
    "home",
    "publishing",
    "newsroom",
    "transparency",
    "network",
    "search",
    "services",
    "directory",
    "schoolnews",
    "reports",
    "feedback",
    "assignments",
    "newsletter",
]
DEFAULT_PASSWORD = "demo1234"  # noqa: S105 - the documented password of demo users, refused in production


class Command(BaseCommand):
    help = "Load the demo site of an Educational Service Area Office (pages, groups, users, content)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help=f"Password of the demo users (default {DEFAULT_PASSWORD}); given, it is also set on "
            "demo users that already exist.",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Allow loading demo data with production settings (demo users have known passwords).",
        )

    def handle(self, *args, **options):
        # override_settings (tests) hides SETTINGS_MODULE; the environment still names the module.
        module = settings.SETTINGS_MODULE or os.environ.get("DJANGO_SETTINGS_MODULE", "")
        if module.endswith("production") and not options["allow_production"]:
            raise CommandError(
                "Refusing to load demo data with production settings; pass --allow-production if you mean it."
            )
        ctx = DemoContext(
            password=options["password"] or DEFAULT_PASSWORD,
            reset_passwords=options["password"] is not None,
            stdout=self.stdout,
        )
        with transaction.atomic():
            for app in DEMO_APPS:
                try:
                    module = import_module(f"{app}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app}.demo":
                        raise
                    continue
                module.load(ctx)
                self.stdout.write(f"demo: {app} ready")
        self.stdout.write(
            self.style.SUCCESS(f"Demo site ready: http://127.0.0.1:8000/ — log in as admin / {ctx.password}")
        )
