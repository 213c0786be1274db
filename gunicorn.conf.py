"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py config.wsgi`.

Every value can be overridden from the environment (GUNICORN_BIND, WEB_CONCURRENCY, ...).

Worker class, chosen on purpose and measured (`make bench`, README "Benchmark"): `gthread` with 2
threads per worker. With the page cache a hit holds the GIL for well under a millisecond, and the
thread worker keeps connections alive: at 64 connections it served 1.7 to 9 times the requests/s of
the `sync` worker on the same cached pages, in the same minutes, and a thread can wait on the
database while the other renders. `GUNICORN_THREADS=1` gives the plain `sync` worker (no keep-alive).

Recycling: off by default (no leak measured: worker RSS does not grow between two benchmark runs,
and a restart empties that worker's page cache). `GUNICORN_MAX_REQUESTS` turns it on, always with
a jitter of half that value, so the workers never restart at the same moment.
"""

import multiprocessing
import os

# Only the local reverse proxy talks to gunicorn; set GUNICORN_BIND to listen elsewhere.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 0))
max_requests_jitter = max_requests // 2
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'config.settings.production')}"]
