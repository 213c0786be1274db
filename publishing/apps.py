from django.apps import AppConfig


class PublishingConfig(AppConfig):
    """Approval and the public record of publication, for every page of the site."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "publishing"
    verbose_name = "การอนุมัติเผยแพร่"

    def ready(self):
        # The approval workflow fills publication requests and sends its own e-mails.
        from publishing import events, withdrawals

        events.connect()
        # Publishing an approved revision of a withdrawn page closes its withdrawal.
        withdrawals.connect()
