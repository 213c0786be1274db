from django.apps import AppConfig


class CachingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "caching"
    verbose_name = "แคชหน้าเว็บ"

    def ready(self):
        from caching import signals

        signals.connect()
