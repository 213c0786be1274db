"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py config.wsgi`.

Every value can be overridden from the environment (GUNICORN_BIND, WEB_CONCURRENCY, ...).

Worker class, chosen on purpose and measured (`make bench`, README "Benchmark"): the `sync` worker,
one request at a time per process. On the idle 2-core machine, 8-second runs of each class in the
same minutes: cold renders (every request a miss) served twice the requests/s of `gthread` with 2
threads (`/` 61-67 against 31-36, a news page 129-139 against 54-61), because two threads of one
process fight over the GIL while a page renders; cached pages served about the same (1,700-1,750
requests/s at 64 connections against 1,850-1,930) with a shorter tail (p99 44-49 ms against
60-82 ms). A sync worker never keeps a connection alive and is held by a slow client for the
whole transfer, so it belongs behind the buffering reverse proxy of docs/deployment.md (nginx),
as gunicorn's own documentation says. `GUNICORN_THREADS=2` or more gives `gthread`.

Recycling: off by default (no leak measured: worker RSS does not grow between two benchmark runs,
and a restart empties that worker's page cache). `GUNICORN_MAX_REQUESTS` turns it on, always with
a jitter of half that value, so the workers never restart at the same moment.
"""

import multiprocessing
import os

# Only the local reverse proxy talks to gunicorn; set GUNICORN_BIND to listen elsewhere.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
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
