"""Settings come from the environment: each case imports the settings in a fresh interpreter with
exactly the variables a server would have, and reads back what Django would use."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION = "config.settings.production"
SECRET = "a-production-secret-key-that-is-long-and-random-enough-for-django-checks-1234567890"
# What production refuses to start without, besides the secret and the hosts.
PRODUCTION_SERVICES = {
    "REDIS_URL": "redis://127.0.0.1:6379/15",
    "EMAIL_URL": "smtp://pr:secret@smtp.example.go.th:587/?tls=True",
    "WAGTAILADMIN_BASE_URL": "https://www.example.go.th",
}


def _env(**variables):
    """A clean environment: no variable of the developer's shell leaks into the case."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(BASE_DIR)),
        **variables,
    }


def run_python(code, **variables):
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=_env(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_manage(*args, **variables):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=_env(**variables),
        capture_output=True,
        text=True,
        timeout=300,
    )


READ_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({name: getattr(settings, name) for name in %r}, default=str))
"""


def read_settings(names, module="config.settings.base", **variables):
    variables.setdefault("SECRET_KEY", SECRET)
    result = run_python(READ_SETTINGS % (list(names),), DJANGO_SETTINGS_MODULE=module, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_database_url_selects_engine_and_name():
    values = read_settings(["DATABASES"], DATABASE_URL="postgres://esao:secret@db.internal:5433/esao_web")
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["HOST"], database["PORT"]) == ("esao_web", "db.internal", 5433)
    assert (database["USER"], database["PASSWORD"]) == ("esao", "secret")
    assert database["CONN_MAX_AGE"] == 60 and database["CONN_HEALTH_CHECKS"] is True


def test_without_database_url_a_local_sqlite_file_is_used():
    database = read_settings(["DATABASES"])["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(BASE_DIR / "db.sqlite3")


def test_redis_url_switches_cache_and_task_broker_to_redis():
    values = read_settings(["CACHES", "Q_CLUSTER"], REDIS_URL="redis://cache.internal:6379/2")
    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "caching.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/2"
    assert values["Q_CLUSTER"]["redis"] == "redis://cache.internal:6379/2"
    assert "orm" not in values["Q_CLUSTER"]


def test_without_redis_cache_is_local_memory_and_broker_is_the_database():
    values = read_settings(["CACHES", "Q_CLUSTER"])
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["Q_CLUSTER"]["orm"] == "default"
    assert "redis" not in values["Q_CLUSTER"]


def test_email_url_configures_smtp():
    values = read_settings(
        [
            "EMAIL_BACKEND",
            "EMAIL_HOST",
            "EMAIL_PORT",
            "EMAIL_USE_TLS",
            "EMAIL_USE_SSL",
            "EMAIL_HOST_USER",
            "EMAIL_HOST_PASSWORD",
        ],
        EMAIL_URL="smtp://pr%40office.example.go.th:app-password@smtp.example.go.th:587/?tls=True",
    )
    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.go.th",
        "EMAIL_PORT": 587,
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "EMAIL_HOST_USER": "pr@office.example.go.th",
        "EMAIL_HOST_PASSWORD": "app-password",
    }


def test_without_email_url_mail_goes_to_the_console():
    values = read_settings(["EMAIL_BACKEND"])
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_production_reads_secret_hosts_and_paths(tmp_path):
    values = read_settings(
        [
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "MEDIA_ROOT",
            "STATIC_ROOT",
            "DEBUG",
            "CSRF_TRUSTED_ORIGINS",
            "SECURE_SSL_REDIRECT",
        ],
        module=PRODUCTION,
        DATABASE_URL="postgres://esao:secret@127.0.0.1:5432/esao",
        **PRODUCTION_SERVICES,
        ALLOWED_HOSTS="www.phatthalung2.example.go.th, phatthalung2.example.go.th",
        CSRF_TRUSTED_ORIGINS="https://www.phatthalung2.example.go.th",
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    assert values == {
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": ["www.phatthalung2.example.go.th", "phatthalung2.example.go.th"],
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "DEBUG": False,
        "CSRF_TRUSTED_ORIGINS": ["https://www.phatthalung2.example.go.th"],
        "SECURE_SSL_REDIRECT": True,
    }


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_required_variables(missing):
    variables = {"SECRET_KEY": SECRET, "ALLOWED_HOSTS": "www.example.go.th"}
    del variables[missing]
    result = run_python("import django; django.setup()", DJANGO_SETTINGS_MODULE=PRODUCTION, **variables)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} must be set." in result.stderr


def _production_env(tmp_path, **extra):
    return {
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "testserver,www.example.go.th",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
        "ALLOW_SQLITE": "true",
        **PRODUCTION_SERVICES,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        **extra,
    }


def _refusal(**variables):
    result = run_python("import django; django.setup()", DJANGO_SETTINGS_MODULE=PRODUCTION, **variables)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    return result.stderr.strip().splitlines()[-1]


COMPLETE = {
    "SECRET_KEY": SECRET,
    "ALLOWED_HOSTS": "www.example.go.th",
    "DATABASE_URL": "postgres://esao:secret@127.0.0.1:5432/esao",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_URL": "smtp://pr:secret@smtp.example.go.th:587/?tls=True",
    "WAGTAILADMIN_BASE_URL": "https://www.example.go.th",
}


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("DATABASE_URL", "The environment variable DATABASE_URL must be set. Production needs its database"),
        ("REDIS_URL", "The environment variable REDIS_URL must be set. The rate limits, the caches"),
        ("EMAIL_URL", "The environment variable EMAIL_URL (or EMAIL_HOST) must be set."),
        ("WAGTAILADMIN_BASE_URL", "The environment variable WAGTAILADMIN_BASE_URL must be set. E-mails link"),
    ],
)
def test_production_refuses_to_start_without_what_a_server_needs(missing, named):
    variables = {name: value for name, value in COMPLETE.items() if name != missing}
    assert named in _refusal(**variables)


def test_production_refuses_sqlite_unless_explicitly_allowed(tmp_path):
    sqlite = {**COMPLETE, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    assert "DATABASE_URL points at SQLite" in _refusal(**sqlite)
    assert "ALLOW_SQLITE=true" in _refusal(**sqlite)
    values = read_settings(["DATABASES"], module=PRODUCTION, **{**sqlite, "ALLOW_SQLITE": "true"})
    assert values["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"


def test_production_with_everything_starts_and_sends_errors_to_the_admins(tmp_path):
    values = read_settings(
        ["ADMINS", "LOGGING", "WAGTAILADMIN_BASE_URL", "TRUSTED_PROXIES"],
        module=PRODUCTION,
        **COMPLETE,
        ADMINS="ผู้ดูแลระบบ <it@example.go.th>, webmaster@example.go.th",
        LOG_FILE=str(tmp_path / "esao.log"),
        TRUSTED_PROXIES="10.0.0.0/8, 2001:db8::/32",
    )
    assert values["ADMINS"] == [
        ["ผู้ดูแลระบบ", "it@example.go.th"],
        ["webmaster@example.go.th", "webmaster@example.go.th"],
    ]
    handlers = values["LOGGING"]["handlers"]
    assert handlers["mail_admins"]["class"] == "django.utils.log.AdminEmailHandler"
    assert handlers["file"]["filename"] == str(tmp_path / "esao.log")
    assert set(values["LOGGING"]["root"]["handlers"]) == {"console", "mail_admins", "file"}
    assert values["WAGTAILADMIN_BASE_URL"] == "https://www.example.go.th"
    assert values["TRUSTED_PROXIES"] == ["10.0.0.0/8", "2001:db8::/32"]


def test_gunicorn_binds_to_this_machine_only_by_default():
    code = "import runpy; print(runpy.run_path('gunicorn.conf.py')['bind'])"
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "127.0.0.1:8000"


def test_production_passes_the_deployment_checklist_without_warnings(tmp_path):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **_production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("collected")
    result = run_manage("collectstatic", "--no-input", "-v", "0", **_production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    return tmp_path


def test_collectstatic_writes_hashed_compressed_files(collected_static):
    manifest = json.loads((collected_static / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed.startswith("css/site.") and hashed.endswith(".css") and hashed != "css/site.css"
    assert (collected_static / "static" / hashed).is_file()
    assert (collected_static / "static" / f"{hashed}.gz").is_file()
    # Wagtail's admin and the self-hosted Sarabun font are collected too.
    assert any(path.startswith("wagtailadmin/") for path in manifest["paths"])
    assert any(path.startswith("fonts/sarabun/") for path in manifest["paths"])


SERVE_STATIC = """
import django
django.setup()
from django.templatetags.static import static
from django.test import Client
url = static("css/site.css")
response = Client().get(url, secure=True, headers={"accept-encoding": "gzip"})
print(url)
print(response.status_code, response.get("Cache-Control"), response.get("Content-Encoding"), sep="|")
print(b"".join(response.streaming_content)[:2].hex())
"""


def test_whitenoise_serves_hashed_files_with_a_long_cache(collected_static):
    result = run_python(SERVE_STATIC, **_production_env(collected_static))
    assert result.returncode == 0, result.stderr
    url, status_line, first_bytes = result.stdout.strip().splitlines()[-3:]
    assert url.startswith("/static/css/site.") and url != "/static/css/site.css"
    status, cache_control, encoding = status_line.split("|")
    assert status == "200"
    assert "max-age=315360000" in cache_control and "immutable" in cache_control
    assert encoding == "gzip" and first_bytes == "1f8b"  # the gzip magic number


def test_whitenoise_sits_right_after_the_security_middleware():
    middleware = django_settings.MIDDLEWARE
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") == (
        middleware.index("django.middleware.security.SecurityMiddleware") + 1
    )


def test_gunicorn_configuration_loads(tmp_path):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    result = subprocess.run(  # noqa: S603
        [str(gunicorn), "--check-config", "-c", "gunicorn.conf.py", "config.wsgi"],
        cwd=BASE_DIR,
        env=_env(**_production_env(tmp_path), WEB_CONCURRENCY="3"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_reads_its_environment(tmp_path):
    code = "import runpy; c = runpy.run_path('gunicorn.conf.py'); print(c['bind'], c['workers'], c['threads'], c['raw_env'])"
    result = run_python(code, GUNICORN_BIND="unix:/run/esao.sock", WEB_CONCURRENCY="5", GUNICORN_THREADS="4")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == "unix:/run/esao.sock 5 4 ['DJANGO_SETTINGS_MODULE=config.settings.production']"
    )


def test_gunicorn_worker_class_and_recycling_are_chosen_on_purpose():
    code = (
        "import runpy; c = runpy.run_path('gunicorn.conf.py'); "
        "print(c['worker_class'], c['threads'], c['max_requests'], c['max_requests_jitter'])"
    )
    assert run_python(code).stdout.strip() == "sync 1 0 0"
    assert run_python(code, GUNICORN_THREADS="2").stdout.strip() == "gthread 2 0 0"
    # Recycling, when asked for, never restarts the workers together.
    assert run_python(code, GUNICORN_MAX_REQUESTS="1000").stdout.strip() == "sync 1 1000 500"


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, verbosity=1)
    except SystemExit:
        pytest.fail(f"Models changed without a migration:\n{out.getvalue()}")
