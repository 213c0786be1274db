from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "newsroom"
    verbose_name = "ข่าวและวารสาร"

    def ready(self):
        from newsroom import signals  # noqa: F401
