"""The webmaster's synonym groups, as the query rewriter needs them (forms as tuples of words).

A search reads them twice (the query and the highlighting), every search: they are parsed once per
edit and kept in the cache every worker shares (the page cache's tag store: Redis, or files on one
machine), under a version that each save or delete of a synonym changes, so an edit counts from the
next search in every worker.
"""

import secrets

from django.db import transaction

from search import thai

VERSION_KEY = "search:synonyms:version"
# A parsed list outlives its version by a day at most (an old version is never read again).
TIMEOUT = 24 * 3600

# This process's copy, with the version it was read under: one look-up of the version per call.
# One tuple, replaced whole, so a thread never pairs a version with another version's groups.
_local = (None, None)


def parse_groups(term_lists):
    groups = []
    for terms in term_lists:
        forms = [tuple(thai.words(term)) for term in terms]
        forms = list(dict.fromkeys(form for form in forms if form))
        if len(forms) > 1:
            groups.append(forms)
    return groups


def _cache():
    from caching.store import tags_cache

    return tags_cache()


def _read_from_database():
    from search.models import SearchSynonym

    return parse_groups(synonym.term_list for synonym in SearchSynonym.objects.only("terms"))


def synonym_groups():
    global _local
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, secrets.token_hex(8), None)
        version = cache.get(VERSION_KEY)
        if version is None:
            # The shared cache lost the key at once (flushed, unreachable): read the rows, keep nothing.
            return _read_from_database()
    local_version, local_groups = _local
    if local_version == version:
        return local_groups
    key = f"search:synonyms:{version}"
    groups = cache.get(key)
    if groups is None:
        groups = _read_from_database()
        cache.set(key, groups, TIMEOUT)
    _local = (version, groups)
    return groups


def synonyms_changed():
    """A synonym was saved or deleted: a new version now (this request sees its own change) and
    again at commit (a search that read the old rows in between stored them under the old one)."""

    def bump():
        _cache().set(VERSION_KEY, secrets.token_hex(8), None)

    bump()
    transaction.on_commit(bump)
