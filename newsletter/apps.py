from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "จดหมายข่าว"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsletter import signals  # noqa: F401
