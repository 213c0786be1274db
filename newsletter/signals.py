"""A new newsletter archive gives the PR officers and administrators their rights in it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from newsletter.models import NewsletterIndexPage
from newsletter.permissions import ensure_newsletter_page_permissions


@receiver(post_save, sender=NewsletterIndexPage, dispatch_uid="newsletter_index_rights")
def index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_newsletter_page_permissions(instance)
