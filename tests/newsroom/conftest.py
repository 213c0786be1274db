"""Fixtures of the newsroom tests: the two index pages and quick factories for news and issues."""

import itertools
from datetime import date, timedelta

import pytest
from django.utils import timezone

from newsroom.time_standards import Kind
from tests import factories

_slugs = itertools.count(1)


@pytest.fixture
def newsroom(demo):
    """The demo skeleton plus ``/news/`` and ``/journal/`` (PR officers' page rights included)."""
    demo.news_index = factories.news_index(demo)
    demo.journal_index = factories.journal_index(demo)
    return demo


@pytest.fixture
def cover(newsroom):
    return newsroom.image("ภาพข่าวทดสอบ", "cover", seed=1, size=(800, 500))


@pytest.fixture
def make_news(newsroom):
    """``make_news(title, parent=..., published=..., **fields)``: a live NewsPage, fast.

    Pages are created live without a revision (the tests measure reading, not editing);
    ``published`` sets ``first_published_at`` (default: now).
    """

    def _make(title="ข่าวทดสอบ", parent=None, published=None, tags=(), **fields):
        return factories.news_page(parent or newsroom.news_index, title, published, tags, **fields)

    return _make


@pytest.fixture
def make_issue(newsroom):
    def _make(volume=11, number=1, period_start=date(2026, 10, 1), period_end=None, articles=(), **fields):
        return factories.journal_issue(
            newsroom.journal_index, volume, number, period_start, articles, period_end=period_end, **fields
        )

    return _make


def activity_times(days_ahead, hours=3):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days_ahead)
    return {"kind": Kind.ACTIVITY, "event_start": start, "event_end": start + timedelta(hours=hours)}
