from django.apps import AppConfig


class TransparencyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "transparency"
    verbose_name = "ความโปร่งใส (ITA)"

    def ready(self):
        from transparency import signals  # noqa: F401 - connects the receivers
