"""The newsroom's fixtures (news index, quick news pages) for the page cache tests."""

import pytest
from django.test import override_settings

from tests.newsroom.conftest import cover, make_issue, make_news, newsroom  # noqa: F401


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The suite runs without the page cache (config/settings/test.py); these tests need it."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def anonymous(client):
    """``anonymous(url)``: GET as a visitor without cookies; returns the response."""

    def _get(url, **headers):
        client.cookies.clear()
        return client.get(url, headers=headers)

    return _get


@pytest.fixture
def no_frontend_cache():
    with override_settings(WAGTAILFRONTENDCACHE={}):
        yield
