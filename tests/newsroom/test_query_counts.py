"""Every public newsroom page runs the same number of SQL queries with 10 or with 200 items."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.models import JournalArticle, JournalColumn, NewsAttachment
from newsroom.models.news import Product, Stream
from tests.newsroom.conftest import activity_times

pytestmark = pytest.mark.django_db

MAX_QUERIES = {
    "/": 40,
    "/news/": 25,
    "news_page": 30,
    "/news/activities/": 20,
    "/news/feed/": 12,
    "/journal/": 20,
    "issue_page": 20,
}


def queries_for(client, url):
    client.get(url)  # warm up: renditions are made once, the site's root paths cached
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def images(newsroom):
    return [newsroom.image(f"ภาพข่าวสำหรับนับคำสั่ง {n}", seed=n, size=(400, 300)) for n in range(3)]


@pytest.fixture
def add_news(newsroom, make_news, images):
    departments = list(newsroom.departments.values())
    streams, products = list(Stream), list(Product)
    count = {"n": 0}

    def _add(how_many):
        for _ in range(how_many):
            n = count["n"]
            count["n"] += 1
            extra = activity_times(2 + n % 30) if n % 5 == 0 else {}
            make_news(
                f"ข่าวลำดับ {n}",
                parent=departments[n % len(departments)] if n % 2 else newsroom.news_index,
                published=timezone.now() - timedelta(hours=n),
                cover_image=images[n % len(images)],
                stream=streams[n % len(streams)],
                product=products[n % len(products)],
                featured=n % 7 == 0,
                tags=["ประชุม", f"แท็ก{n % 4}"],
                **extra,
            )

    return _add


def test_news_pages_and_home_run_a_fixed_number_of_queries(
    newsroom, add_news, make_news, make_issue, images, client, django_assert_max_num_queries
):
    make_issue(12, 1, date(2026, 10, 1), cover_image=images[0])
    story = make_news("ข่าวที่อ่าน", cover_image=images[1], tags=["ประชุม"], body=[("paragraph", "<p>เนื้อข่าว</p>")])
    document = newsroom.document("เอกสารแนบทดสอบ", ["เอกสาร"])

    def attach(how_many):
        for n in range(how_many):
            NewsAttachment.objects.create(page=story, document=document, title=f"เอกสารแนบ {n}", sort_order=n)

    urls = {
        "/": "/",
        "/news/": "/news/",
        "news_page": story.url,
        "/news/activities/": "/news/activities/",
        "/news/feed/": "/news/feed/",
    }
    add_news(10)
    attach(10)
    small = {name: queries_for(client, url) for name, url in urls.items()}
    add_news(190)
    attach(190)
    large = {name: queries_for(client, url) for name, url in urls.items()}

    assert large == small
    for name, url in urls.items():
        with django_assert_max_num_queries(MAX_QUERIES[name]):
            client.get(url)
    # Filters add conditions, not queries.
    filtered = "/news/?stream=policy&product=article&group=personnel&year=2570&tag=ประชุม&page=1"
    client.get(filtered)
    with django_assert_max_num_queries(small["/news/"] + 1):
        assert client.get(filtered).status_code == 200


def test_journal_pages_run_a_fixed_number_of_queries(
    newsroom, make_issue, images, client, django_assert_max_num_queries
):
    columns = list(JournalColumn.objects.all())
    issue = make_issue(
        12, 1, date(2026, 10, 1), cover_image=images[0], pdf=newsroom.document("วารสารทดสอบ", ["วารสาร"])
    )
    made = {"issues": 0, "articles": 0}

    def grow(how_many):
        for _ in range(how_many):
            made["issues"] += 1
            n = made["issues"]
            make_issue(
                1 + n // 6,
                1 + n % 6,
                date(2010, 1, 1) + timedelta(days=61 * n),
                cover_image=images[n % len(images)],
            )
        JournalArticle.objects.bulk_create(
            JournalArticle(
                page=issue,
                column=columns[k % len(columns)],
                title=f"บทความ {k}",
                author="ครูผู้เขียน",
                page_number=k,
                sort_order=k,
            )
            for k in range(made["articles"], made["articles"] + how_many)
        )
        made["articles"] += how_many

    urls = {"/journal/": "/journal/", "issue_page": issue.url}
    grow(10)
    small = {name: queries_for(client, url) for name, url in urls.items()}
    grow(190)
    large = {name: queries_for(client, url) for name, url in urls.items()}

    assert large == small
    for name, url in urls.items():
        with django_assert_max_num_queries(MAX_QUERIES[name]):
            client.get(url)


def test_no_card_reads_a_column_its_query_left_out(
    newsroom, add_news, make_news, make_issue, client, monkeypatch
):
    """Cards load only ``newsroom.listing.NEWS_CARD_FIELDS`` (issues ``JOURNAL_CARD_FIELDS``): a template that shows another field
    would load it with one query per card (Django's deferred fields), which this catches at once."""
    from django.db.models import Model

    story = make_news("ข่าวที่อ่าน", tags=["ประชุม"])
    add_news(12)
    pdf = newsroom.document("วารสารทดสอบ", ["วารสาร"])
    for number in (1, 2):
        make_issue(12, number, date(2026, 10 + number, 1), period_end=date(2026, 12, 1), pdf=pdf)
    loads = []
    original = Model.refresh_from_db

    def recorded(self, *args, **kwargs):
        loads.append((type(self).__name__, kwargs.get("fields") or args))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Model, "refresh_from_db", recorded)
    for url in ("/", "/news/", "/news/?page=2", "/news/activities/", story.url, "/journal/"):
        assert client.get(url).status_code == 200, url
        assert loads == [], url
