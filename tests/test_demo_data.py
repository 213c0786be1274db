"""``manage.py load_demo_data``: idempotent across every app, safe against production, own password."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from home.demo import DemoContext
from home.demo import load as load_home_demo
from home.models import DepartmentPage, HomePage, OfficeSettings

BASE_DIR = Path(__file__).resolve().parent.parent


def _counts():
    """Rows of every concrete model of every installed app."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
    }


@pytest.mark.django_db
def test_loading_twice_leaves_every_count_unchanged():
    out = StringIO()
    call_command("load_demo_data", stdout=out)
    assert "demo: home ready" in out.getvalue()
    first = _counts()
    call_command("load_demo_data", stdout=StringIO())
    second = _counts()
    changed = {label: (first[label], second[label]) for label in first if first[label] != second[label]}
    assert changed == {}
    # And it built something: one home page, ten groups, eight users (the services demo adds the
    # legal officer), the office's settings.
    assert first["home.HomePage"] == 1 and HomePage.objects.get().live
    assert DepartmentPage.objects.live().count() == 10
    assert get_user_model().objects.count() == 8
    office = OfficeSettings.objects.get()
    assert office.short_name == "สพป.พัทลุง เขต 2" and office.main_department.slug == "general-administration"


@pytest.mark.django_db
def test_password_option_sets_the_demo_users_password():
    call_command("load_demo_data", password="รหัสผ่านใหม่-2569", stdout=StringIO())
    users = get_user_model().objects.all()
    assert users.count() == 8
    for user in users:
        assert user.check_password("รหัสผ่านใหม่-2569"), user.username
        assert not user.check_password("demo1234")
    # Without the option a later run keeps the password chosen before.
    call_command("load_demo_data", stdout=StringIO())
    assert get_user_model().objects.get(username="editor").check_password("รหัสผ่านใหม่-2569")


def _manage(*args, **variables):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(BASE_DIR)),
        **variables,
    }
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_refuses_production_settings_without_allow_production(tmp_path):
    database = tmp_path / "production.sqlite3"
    result = _manage(
        "load_demo_data",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="a-production-secret-key-that-is-long-and-random-enough-1234567890",
        ALLOWED_HOSTS="www.example.go.th",
        DATABASE_URL=f"sqlite:///{database}",
        ALLOW_SQLITE="true",
        REDIS_URL="redis://127.0.0.1:6379/15",
        EMAIL_URL="smtp://mail.example.go.th:587",
        WAGTAILADMIN_BASE_URL="https://www.example.go.th",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    assert result.returncode == 1
    assert "Refusing to load demo data with production settings" in result.stderr
    assert "--allow-production" in result.stderr
    # Refused before touching anything: not even a database file.
    assert not database.exists()


@pytest.mark.django_db
def test_demo_points_the_default_site_back_at_the_home_page(demo, client):
    """A database restored to its state before the demo (Wagtail's welcome page as the site's root,
    as serialized rollback does in transactional tests) is repaired by the next run."""
    welcome = Page.get_first_root_node().add_child(instance=Page(title="Welcome to Wagtail", slug="welcome"))
    Site.objects.filter(pk=demo.site.pk).update(root_page=welcome)

    ctx = DemoContext(password="demo1234")
    load_home_demo(ctx)
    assert ctx.site.pk == demo.site.pk and ctx.site.root_page_id == demo.home_page.pk
    assert not Page.objects.filter(pk=welcome.pk).exists()
    assert "ร่วมสร้างคุณภาพการศึกษา" in client.get("/").content.decode()
