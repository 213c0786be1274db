"""Shared fixtures: the demo office's skeleton, logged-in clients per role, mail helpers."""

import pytest
from django.core.cache import caches
from django.db import transaction

from home.demo import DemoContext
from home.demo import load as load_home_demo


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the office's skeleton once per run, after migrations.

    Every test then starts from it inside its own rolled-back transaction, instead of building
    sixteen pages, users and images again (seconds per test).
    """
    with django_db_blocker.unblock():
        load_home_demo(DemoContext(password="demo1234"))


@pytest.fixture(autouse=True)
def _isolated_cache():
    # Redis (and the page cache's token files) outlive a test's transaction: start every test
    # with empty caches.
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture
def demo(db):
    """The skeleton of the demo office: page tree, ten groups, roles, users, settings.

    Already in the database (see ``django_db_setup``); loading again only looks it up, and rebuilds
    it after a transactional test has flushed the database.
    """
    ctx = DemoContext(password="demo1234")
    load_home_demo(ctx)
    return ctx


@pytest.fixture
def login(client):
    """``login(user)`` logs the test client in as that user and returns the client."""

    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture(autouse=True)
def _outbox_commits_with_the_test(monkeypatch):
    """The outbox queues mail after the caller's transaction commits; a test's own rolled-back
    transaction never commits, so inside it the caller's work counts as committed and the mail goes
    at once, even from an inner atomic block (tests/outbox tests the real hook)."""
    from outbox import sending

    def after_commit(function):
        blocks = transaction.get_connection().atomic_blocks
        if blocks and getattr(blocks[0], "_from_testcase", False):
            function()
        else:
            transaction.on_commit(function)

    monkeypatch.setattr(sending, "after_commit", after_commit)


@pytest.fixture
def empty_database(transactional_db, settings):
    """The database exactly as ``migrate`` leaves it (no demo), for ``setup_office``.

    Flushes what earlier tests left (the shared demo skeleton) and restores the snapshot taken
    right after migrations: roles, the approval workflow, Wagtail's welcome page and site. Needs
    ``pytest.mark.django_db(transaction=True, serialized_rollback=True)``, which restores that
    snapshot after the test too. The configured base URL becomes the test office's.
    """
    from tests.office.data import BASE_URL

    reset_to_migrated_state()
    settings.WAGTAILADMIN_BASE_URL = BASE_URL


@pytest.fixture
def run_setup(monkeypatch):
    """``run_setup(**flags)`` runs ``setup_office --no-input`` with the test office's answers."""
    from django.core.management import call_command

    from tests.office.data import ADMIN_PASSWORD, ADMIN_USERNAME, OFFICE

    def _run(**overrides):
        monkeypatch.setenv("OFFICE_ADMIN_PASSWORD", ADMIN_PASSWORD)
        flags = {**OFFICE, "admin_username": ADMIN_USERNAME, "admin_email": "webadmin@phatthalung1.go.th"}
        flags.update(overrides)
        call_command("setup_office", interactive=False, **{k: v for k, v in flags.items() if v is not None})

    return _run


def reset_to_migrated_state():
    """Flush every table and reload the snapshot taken right after ``migrate`` (transactional tests
    with ``serialized_rollback=True`` only): roles, the workflow, Wagtail's welcome page and site."""
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import DEFAULT_DB_ALIAS, connections

    connection = connections[DEFAULT_DB_ALIAS]
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    # PostgreSQL keeps its sequences through a flush: point them past the restored rows.
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)


@pytest.fixture(params=["orm", "redis"])
def broker(request, monkeypatch):
    """django-q2's real broker of each kind, for tests that kill a worker (tests/brokers.py)."""
    from tests.brokers import make_broker

    broker = make_broker(request.param, monkeypatch)
    broker.kind = request.param
    yield broker
    broker.delete_queue()
