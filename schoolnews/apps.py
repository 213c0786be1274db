from django.apps import AppConfig


class SchoolNewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "schoolnews"
    verbose_name = "ข่าวจากโรงเรียนและหน่วยงาน"
