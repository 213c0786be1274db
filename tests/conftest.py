"""Shared fixtures: the demo office's skeleton, logged-in clients per role, mail helpers."""

import pytest
from django.core.cache import cache

from home.demo import DemoContext
from home.demo import load as load_home_demo


@pytest.fixture(autouse=True)
def _isolated_cache():
    # Redis outlives a test's transaction: start every test with an empty cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads and renditions of a test land in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo(db):
    """The skeleton of the demo office: page tree, ten groups, roles, users, settings."""
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
