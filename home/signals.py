"""Rights that follow the page tree: a new internal group's page gets its editors' and director's
groups, and a new home page gives the webmasters their room, whoever creates them (admin, demo,
or a shell), so a real office needs no extra set-up step."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from home.departments import ensure_department_groups
from home.models import DepartmentPage, HomePage
from home.page_rights import ensure_site_page_rights


@receiver(post_save, sender=DepartmentPage, dispatch_uid="home_department_rights")
def department_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_department_groups(instance)


@receiver(post_save, sender=HomePage, dispatch_uid="home_site_rights")
def home_page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_site_page_rights(instance)
