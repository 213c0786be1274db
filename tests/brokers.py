"""django-q2's real brokers in a test: tasks travel through the ORM queue or Redis, and a worker
takes them one by one as ``qcluster`` does, so a test can kill it between two steps.

The suite runs django-q2 in sync mode; ``broker`` switches it off for one test and routes every
``async_task`` to the broker asked for. Redis is the one at ``Q_TEST_REDIS_URL`` (the suite's own
Redis database, see config/settings/test.py), each test in a queue of its own.
"""

import pydoc
import uuid

import pytest
from django.conf import settings
from django_q import tasks
from django_q.brokers.orm import ORM
from django_q.brokers.redis_broker import Redis
from django_q.conf import Conf
from django_q.signing import SignedPackage

BROKERS = ["orm", "redis"]


def make_broker(kind, monkeypatch):
    list_key = f"esao-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setattr(Conf, "SYNC", False)
    # A task whose worker died is handed out again at once, not after Q_CLUSTER["retry"] seconds.
    monkeypatch.setattr(Conf, "RETRY", 0)
    if kind == "orm":
        monkeypatch.setattr(Conf, "ORM", "default")
        broker = ORM(list_key=list_key)
    else:
        import redis

        monkeypatch.setattr(Conf, "REDIS", settings.Q_TEST_REDIS_URL)
        monkeypatch.setattr(Conf, "DJANGO_REDIS", None)
        broker = Redis(list_key=list_key)
        try:
            broker.connection.ping()
        except redis.ConnectionError as error:
            pytest.skip(f"Redis is unreachable at {settings.Q_TEST_REDIS_URL}: {error}")
    monkeypatch.setattr(tasks, "get_broker", lambda list_key=None: broker)
    return broker


def take(broker):
    """The next task a worker would get from the broker, unpacked, with its acknowledgement id."""
    for _ in range(3):  # the ORM broker answers nothing while it polls; Redis waits a second
        got = broker.dequeue()
        if got:
            ack_id, payload = got[0]
            return ack_id, SignedPackage.loads(payload)
    return None, None


def run(task):
    function = task["func"] if callable(task["func"]) else pydoc.locate(task["func"])
    return function(*task["args"], **task["kwargs"])


def work(broker):
    """One worker running every task until the queue is empty; returns how many it ran."""
    count = 0
    while True:
        ack_id, task = take(broker)
        if task is None:
            return count
        run(task)
        broker.acknowledge(ack_id)
        count += 1
