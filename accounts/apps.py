from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "บุคลากร"

    def ready(self):
        from accounts import signals  # noqa: F401 - connects the receivers


class ThaiUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with forms that carry the fields the office's paperwork needs."""

    user_viewset = "accounts.viewsets.UserViewSet"
