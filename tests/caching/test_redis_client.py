"""The Redis cache backend keeps one client per connection pool and still behaves as Django's."""

import threading

import pytest
import redis
from django.conf import settings

from caching.redis import RedisCache


@pytest.fixture
def cache():
    backend = RedisCache(settings.Q_TEST_REDIS_URL, {"KEY_PREFIX": "esao-test-client"})
    try:
        backend._cache.get_client().ping()
    except redis.ConnectionError as error:
        pytest.skip(f"Redis is unreachable at {settings.Q_TEST_REDIS_URL}: {error}")
    yield backend
    backend.delete_many(["ข่าว", "ประกาศ", "สถิติ"])


def test_every_operation_reuses_one_client_per_pool(cache):
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    assert client.connection_pool is cache._cache._get_connection_pool(write=False)


def test_values_round_trip_as_with_djangos_backend(cache):
    cache.set("ข่าว", {"หัวข้อ": "ประกาศผลสอบครูผู้ช่วย", "จำนวน": 3}, 60)
    cache.set_many({"ประกาศ": ["ผลสอบ"], "สถิติ": 2569}, 60)
    assert cache.get("ข่าว") == {"หัวข้อ": "ประกาศผลสอบครูผู้ช่วย", "จำนวน": 3}
    assert cache.get_many(["ประกาศ", "สถิติ", "ไม่มี"]) == {"ประกาศ": ["ผลสอบ"], "สถิติ": 2569}
    assert cache.incr("สถิติ") == 2570
    assert cache.add("ข่าว", "ทับ") is False
    cache.delete("ข่าว")
    assert cache.get("ข่าว") is None


def test_threads_share_the_client_without_mixing_replies(cache):
    cache.set_many({"ข่าว": "ข่าว", "ประกาศ": "ประกาศ", "สถิติ": "สถิติ"}, 60)
    wrong = []

    def read(key):
        for _ in range(200):
            if cache.get(key) != key:
                wrong.append(key)

    threads = [threading.Thread(target=read, args=(key,)) for key in ("ข่าว", "ประกาศ", "สถิติ") * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_a_page_cache_hit_reads_two_aliases_in_one_round_trip(cache, monkeypatch):
    from caching.redis import get_many_at_once

    tags = RedisCache(settings.Q_TEST_REDIS_URL, {"KEY_PREFIX": "esao-test-client-tags"})
    tags.set("ประกาศ", "โทเค็นของแท็ก", 60)
    cache.set_many({"ข่าว": {"หัวข้อ": "ประกาศผลสอบ"}, "สถิติ": 2569}, 60)
    client = tags._cache.get_client()  # the first alias's client serves the whole read
    calls = []
    monkeypatch.setattr(client, "mget", lambda keys: calls.append(keys) or type(client).mget(client, keys))
    state, entry = get_many_at_once((tags, ["ประกาศ", "ไม่มี"]), (cache, ["ข่าว", "สถิติ", "ไม่มี"]))
    assert state == {"ประกาศ": "โทเค็นของแท็ก"}
    assert entry == {"ข่าว": {"หัวข้อ": "ประกาศผลสอบ"}, "สถิติ": 2569}
    # One command, each key under its own alias's prefix.
    assert len(calls) == 1 and len(calls[0]) == 5
    assert calls[0][0] == tags.make_and_validate_key("ประกาศ")
    assert calls[0][2] == cache.make_and_validate_key("ข่าว")
    tags.delete("ประกาศ")


def test_caches_on_different_backends_are_read_one_after_the_other(cache, tmp_path):
    from django.core.cache.backends.filebased import FileBasedCache
    from django.core.cache.backends.locmem import LocMemCache

    from caching.redis import get_many_at_once

    files = FileBasedCache(str(tmp_path), {})
    memory = LocMemCache("esao-test-at-once", {})
    files.set("epoch", "a1", 60)
    memory.set("meta", ("born", "a1"), 60)
    cache.set("ข่าว", "ประกาศ", 60)
    assert get_many_at_once((files, ["epoch"]), (memory, ["meta", "body"]), (cache, ["ข่าว"])) == [
        {"epoch": "a1"},
        {"meta": ("born", "a1")},
        {"ข่าว": "ประกาศ"},
    ]
