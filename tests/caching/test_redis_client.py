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
