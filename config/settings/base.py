"""Settings shared by every environment.

Secure by default: DEBUG is off and secrets come from the environment. `dev` and `test`
opt in to conveniences; `production` adds the hardening that needs real hostnames.
"""

import hashlib
import tempfile
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
    "caching",
    "security",
    "outbox",
    "search",
    "office",
    "thaiinput",
    "services",
    "directory",
    "schoolnews",
    "reports",
    "feedback",
    "backups",
    "assignments",
    "newsletter",
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
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304 from the ETag/Last-Modified of public pages; then the page cache, before sessions and auth.
    "django.middleware.http.ConditionalGetMiddleware",
    "caching.middleware.PageCacheMiddleware",
    # Inside the page cache: a stored page keeps the headers it was rendered with (a hit does not
    # build the policy again, a sixth of its cost), and the release key (caching.release) drops
    # them with the page when a new release changes them.
    "security.middleware.SiteCSPMiddleware",
    "security.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "security.two_factor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
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
            "BACKEND": "caching.redis.RedisCache",
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

# The public page cache (the `caching` app): rendered responses in "pages", the tokens of what
# they show in "page_tags". Without Redis the responses stay in each worker's memory and the
# tokens in files that every worker and the django-q2 worker share, so a purge reaches them all.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# False: every anonymous request renders as on a miss, with the purge and the site-wide parts
# (caching.sitewide) still on: the benchmark's cold phase.
PAGE_CACHE_SERVE = env_bool("PAGE_CACHE_SERVE", True)
# Site settings every public page shows, kept with the site between purges (caching.sitewide).
PAGE_CACHE_SITE_SETTINGS = ["home.OfficeSettings"]
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_TAGS_ALIAS = "page_tags"
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 3600)
PAGE_CACHE_DIR = Path(
    env(
        "PAGE_CACHE_DIR",
        Path(tempfile.gettempdir()) / f"esao-page-tags-{hashlib.sha256(bytes(BASE_DIR)).hexdigest()[:8]}",
    )
)
if REDIS_URL:
    CACHES[PAGE_CACHE_ALIAS] = {**CACHES["default"], "KEY_PREFIX": env("CACHE_KEY_PREFIX", "esao") + "-pages"}
    CACHES[PAGE_CACHE_TAGS_ALIAS] = {
        **CACHES["default"],
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "esao") + "-tags",
    }
else:
    CACHES[PAGE_CACHE_ALIAS] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "esao-pages",
        "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_MAX_ENTRIES", 2000)},
    }
    CACHES[PAGE_CACHE_TAGS_ALIAS] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(PAGE_CACHE_DIR),
        # No culling: a lost token is safe (it reads as a change) but re-renders its pages.
        "OPTIONS": {"MAX_ENTRIES": 10**9},
    }
# Records shown on their `page` (withdrawals, correction notes) and other models that public pages
# show besides snippets, documents, images and settings.
PAGE_CACHE_PAGE_RECORDS = ["publishing.PageWithdrawal", "publishing.PageCorrection"]
PAGE_CACHE_PURGE_MODELS = [
    "transparency.ItaItem",
    "transparency.ItaSubIndicator",
    "publishing.DisclosureCategory",
]
# Apps whose snippets no public page shows: saving them purges nothing (a register import of a
# thousand rows would otherwise purge a thousand times).
PAGE_CACHE_IGNORED_APPS = ["network"]

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

# django-axes first: it refuses a locked-out account or address before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, refusing usernames no account can have (control characters, length).
    "security.login.SafeModelBackend",
]

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
    # Images under MEDIA_ROOT; Wagtail documents under PRIVATE_MEDIA_ROOT (see publishing.storage).
    "default": {"BACKEND": "publishing.storage.MediaStorage"},
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
# Queued e-mail (the outbox): attempts and first back-off (seconds), doubled each retry; with the
# defaults the seven attempts span about five hours (5, 10, 20, 40, 80, 160 min). A message a worker
# held longer than OUTBOX_STALE_SECONDS is mended by the minute sweep (outbox.sending).
MAIL_MAX_ATTEMPTS = env_int("MAIL_MAX_ATTEMPTS", 7)
MAIL_RETRY_BACKOFF = env_int("MAIL_RETRY_BACKOFF", 300)
OUTBOX_STALE_SECONDS = env_int("OUTBOX_STALE_SECONDS", 900)

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
# Wagtail's database backend with Thai word segmentation (search/backends); README "Search" for Elasticsearch.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
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
# Documents are handed out only by Wagtail's view, after publishing.media.check_document_access:
# the public gets a document once a live page links it, never one of the register.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# A document or image that the public sees is not replaced by someone who cannot publish it.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publishing.media_forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "publishing.media_forms.ImageForm"
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

