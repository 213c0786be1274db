"""Production: every secret and host from the environment, HTTPS everywhere.

Refuses to start, naming the variable, without what a server needs: SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL (not SQLite unless ALLOW_SQLITE=true), REDIS_URL (rate limits and caches shared by
every worker), EMAIL_URL or EMAIL_HOST (notifications and releases) and WAGTAILADMIN_BASE_URL
(links in e-mails). Usual too: MEDIA_ROOT, STATIC_ROOT, CSRF_TRUSTED_ORIGINS, ADMINS, LOG_FILE.
"""

from email.utils import getaddresses

from django.core.exceptions import ImproperlyConfigured

from config.env import env, env_bool, env_int, env_list, env_required

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set.")

env_required(
    "DATABASE_URL", "Production needs its database server, e.g. postgres://esao:…@127.0.0.1:5432/esao."
)
if DATABASES["default"]["ENGINE"].endswith("sqlite3") and not env_bool("ALLOW_SQLITE", False):
    raise ImproperlyConfigured(
        "DATABASE_URL points at SQLite, which one server process at a time can write. "
        "Use PostgreSQL, or set ALLOW_SQLITE=true if this small site really runs on SQLite."
    )
env_required(
    "REDIS_URL",
    "The rate limits, the caches and the task queue must be shared by every web and worker process.",
)
if not (env("EMAIL_URL") or env("EMAIL_HOST")):
    raise ImproperlyConfigured(
        "The environment variable EMAIL_URL (or EMAIL_HOST) must be set. Without it notifications and "
        "releases are printed on the console and never reach anyone."
    )
WAGTAILADMIN_BASE_URL = env_required(
    "WAGTAILADMIN_BASE_URL", "E-mails link to the admin with it, e.g. https://www.phatthalung2.go.th."
)

# Errors reach a person: ADMINS ("ชื่อ <address>, ...") get the error mail of every 500, and the
# log goes to LOG_FILE when set (journald reads the console otherwise; docs/deployment.md).
ADMINS = [(name or address, address) for name, address in getaddresses(env_list("ADMINS")) if address]
LOG_FILE = env("LOG_FILE")
LOGGING = {
    **LOGGING,
    "handlers": {
        **LOGGING["handlers"],
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"},
        **(
            {"file": {"class": "logging.handlers.WatchedFileHandler", "filename": LOG_FILE}}
            if LOG_FILE
            else {}
        ),
    },
    "root": {**LOGGING["root"], "handlers": ["console", "mail_admins", *(["file"] if LOG_FILE else [])]},
    # Django's own logger passes its records to the root's handlers (not its default ones: one mail).
    "loggers": {**LOGGING["loggers"], "django": {"handlers": [], "level": "INFO", "propagate": True}},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's live preview shows the page being edited in an <iframe> of the site itself, so frames
# stay allowed from the same origin (X_FRAME_OPTIONS = "SAMEORIGIN" in base), never from elsewhere.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# A reverse proxy in front (docs/deployment.md, "The page cache"): every purge of the page cache
# also sends the affected URLs to FRONTEND_CACHE_PURGE_URL, e.g. http://127.0.0.1:8080/purge.
FRONTEND_CACHE_PURGE_URL = env("FRONTEND_CACHE_PURGE_URL")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
