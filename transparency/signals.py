"""Keep the ITA pages' owner and page rights in step with the catalogue."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from transparency.models import ItaItem, TransparencyIndexPage, TransparencyPage
from transparency.permissions import ensure_index_permissions, sync_item_page_permissions


@receiver(post_save, sender=TransparencyPage)
def item_page_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_item_page_permissions(instance)


@receiver(post_save, sender=TransparencyIndexPage)
def index_page_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        ensure_index_permissions(instance)


@receiver(post_save, sender=ItaItem)
def item_saved(sender, instance, raw=False, **kwargs):
    """A new responsible department takes over the item's page (owner field and rights)."""
    if raw:
        return
    for page in TransparencyPage.objects.filter(item=instance).exclude(department_id=instance.department_id):
        TransparencyPage.objects.filter(pk=page.pk).update(department_id=instance.department_id)
        page.department_id = instance.department_id
        sync_item_page_permissions(page)
