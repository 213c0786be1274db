"""The test suite: fast hashing, synchronous django-q2, locmem mail."""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, Q_CLUSTER, REDIS_URL, env

SECRET_KEY = env("SECRET_KEY", "test-only-key")
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# The page cache is off for the suite: a test that changes rows behind the ORM's back (an update(),
# a bulk_create) and reads the page again measures the render, not a cached copy. tests/caching
# switches it on and proves every invalidation path.
PAGE_CACHE_ENABLED = False
# Serve static files straight from the finders (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A file, not memory: the live server of the browser tests runs in another thread.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One file per run, so several runs on one machine never share a test database.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"esao-test-db-{os.getpid()}.sqlite3")
    }
    # The live server's threads write while the browser fires several requests at once; on a busy
    # machine five seconds of waiting for SQLite's lock is not always enough.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30

# Uploads and renditions of a run land in a temporary folder of their own, never in ./media.
MEDIA_ROOT = Path(tempfile.gettempdir()) / f"esao-test-media-{os.getpid()}"
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / f"esao-test-private-media-{os.getpid()}"

# Parallel workers (pytest-xdist) each get a Redis database of their own: a worker's
# cache.clear() or cached site paths must never reach another worker's tests. A REDIS_URL naming a
# database other than 0 is a run of its own (two runs on one machine): its workers count from there.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_first_db = int(urlsplit(REDIS_URL).path.strip("/") or 0) if REDIS_URL else 0
_redis_db = ((_first_db or 1) + (int(_XDIST_WORKER[2:]) if _XDIST_WORKER.startswith("gw") else 0)) % 16
# django-q2's Redis broker is tested even when the suite runs without REDIS_URL (tests/brokers.py):
# the same database as the worker's cache, on the local Redis unless REDIS_URL names another.
Q_TEST_REDIS_URL = urlsplit(REDIS_URL or "redis://127.0.0.1:6379")._replace(path=f"/{_redis_db}").geturl()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "caching.redis.RedisCache",
            "LOCATION": urlsplit(REDIS_URL)._replace(path=f"/{_redis_db}").geturl(),
            "KEY_PREFIX": f"esao-test-{os.getpid()}",
        }
    }
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": f"esao-test-{os.getpid()}-pages"}
    CACHES["page_tags"] = {**CACHES["default"], "KEY_PREFIX": f"esao-test-{os.getpid()}-tags"}
else:
    # The page cache's tokens of a run in a folder of their own (see base.PAGE_CACHE_DIR).
    CACHES["page_tags"]["LOCATION"] = str(Path(tempfile.gettempdir()) / f"esao-test-page-tags-{os.getpid()}")
