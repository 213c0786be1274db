from django.apps import AppConfig


class OutboxConfig(AppConfig):
    """Every e-mail the site sends: queued, retried over hours, recorded once sent or failed."""

    name = "outbox"
    verbose_name = "อีเมลขาออก"
