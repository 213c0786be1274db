from django.apps import AppConfig


class OfficeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "office"
    verbose_name = "การติดตั้งสำนักงาน"

    def ready(self):
        # Wagtail's list of sites labels three columns from their attribute names ("Port",
        # "Site name", "Root page"), not from the model's translated verbose names: the office's
        # administrator sets the site up here, in Thai.
        from django.utils.text import capfirst
        from wagtail.models import Site
        from wagtail.sites.views import IndexView

        for column in IndexView.columns:
            if column.name in ("port", "site_name", "root_page"):
                column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
