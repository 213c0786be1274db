from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """One archive of everything the office would lose with its server (``manage.py backup``) and
    its restore onto an empty installation (``manage.py restore``)."""

    name = "backups"
    verbose_name = "สำรองข้อมูล"
