"""The part of indexing shared by both databases: every text value of an object goes through Thai analysis,
once, and the documents' text of a batch of pages is read in a few queries."""

from contextlib import contextmanager

from search import thai
from search.documents import prefetched_document_texts


class ThaiIndexerMixin:
    """Mixed into the vendor's ``ObjectIndexer``: each text is stored as Thai index terms."""

    def prepare_value(self, value):
        # Lists and dicts (StreamField content, related objects) come back here item by item.
        if isinstance(value, (list, dict)):
            return super().prepare_value(value)
        return thai.index_text(super().prepare_value(value))

    def prepare_field(self, obj, field):
        # modelsearch's ``title``, ``body`` and ``autocomplete`` (and on PostgreSQL ``title_text`` and
        # ``body_text``) each walk every field of the object: read and analyse each field once.
        if obj is not self.obj:
            return super().prepare_field(obj, field)
        prepared = self.__dict__.setdefault("_prepared_fields", {})
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))
        return iter(prepared[id(field)])


@contextmanager
def indexers_for(indexer_class, backend, objs):
    """The indexers of ``objs``, with the text of the pages' documents read for all of them at once."""
    with prefetched_document_texts(objs):
        yield [indexer_class(obj, backend) for obj in objs]


def batches(rows, size):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