# Working days before a case's deadline that its handlers are reminded (services app).
SERVICES_REMINDER_DAYS = env_int("SERVICES_REMINDER_DAYS", 2)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Security (the `security` app; docs/deployment.md#security) ------------------------------
# Login lockout (django-axes): after AXES_FAILURE_LIMIT wrong passwords an account, and separately
# an address, is locked for AXES_COOLOFF_MINUTES. Attempts live in the database, which every web
# worker shares whatever the cache; an administrator unlocks under "ความปลอดภัย → การล็อกบัญชี".
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_MINUTES = env_int("AXES_COOLOFF_MINUTES", 30)
AXES_COOLOFF_TIME = AXES_COOLOFF_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "security.views.lockout"
AXES_USERNAME_FORM_FIELD = "username"
# The server log names the account and address of every failure (never the password tried).
AXES_SENSITIVE_PARAMETERS = ["password"]
# Every login form refuses control characters and impossible lengths first (security.login); axes
# records what is left of any other caller's username, so an attempt is always recorded.
AXES_USERNAME_CALLABLE = "security.login.axes_username"
WAGTAILADMIN_USER_LOGIN_FORM = "security.login.WagtailLoginForm"

# Reverse proxies whose X-Forwarded-For is believed (comma-separated CIDR ranges); the visitor's
# address (rate limits, login lockout) is the last one they did not add. Default: this machine.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", ["127.0.0.1/32", "::1/128"])

# Staff sessions end after a working day without a request (SESSION_IDLE_HOURS); every request
# renews the cookie, so the limit counts from the last click. A password change ends the user's
# other sessions (Django's session hash, see tests/security/test_sessions.py).
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_HOURS", 8) * 3600
SESSION_SAVE_EVERY_REQUEST = True

# Two-factor sign-in (django-otp, security.two_factor): open to everyone from the account menu;
# TWO_FACTOR_REQUIRED_ROLES (comma-separated: administrators, office_directors, group_directors,
# webmasters, pr_officers, editors) must set it up before using the admin.
_ROLE_KEYS = {
    "administrators": "ผู้ดูแลระบบ",
    "office_directors": "ผู้อำนวยการ สพท.",
    "group_directors": "ผู้อำนวยการกลุ่ม",
    "webmasters": "ผู้ดูแลเว็บไซต์",
    "pr_officers": "นักประชาสัมพันธ์",
    "editors": "เจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม",
}
TWO_FACTOR_REQUIRED_ROLES = [_ROLE_KEYS[key] for key in env_list("TWO_FACTOR_REQUIRED_ROLES")]
TWO_FACTOR_OPEN_PATHS = ["/admin/two-factor/", "/admin/login/", "/admin/logout/", "/admin/jsi18n/"]
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "สพท.")

# Content-Security-Policy (django-csp). The public pages load only their own scripts, styles,
# fonts and images (plus video embeds in frames); ADMIN_URL_PREFIXES get ADMIN_CSP_UPDATE on top.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
            "https://www.facebook.com",
        ],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}
ADMIN_URL_PREFIXES = ["/admin/", "/django-admin/"]
ADMIN_CSP_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["https:"],
}
PERMISSIONS_POLICY_DISABLED = [
    "accelerometer",
    "camera",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
]
# No avatars from gravatar.com: the admin loads nothing from third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

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

# Avatars: no request to gravatar.com (offline offices saw broken images); Wagtail shows its
# default avatar or the one a user uploads.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
