"""Fixtures of the ITA tests: the ``/ita/`` tree built with the demo loader's own helpers."""

import pytest

from transparency import demo as ita_demo
from transparency.models import ItaItem


@pytest.fixture
def ita_index(demo):
    return ita_demo.ensure_index(demo)


@pytest.fixture
def year_2569(demo, ita_index):
    """The 2569 year page with the demo office's responsible groups assigned to the items."""
    ita_demo.assign_departments(demo, 2569)
    return ita_demo.ensure_year_page(demo, ita_index, 2569)


@pytest.fixture
def item_page(demo):
    """``item_page(year_page, "O4", publish=True, **fields)`` → the item's page."""

    def _make(year_page, code, publish=True, **fields):
        item = ItaItem.objects.get(fiscal_year=year_page.fiscal_year, code=code)
        return ita_demo.item_page(demo, year_page, item, publish=publish, **fields)

    return _make


@pytest.fixture
def full_demo(demo):
    """The whole ITA demo (every status in 2569, an archive of 2568, 2570 copied)."""
    ita_demo.load(demo)
    return demo


def refused(response):
    """Wagtail refuses a forbidden admin view with 403, or (generic views) a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")
