"""Text of uploaded PDF and DOCX documents, extracted by the worker, searched through the pages that publish them.

A page's index entry holds the titles and extracted text of the documents it references (Wagtail's
``ReferenceIndex``: FK choosers, attachment rows, document blocks), so a query that matches inside a
PDF finds the page a reader can open. Extraction runs in django-q2 after the upload is committed, so
uploads are not slowed; when it is done, the pages that use the document are re-indexed.
"""

import hashlib
import io
import logging
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

logger = logging.getLogger(__name__)

# Enough for the longest circular; beyond it the index grows and nobody reads an excerpt that deep.
MAX_TEXT_CHARS = 200_000


def extract_pdf(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def extract_docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


EXTRACTORS = {"pdf": extract_pdf, "docx": extract_docx}


def extract_document_text(document_id):
    """The worker's task: extract, store, re-index the pages that publish the document."""
    from search.models import DocumentText

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return
    extractor = EXTRACTORS.get(document.file_extension.lower())
    if extractor is None:
        DocumentText.objects.update_or_create(
            document=document, defaults={"text": "", "status": DocumentText.Status.UNSUPPORTED}
        )
        return
    with document.open_file() as handle:
        data = handle.read()
    file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    existing = DocumentText.objects.filter(document=document).first()
    if existing and existing.file_hash == file_hash and existing.status == DocumentText.Status.DONE:
        # Same file: nothing to extract, but the title (in the pages' index entries) may be new.
        reindex_pages_using(document)
        return
    try:
        text, status = extractor(data)[:MAX_TEXT_CHARS], DocumentText.Status.DONE
    except Exception:  # a damaged or encrypted file must not stop the worker
        logger.warning("Could not extract the text of document %s", document.pk, exc_info=True)
        text, status = "", DocumentText.Status.FAILED
    DocumentText.objects.update_or_create(
        document=document, defaults={"text": text, "status": status, "file_hash": file_hash}
    )
    reindex_pages_using(document)


def queue_extraction(document):
    """After the upload is committed, hand the extraction to the worker."""
    from django_q.tasks import async_task

    transaction.on_commit(lambda: async_task("search.documents.extract_document_text", document.pk))


def pages_using(document):
    """The pages that reference ``document`` (latest saved state), as specific pages."""
    from wagtail.models import Page

    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in page_ids]).specific()


def reindex_pages_using(document):
    """Index again the pages that publish ``document``; their cached search results go too (the
    page itself is not saved, so no signal of the page cache would fire)."""
    from django.conf import settings
    from wagtail.search import index

    from caching.invalidation import purge_page

    for page in pages_using(document):
        index.insert_or_update_object(page)
        if settings.PAGE_CACHE_ENABLED:
            purge_page(page)


# Set on pages while a batch of them is indexed (``prefetched_document_texts``), read by
# ``text_of_page_documents``: one query for the batch instead of three per page and field.
PREFETCHED_ATTRIBUTE = "_search_documents_text"


def text_of_page_documents(page):
    """Titles and extracted text of the documents a page references, for its index entry."""
    if not page.pk:
        return ""
    prefetched = getattr(page, PREFETCHED_ATTRIBUTE, None)
    if prefetched is not None:
        return prefetched
    return document_text_by_page([page]).get(page.pk, "")


@contextmanager
def prefetched_document_texts(objs):
    """While indexing ``objs``, their pages' document text is read in one go. The attribute is removed
    afterwards: a page indexed again after its attachments are saved must read them afresh."""
    from wagtail.models import Page

    pages = [obj for obj in objs if isinstance(obj, Page) and obj.pk]
    texts = document_text_by_page(pages) if pages else {}
    for page in pages:
        setattr(page, PREFETCHED_ATTRIBUTE, texts.get(page.pk, ""))
    try:
        yield
    finally:
        for page in pages:
            page.__dict__.pop(PREFETCHED_ATTRIBUTE, None)


def document_text_by_page(pages):
    """``{page_id: text}`` for the documents of many pages, in two queries (indexing, result excerpts)."""
    from wagtail.models import Page

    page_ids = [page.pk for page in pages]
    if not page_ids:
        return {}
    document_model = get_document_model()
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
        to_content_type=ContentType.objects.get_for_model(document_model),
    ).values_list("object_id", "to_object_id")
    references = [(int(page_id), int(document_id)) for page_id, document_id in references]
    documents = document_model.objects.filter(
        pk__in={document_id for _, document_id in references}
    ).select_related("extracted_text")
    texts = {}
    for document in documents:
        extracted = getattr(document, "extracted_text", None)
        texts[document.pk] = " ".join(filter(None, [document.title, extracted.text if extracted else ""]))
    result = {}
    for page_id, document_id in sorted(references):
        result[page_id] = " ".join(filter(None, [result.get(page_id, ""), texts.get(document_id, "")]))
    return result
