"""Fixtures of the search tests: the newsroom's page factories, the demo synonyms, a search helper."""

import pytest

from search.demo import load as load_search_demo
from tests.newsroom.conftest import make_issue, make_news, newsroom  # noqa: F401 (shared fixtures)
from tests.transparency.conftest import ita_index, item_page, year_2569  # noqa: F401 (shared fixtures)


@pytest.fixture
def synonyms(demo):
    load_search_demo(demo)


@pytest.fixture
def search(client):
    """``search(q, **filters)``: GET /search/ and return the response."""

    def _search(q, **params):
        return client.get("/search/", {"q": q, **params})

    return _search


def titles(response):
    return [result.page.title for result in response.context["results"]]
