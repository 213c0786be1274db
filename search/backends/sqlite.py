"""SQLite FTS5 with Thai index terms, and a title weight so that a title match outranks a body match."""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite import sqlite as base
from modelsearch.utils import get_content_type_pk

from search.backends.indexing import ThaiIndexerMixin
from search.backends.query import thai_query

# bm25() weights of the FTS table's columns, in their order (autocomplete, body, title).
COLUMN_WEIGHTS = (1.0, 1.0, 5.0)


class ThaiObjectIndexer(ThaiIndexerMixin, base.ObjectIndexer):
    pass


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({base.SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class ThaiSQLiteIndex(base.SQLiteIndex):
    def add_items(self, model, objs):
        # modelsearch's add_items with our indexer (it names its ObjectIndexer directly).
        if not model.get_search_fields():
            return
        indexers = [ThaiObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {indexer.id: (indexer.title, indexer.autocomplete, indexer.body) for indexer in indexers}
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed_ids = frozenset(entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True))
        for object_id in indexed_ids:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(title=title, autocomplete=autocomplete, body=body)
        self.entries.bulk_create(
            base.IndexEntry(
                content_type_id=content_type_pk,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in data.items()
            if object_id not in indexed_ids
        )
        self._refresh_title_norms()


class ThaiQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = thai_query(self.query)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5's bm25() already scores the whole MATCH expression, and it is negative (lower is better):
        # modelsearch's products of (1 + bm25) per sub-query flip its sign once a query has several words.
        rank = WeightedBM25()
        return rank * boost if boost != 1.0 else rank


class ThaiSQLiteSearchQueryCompiler(ThaiQueryMixin, base.SQLiteSearchQueryCompiler):
    pass


class ThaiSQLiteAutocompleteQueryCompiler(ThaiQueryMixin, base.SQLiteAutocompleteQueryCompiler):
    pass


class ThaiSQLiteSearchBackend(base.SQLiteSearchBackend):
    query_compiler_class = ThaiSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiSQLiteAutocompleteQueryCompiler
    index_class = ThaiSQLiteIndex
