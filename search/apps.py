from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: Thai word segmentation inside Wagtail's search backend, synonyms, document text.

    The label ``search`` does not clash with Wagtail's ``wagtail.search`` (label ``wagtailsearch``)
    nor with django-modelsearch (label ``modelsearch``).
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "การค้นหา"

    def ready(self):
        from search import signals  # noqa: F401
