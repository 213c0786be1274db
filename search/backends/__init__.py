"""Wagtail's database search backend, Thai-aware: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``.

Like ``wagtail.search.backends.database`` this picks the implementation for the default database
(SQLite FTS5 or PostgreSQL full text), with two changes made by subclasses, not by a second engine:

- indexing: every indexed text goes through :func:`search.thai.index_text` (words, sub-words,
  tone-less forms, stored as terms the database's tokenizer keeps whole);
- querying: :func:`search.backends.query.thai_query` rewrites the parsed query into those terms,
  with the webmaster's synonyms; ``Fuzzy`` queries match the tone-less terms.

Switching to Elasticsearch/OpenSearch is a settings change (README, "Search"): nothing else in the
project calls this module.
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    if connection.vendor == "postgresql":
        from search.backends.postgres import ThaiPostgresSearchBackend

        return ThaiPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from search.backends.sqlite import ThaiSQLiteSearchBackend

        return ThaiSQLiteSearchBackend(params)
    raise NotImplementedError(
        f"search.backends supports SQLite and PostgreSQL, not {connection.vendor}; "
        "use Elasticsearch/OpenSearch for other databases"
    )
