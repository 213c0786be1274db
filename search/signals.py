"""Keep document text and the synonym list current: every saved document (upload or new file) is queued
for extraction; a saved or deleted synonym counts from the next search."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.signals import page_published

from search.documents import queue_extraction
from search.models import SearchSynonym
from search.synonyms import synonyms_changed


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


@receiver(post_save, sender=SearchSynonym)
@receiver(post_delete, sender=SearchSynonym)
def synonym_saved_or_deleted(sender, raw=False, **kwargs):
    if not raw:
        synonyms_changed()
