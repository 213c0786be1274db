"""Fixtures of the newsroom tests: the two index pages and quick factories for news and issues."""

import itertools
from datetime import date, timedelta

import pytest
from django.utils import timezone

from newsroom.models import (
    JournalArticle,
    JournalColumn,
    JournalIndexPage,
    JournalIssuePage,
    NewsIndexPage,
    NewsPage,
)
from newsroom.permissions import ensure_pr_page_permissions
from newsroom.time_standards import Kind

_slugs = itertools.count(1)


@pytest.fixture
def newsroom(demo):
    """The demo skeleton plus ``/news/`` and ``/journal/`` (PR officers' page rights included)."""
    demo.news_index = demo.page(
        demo.home_page, NewsIndexPage, "news", title="ข่าวประชาสัมพันธ์", show_in_menus=True
    )
    demo.journal_index = demo.page(
        demo.home_page, JournalIndexPage, "journal", title="วารสาร", show_in_menus=True
    )
    ensure_pr_page_permissions(demo.news_index, demo.journal_index)
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
        parent = parent or newsroom.news_index
        published = published or timezone.now()
        fields.setdefault("intro", f"ความนำของ{title}")
        if fields.get("cover_image"):
            fields.setdefault("cover_alt", "ภาพผู้เข้าร่วมกิจกรรม")
            fields.setdefault("photo_consent", True)
        page = NewsPage(
            title=title,
            slug=f"news-{next(_slugs)}",
            live=True,
            first_published_at=published,
            last_published_at=published,
            **fields,
        )
        parent.add_child(instance=page)
        if tags:
            page.tags.add(*tags)
            page.save()
        return page

    return _make


@pytest.fixture
def make_issue(newsroom):
    def _make(volume=11, number=1, period_start=date(2026, 10, 1), period_end=None, articles=(), **fields):
        issue = JournalIssuePage(
            title=fields.pop("title", f"วารสาร ปีที่ {volume} ฉบับที่ {number}"),
            slug=f"issue-{next(_slugs)}",
            volume=volume,
            number=number,
            period_start=period_start,
            period_end=period_end,
            live=True,
            first_published_at=timezone.now(),
            **fields,
        )
        for order, (column_name, title, author, page_number) in enumerate(articles):
            issue.articles.add(
                JournalArticle(
                    column=JournalColumn.objects.get(name=column_name),
                    title=title,
                    author=author,
                    page_number=page_number,
                    sort_order=order,
                )
            )
        newsroom.journal_index.add_child(instance=issue)
        return issue

    return _make


def activity_times(days_ahead, hours=3):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days_ahead)
    return {"kind": Kind.ACTIVITY, "event_start": start, "event_end": start + timedelta(hours=hours)}
