"""PostgreSQL full text search with Thai index terms (the ``simple`` configuration: no English stemming)."""

from modelsearch.backends.database.postgres import postgres as base
from modelsearch.utils import get_content_type_pk

from search.backends.indexing import ThaiIndexerMixin, batches, indexers_for
from search.backends.query import thai_query


class ThaiObjectIndexer(ThaiIndexerMixin, base.ObjectIndexer):
    pass


class ThaiPostgresIndex(base.PostgresIndex):
    # Rows per INSERT: a full update_index batch in one statement would be a very long query.
    BATCH_SIZE = 200

    def add_items(self, model, objs):
        # modelsearch's add_items with our indexer (it names its ObjectIndexer directly).
        if not model.get_search_fields():
            return
        with indexers_for(ThaiObjectIndexer, self.backend, objs) as indexers:
            content_type_pk = get_content_type_pk(model)
            for batch in batches(indexers, self.BATCH_SIZE):
                self._upsert(content_type_pk, batch)
        if indexers:
            self._refresh_title_norms()

    def _upsert(self, content_type_pk, indexers):
        compiler = base.InsertQuery(base.IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            row_params = [content_type_pk, indexer.id]
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(base.IndexEntry._meta.get_field(name), getattr(indexer, name))
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                row_params.extend(value_params)
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
            params.extend([*row_params, indexer.title_text, indexer.body_text])
        table = base.IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} "  # noqa: S608 (table name from the model, values are parameters)
                "(content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text) "
                f"(VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )


class ThaiQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = thai_query(self.query)


class ThaiPostgresSearchQueryCompiler(ThaiQueryMixin, base.PostgresSearchQueryCompiler):
    pass


class ThaiPostgresAutocompleteQueryCompiler(ThaiQueryMixin, base.PostgresAutocompleteQueryCompiler):
    pass


class ThaiPostgresSearchBackend(base.PostgresSearchBackend):
    query_compiler_class = ThaiPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = ThaiPostgresAutocompleteQueryCompiler
    index_class = ThaiPostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "simple", **params})
