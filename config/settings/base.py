"""Settings shared by every environment.

Secure by default: DEBUG is off and secrets come from the environment. `dev` and `test`
opt in to conveniences; `production` adds the hardening that needs real hostnames.
"""

from pathlib import Path

import dj_database_url
import dj_email_url

from config.env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "home",
    "publishing",
    "newsroom",
    "transparency",
    "network",
    "reports",
    "feedback",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.ThaiUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_q",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            "builtins": ["home.templatetags.thai_dates"],
        },
    },
]

# Database: SQLite on a fresh machine, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Cache: local memory unless REDIS_URL points at a Redis server.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "esao"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "esao",
        }
    }

# django-q2: the ORM broker by default, Redis when REDIS_URL is set.
Q_CLUSTER = {
    "name": "esao",
    "workers": env_int("Q_WORKERS", 2),
    "timeout": 120,
    "retry": 180,
    "max_attempts": 1,
    "catch_up": False,
    "label": "งานเบื้องหลัง",
    "save_limit": 1000,
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Thai site, Thai admin, Bangkok time.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", "ภาษาไทย")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("th", "ภาษาไทย"), ("en", "English")]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# The Sarabun font comes from the npm package that `make` installs (never a CDN).
SARABUN_DIR = BASE_DIR / "node_modules" / "@fontsource" / "sarabun" / "files"
if SARABUN_DIR.is_dir():
    STATICFILES_DIRS.append(("fonts/sarabun", SARABUN_DIR))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
# Personal data uploaded by the public (journal contributions): outside MEDIA_ROOT, never served by
# the web server, handed out only by admin views that check permissions.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Its location is PRIVATE_MEDIA_ROOT, read when first used; it has no URL.
    "private": {"BACKEND": "home.storage.PrivateFileSystemStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# E-mail: console on a fresh machine; EMAIL_URL (smtp://user:pass@host:587/?tls=True) or the
# usual EMAIL_* variables switch to SMTP.
_email = dj_email_url.parse(env("EMAIL_URL", "console:"))
EMAIL_BACKEND = env("EMAIL_BACKEND", _email["EMAIL_BACKEND"])
EMAIL_HOST = env("EMAIL_HOST", _email["EMAIL_HOST"] or "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", _email["EMAIL_PORT"] or 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", _email["EMAIL_HOST_USER"] or "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", _email["EMAIL_HOST_PASSWORD"] or "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", bool(_email["EMAIL_USE_TLS"]))
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", bool(_email["EMAIL_USE_SSL"]))
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "ประชาสัมพันธ์ สพป. <pr@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Attempts and first back-off (seconds) for queued e-mail; each retry doubles the wait.
MAIL_MAX_ATTEMPTS = env_int("MAIL_MAX_ATTEMPTS", 5)
MAIL_RETRY_BACKOFF = env_int("MAIL_RETRY_BACKOFF", 60)

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "csv",
    "zip",
    "jpg",
    "png",
]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# Notifications are ours (queued through django-q2 with the approver's comment); see newsroom.
WAGTAIL_WORKFLOW_ENABLED = True
# An edit made while a page is in moderation sends it back to the first step (newsroom workflow).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# The final approval publishes (or schedules) even when the approver is not a publisher of the tree.
WAGTAIL_FINISH_WORKFLOW_ACTION = "publishing.finish.publish_approved"
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Cache lifetime of anonymous public pages (seconds), sent as Cache-Control.
PUBLIC_PAGE_MAX_AGE = env_int("PUBLIC_PAGE_MAX_AGE", 300)

# Days before an ITA item's deadline (31 March / 30 September) that its group's editors are reminded.
ITA_REMINDER_DAYS = env_int("ITA_REMINDER_DAYS", 14)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django_q": {"level": env("Q_LOG_LEVEL", "WARNING")},
        # fpdf2 embeds the Sarabun font through fontTools, which reports every table it subsets.
        "fontTools": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django.tasks": {"level": "WARNING"},
    },
}
