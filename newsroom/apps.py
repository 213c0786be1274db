from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "newsroom"
    verbose_name = "ข่าวและวารสาร"

    def ready(self):
        # The approval workflow fills publication requests and sends its own e-mails.
        from newsroom import signals, workflow_events  # noqa: F401

        workflow_events.connect()
