"""PR officers' rooms in the tree: a new news or journal index gives them add/change rights there."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from newsroom.models import JournalIndexPage, NewsIndexPage
from newsroom.permissions import ensure_pr_page_permissions


@receiver(post_save, sender=NewsIndexPage, dispatch_uid="newsroom_news_index_rights")
@receiver(post_save, sender=JournalIndexPage, dispatch_uid="newsroom_journal_index_rights")
def index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_pr_page_permissions(instance)
