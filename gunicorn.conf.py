"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py config.wsgi`.

Every value can be overridden from the environment (GUNICORN_BIND, WEB_CONCURRENCY, ...).

Worker class, chosen on purpose: `sync` by default. A page served from the page cache costs well
under a millisecond of CPU, and a render a few milliseconds of CPU and SQLite/PostgreSQL time;
Python threads only add GIL hand-offs to that, so the workers are processes (`make bench` measured
both; README, "Benchmark"). nginx in front buffers slow clients, which is what a sync worker needs.
`GUNICORN_THREADS` > 1 switches to `gthread` explicitly (gunicorn would do so silently).

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
