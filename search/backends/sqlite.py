"""SQLite FTS5 with Thai index terms, and a title weight so that a title match outranks a body match."""

from django.db import connections
from django.db.models import BigIntegerField, Exists, F, FloatField, Func, IntegerField, OuterRef
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite as base
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.backends.indexing import ThaiIndexerMixin, batches, indexers_for
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
    # Rows per INSERT: 6 parameters each, far below SQLite's limit of 32,766 variables.
    BATCH_SIZE = 500

    def add_items(self, model, objs):
        # modelsearch's add_items with our indexer (it names its ObjectIndexer directly), and one
        # upsert per batch instead of an UPDATE per already-indexed object: the FTS table follows
        # through modelsearch's triggers either way.
        if not model.get_search_fields():
            return
        with indexers_for(ThaiObjectIndexer, self.backend, objs) as indexers:
            content_type_pk = get_content_type_pk(model)
            rows = [
                (content_type_pk, indexer.id, indexer.title, indexer.autocomplete, indexer.body)
                for indexer in indexers
            ]
        if not rows:
            return
        table = base.IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            for batch in batches(rows, self.BATCH_SIZE):
                values = ", ".join(["(%s, %s, %s, %s, %s, 1.0)"] * len(batch))
                cursor.execute(
                    f"INSERT INTO {table} "  # noqa: S608 (table name from the model, values are parameters)
                    f"(content_type_id, object_id, title, autocomplete, body, title_norm) VALUES {values} "
                    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = excluded.title, "
                    "autocomplete = excluded.autocomplete, body = excluded.body, title_norm = 1.0",
                    [value for row in batch for value in row],
                )
        self._refresh_title_norms()


def _has_integer_pk(model):
    pk_field = model._meta.pk
    return isinstance(pk_field.target_field if pk_field.is_relation else pk_field, IntegerField)


class ThaiQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = thai_query(self.query)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5's bm25() already scores the whole MATCH expression, and it is negative (lower is better):
        # modelsearch's products of (1 + bm25) per sub-query flip its sign once a query has several words.
        rank = WeightedBM25()
        return rank * boost if boost != 1.0 else rank

    def matches(self, config):
        """The FTS rows that match, narrowed to the objects of the search's queryset, or None when
        the query is not a plain match (everything, or a negation: modelsearch's own path).

        modelsearch ranks each candidate object with a correlated subquery that runs the MATCH again,
        and FTS5 recomputes bm25's statistics for each: quadratic in the number of matches (seconds
        for a common word in 10,000 pages). Here the MATCH runs once, from the FTS table, and each
        matching row is checked against the queryset's filters by its primary key (``EXISTS``): an
        ``IN`` list of the allowed objects would read every live page first (6.4 of the 7 ms of a
        search over 10,000 news), whatever the number of matches.
        """
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or not self.order_by_relevance:
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        object_id = OuterRef("index_entry__object_id")
        if _has_integer_pk(self.queryset.model):
            # The index stores ids as text: cast the one id to the key's type, so the key's index serves.
            object_id = Cast(object_id, BigIntegerField())
        allowed = self.queryset.order_by().filter(pk=object_id)
        return base.SQLiteFTSIndexEntry.objects.filter(
            match,
            Exists(allowed),
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
        )

    def ranked(self, config):
        """``[(object_id, score), ...]`` of every match, best first, or None (see ``matches``).

        One query serves the count and every page of results: the count needs the MATCH as much as
        the ranking does, so a second query would run it again. Kept on the compiler, which the
        sliced copies of a result set share (a paginator counts, then slices).
        """
        if not hasattr(self, "_ranked"):
            matches = self.matches(config)
            if matches is None:
                self._ranked = None
            else:
                rank = self._build_rank_expression(self.get_search_vectors(), config)
                if _has_integer_pk(self.queryset.model):
                    # The newest object first among equals, as modelsearch orders (``-pk``).
                    newest = Cast("index_entry__object_id", BigIntegerField()).desc()
                else:
                    newest = F("index_entry__object_id").desc()
                query = (
                    matches.annotate(score=rank)
                    .order_by("score", newest)
                    .values_list("index_entry__object_id", "score")
                )
                # Straight from the cursor: Django's per-row converters cost more than the rows here.
                sql, params = query.query.sql_with_params()
                with connections[query.db].cursor() as cursor:
                    cursor.execute(sql, params)
                    self._ranked = cursor.fetchall()
        return self._ranked

    def ranked_objects(self, rows, score_field=None):
        """The objects of ``rows`` (object id, score) in their order: one query (more for ``specific()``)."""
        objects = {
            str(obj.pk): obj for obj in self.queryset.filter(pk__in=[object_id for object_id, _ in rows])
        }
        ranked = []
        for object_id, score in rows:
            obj = objects.get(object_id)
            if obj is not None:
                if score_field:
                    setattr(obj, score_field, score)
                ranked.append(obj)
        return ranked


class ThaiSQLiteSearchQueryCompiler(ThaiQueryMixin, base.SQLiteSearchQueryCompiler):
    pass


class ThaiSQLiteAutocompleteQueryCompiler(ThaiQueryMixin, base.SQLiteAutocompleteQueryCompiler):
    pass


class ThaiSQLiteSearchResults(base.SQLiteSearchResults):
    """Counts and pages of results from ``ThaiQueryMixin.ranked`` whenever it applies."""

    def _rows(self):
        ranked = self.query_compiler.ranked(self.query_compiler.get_config(self.backend))
        if ranked is None:
            return None
        return ranked[self.start : self.stop]

    def _do_search(self):
        rows = self._rows()
        if rows is None:
            return super()._do_search()
        return self.query_compiler.ranked_objects(rows, score_field=self._score_field)

    def _do_count(self):
        rows = self._rows()
        return super()._do_count() if rows is None else len(rows)


class ThaiSQLiteSearchBackend(base.SQLiteSearchBackend):
    query_compiler_class = ThaiSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiSQLiteAutocompleteQueryCompiler
    index_class = ThaiSQLiteIndex
    results_class = ThaiSQLiteSearchResults
