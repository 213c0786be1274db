"""An empty office: the database exactly as ``migrate`` leaves it (no demo), for ``setup_office``."""

import pytest
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections

OFFICE = {
    "name": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 1",
    "short_name": "สพป.พัทลุง เขต 1",
    "domain": "www.phatthalung1.go.th",
    "address": "ถนนราเมศวร์ ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000",
    "phone": "074-611234 ต่อ 101",
    "email": "saraban@phatthalung1.go.th",
}
BASE_URL = "https://www.phatthalung1.go.th"
ADMIN_PASSWORD = "Thale-Noi-2570!"


@pytest.fixture
def empty_database(transactional_db, settings):
    """Flush what earlier set-ups left (the shared demo skeleton) and restore the snapshot taken
    right after migrations: roles, the approval workflow, Wagtail's welcome page and site.

    Needs ``pytest.mark.django_db(transaction=True, serialized_rollback=True)``, which also restores
    that snapshot after the test for the tests that follow.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    settings.WAGTAILADMIN_BASE_URL = BASE_URL


@pytest.fixture
def run_setup(monkeypatch):
    """``run_setup(**flags)`` runs ``setup_office --no-input`` with the test office's answers."""

    def _run(**overrides):
        monkeypatch.setenv("OFFICE_ADMIN_PASSWORD", ADMIN_PASSWORD)
        flags = {**OFFICE, "admin_username": "webadmin", "admin_email": "webadmin@phatthalung1.go.th"}
        flags.update(overrides)
        call_command("setup_office", interactive=False, **{k: v for k, v in flags.items() if v is not None})

    return _run
