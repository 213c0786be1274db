"""Production: every secret and host from the environment, HTTPS everywhere.

Required: SECRET_KEY, ALLOWED_HOSTS. Usual: DATABASE_URL, REDIS_URL, EMAIL_URL, MEDIA_ROOT,
STATIC_ROOT, WAGTAILADMIN_BASE_URL, CSRF_TRUSTED_ORIGINS.
"""

from config.env import env, env_bool, env_int, env_list, env_required

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set.")

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
