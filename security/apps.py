from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Who may sign in and what a browser may load: login lockout, session rules, response headers,
    two-factor sign-in."""

    name = "security"
    verbose_name = "ความปลอดภัย"

    def ready(self):
        from django.contrib import admin

        from security.login import DjangoAdminLoginForm

        admin.site.login_form = DjangoAdminLoginForm
