from django.apps import AppConfig


class ThaiInputConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "thaiinput"
    verbose_name = "การกรอกข้อมูลภาษาไทย"

    def ready(self):
        # Every admin form of every model (pages, snippets, settings, inline panels) types
        # Buddhist-Era dates: override Wagtail's own date widgets for the model fields.
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from thaiinput.fields import BEDateField, BEDateTimeField
        from thaiinput.widgets import BEDateInput, BEDateTimeInput

        register_form_field_override(
            models.DateField, override={"form_class": BEDateField, "widget": BEDateInput}
        )
        register_form_field_override(
            models.DateTimeField, override={"form_class": BEDateTimeField, "widget": BEDateTimeInput}
        )

        # And every date filter of every listing and report (thaiinput.filters says why it is done so).
        from thaiinput import filters

        filters.install()
