"""Turn one page of search hits into what the results list shows, in a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from modelsearch.index import RelatedFields, SearchField
from wagtail.models import Page

from home.departments import attach_departments
from search.documents import document_text_by_page
from search.excerpts import excerpt
from search.kinds import KINDS, kind_of

# Fields the excerpt does not read from the page itself: the title is shown above it, documents in bulk.
SKIPPED_FIELDS = {"title", "search_documents_text"}


@dataclass
class Result:
    page: Page
    kind: str
    kind_label: str
    group: object
    date: object
    excerpt: str


def _text_values(obj, fields):
    for field in fields:
        if isinstance(field, SearchField) and field.field_name not in SKIPPED_FIELDS:
            value = field.get_value(obj)
            if isinstance(value, (list, tuple)):
                yield from (str(item) for item in value)
            elif value:
                yield str(value)
        elif isinstance(field, RelatedFields):
            related = field.get_value(obj)
            for item in related.all() if hasattr(related, "all") else [related]:
                if item is not None:
                    yield from _text_values(item, field.fields)


def page_text(page, documents_text=""):
    return " ".join([*_text_values(page, page.get_search_fields()), documents_text])


def build_results(hits, words, request=None):
    """``hits``: one page of search hits, specific pages (the search ran on a ``specific()`` queryset)."""
    ordered = list(hits)
    journal = [page for page in ordered if page._meta.label == "newsroom.JournalIssuePage"]
    prefetch_related_objects(journal, "articles")
    documents = document_text_by_page(ordered)
    attach_departments(ordered, request=request)
    results = []
    for page in ordered:
        kind = kind_of(page)
        results.append(
            Result(
                page=page,
                kind=kind,
                kind_label=KINDS[kind].label,
                group=page.owning_group,
                date=page.first_published_at,
                excerpt=excerpt(page_text(page, documents.get(page.pk, "")), words),
            )
        )
    return results
