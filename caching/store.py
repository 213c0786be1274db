"""Cached responses and the tags they depend on, on Django's cache framework.

Two cache aliases (``config/settings/base.py``):

- ``pages`` holds the responses, keyed by absolute URL (query string included): local memory in
  each worker by default, Redis when ``REDIS_URL`` is set.
- ``page_tags`` holds one random token per tag, plus ``epoch`` (changed by every purge) and
  ``born`` (set once): every worker must see the same tokens, so it is Redis when ``REDIS_URL`` is
  set, else a file-based cache shared by the workers of one machine. A lost token (eviction, a
  flushed store) reads as a change: the pages that carry it render again, never stale.

A stored response remembers the tokens of its tags and the epoch it was last checked at. A hit
whose epoch is current needs no further look-up; after any purge the tags are compared once and
the entry is re-stamped, or it is a miss. Purge order (epoch, tokens, epoch again) and the reader's
orders below make the races safe: a response rendered while a purge runs is never stored, and a
hit can never be stamped with a new epoch while holding an old token.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

from caching import release
from caching.redis import get_many_at_once

EPOCH_KEY = "epoch"
BORN_KEY = "born"


def pages_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def tags_cache():
    return caches[settings.PAGE_CACHE_TAGS_ALIAS]


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def tag_key(tag):
    return f"tag:{digest(tag)}"


def url_key(request):
    # Each release its own entries (``caching.release``): an upgrade never serves the old pages.
    return digest(f"{release.fingerprint()}|{request.build_absolute_uri()}")


@dataclass(frozen=True)
class State:
    born: str
    epoch: str


def _ensure(cache, key):
    cache.add(key, secrets.token_hex(8), None)
    return cache.get(key)


def read_state(values=None):
    """The purge state; ``values`` when the caller read ``born`` and ``epoch`` already."""
    if values is None:
        values = tags_cache().get_many([BORN_KEY, EPOCH_KEY])
    born = values.get(BORN_KEY) or _ensure(tags_cache(), BORN_KEY)
    epoch = values.get(EPOCH_KEY) or _ensure(tags_cache(), EPOCH_KEY)
    return State(born, epoch)


def _tokens(tags):
    keys = {tag: tag_key(tag) for tag in tags}
    found = tags_cache().get_many(list(keys.values()))
    return {tag: found.get(key) for tag, key in keys.items()}


def fetch(key):
    """``(response or None, state)``: the state is read before the entry (with Redis, at the same
    instant, in one round trip), for ``save``."""
    meta_key, body_key = f"meta:{key}", f"body:{key}"
    state_values, entry = get_many_at_once(
        (tags_cache(), [BORN_KEY, EPOCH_KEY]), (pages_cache(), [meta_key, body_key])
    )
    state = read_state(state_values)
    meta, body = entry.get(meta_key), entry.get(body_key)
    if meta is None or body is None:
        return None, state
    born, epoch, tokens = meta
    if born != state.born:
        return None, state
    if epoch != state.epoch:
        # Something was purged since this entry was checked: is it one of its tags?
        if _tokens(tokens) != tokens:
            return None, state
        pages_cache().set(meta_key, (born, state.epoch, tokens), settings.PAGE_CACHE_TIMEOUT)
    return body, state


def tokens_for_saving(tags):
    """The tokens of ``tags``, giving each tag that has none its first one: an entry never records
    "no token", so a token lost later (an LRU eviction) reads as a change, never as fresh."""
    tokens = _tokens(tags)
    missing = [tag for tag, token in tokens.items() if token is None]
    for tag in missing:
        tags_cache().add(tag_key(tag), secrets.token_hex(8), None)
    if missing:
        tokens.update(_tokens(missing))
    return tokens


def save(key, response, tags, state):
    """Store ``response`` unless a purge ran since ``state`` was read (it may show old content)."""
    tokens = tokens_for_saving(tags)
    if read_state() != state:
        return False
    pages_cache().set_many(
        {f"meta:{key}": (state.born, state.epoch, tokens), f"body:{key}": response},
        settings.PAGE_CACHE_TIMEOUT,
    )
    return True


def purge_tags(tags):
    """Give each tag a new token: every stored response that carries one of them is stale."""
    cache = tags_cache()
    cache.set(EPOCH_KEY, secrets.token_hex(8), None)
    if tags:
        cache.set_many({tag_key(tag): secrets.token_hex(8) for tag in tags}, None)
    cache.set(EPOCH_KEY, secrets.token_hex(8), None)


def clear():
    """Forget every stored response (the tag store keeps its tokens: they only ever change)."""
    pages_cache().clear()
    purge_tags(["site"])
