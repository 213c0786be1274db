from django.conf import settings
from django.urls import path

from security.login import SiteLoginView

# Wagtail's own ``wagtailcore_login`` at the same address, included before ``wagtail.urls``.
urlpatterns = [
    path(
        "_util/login/",
        SiteLoginView.as_view(
            template_name=getattr(settings, "WAGTAIL_FRONTEND_LOGIN_TEMPLATE", "wagtailcore/login.html")
        ),
        name="wagtailcore_login",
    ),
]
