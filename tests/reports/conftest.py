"""Fixtures of the report tests: news pages with known times and the records around them."""

import datetime as dt

import pytest
from django.utils import timezone

from reports.periods import report_period
from tests.newsroom.conftest import make_news, newsroom  # noqa: F401 - fixtures shared with newsroom

BANGKOK = timezone.get_current_timezone()


def at(year, month, day, hour=10, minute=0):
    """An aware moment in Bangkok (CE year)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=BANGKOK)


@pytest.fixture
def fy2569():
    return report_period(2569, "12m")
