"""Keep document text current: every saved document (upload or new file) is queued for extraction."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.signals import page_published

from search.documents import queue_extraction


@receiver(post_save, sender=get_document_model())
def extract_text_after_upload(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_extraction(instance)


@receiver(page_published)
def reindex_after_publish(sender, instance, **kwargs):
    """Index a page again once it is wholly published.

    The index and the reference index are updated on ``post_save``, which fires before modelcluster
    saves the page's child rows (journal articles, news attachments): without this, a page's new
    articles or documents would be searchable only after its next save.
    """
    ReferenceIndex.create_or_update_for_object(instance)
    index.insert_or_update_object(instance)
