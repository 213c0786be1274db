"""Deep pages of /news/ cost what the first page costs: each page seeks to its first item from
the cached page starts (keyset pagination), it does not skip the items before it."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.models import NewsPage

pytestmark = pytest.mark.django_db

TITLE = "ข่าวลำดับที่ {:02d}"


@pytest.fixture
def cold(settings):
    """Anonymous misses with the site-wide parts cached, as the benchmark's cold phase."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SERVE = False


@pytest.fixture
def thirty(newsroom, make_news):
    """Thirty news, number 0 the newest; 10 to 19 share one publication second, as a batch import."""
    now = timezone.now().replace(microsecond=0)
    batch = now - timedelta(hours=10)
    return [
        make_news(TITLE.format(n), published=batch if 10 <= n < 20 else now - timedelta(hours=n))
        for n in range(30)
    ]


# Newest first; the ten of one second newest id first.
ORDER = [*range(10), *range(19, 9, -1), *range(20, 30)]


def numbers_on(client, url):
    """The numbers of the news a page lists, in the order it lists them."""
    body = client.get(url).content.decode()
    return sorted(
        (n for n in range(40) if TITLE.format(n) in body), key=lambda n: body.index(TITLE.format(n))
    )


def every_page(client, url="/news/", pages=3):
    sep = "&" if "?" in url else "?"
    return [numbers_on(client, f"{url}{sep}page={number}") for number in range(1, pages + 1)]


def test_each_item_on_exactly_one_page_in_order_even_across_equal_dates(thirty, client, cold):
    # The second page starts inside the ten of one second.
    assert every_page(client) == [ORDER[:12], ORDER[12:24], ORDER[24:]]


def test_a_deep_page_seeks_its_start_and_reads_only_its_own_cards(thirty, client, cold):
    client.get("/news/?page=2")  # the site-wide parts and the page starts, as on a running server
    with CaptureQueriesContext(connection) as deep:
        response = client.get("/news/?page=3")
    body = response.content.decode()
    assert sorted(
        (n for n in range(30) if TITLE.format(n) in body), key=lambda n: body.index(TITLE.format(n))
    ) == list(range(24, 30))
    sql = [query["sql"].upper() for query in deep.captured_queries]
    # Nothing skipped, nothing numbered again: the starts came from the cache.
    assert not [query for query in sql if "OFFSET" in query or "ROW_NUMBER" in query]
    assert all('"BODY"' not in query for query in sql if "LIMIT" in query)
    with CaptureQueriesContext(connection) as first:
        client.get("/news/")
    assert len(deep.captured_queries) <= len(first.captured_queries)


def test_the_page_starts_follow_a_publication_and_a_withdrawal(thirty, client, cold, make_news):
    assert numbers_on(client, "/news/?page=2")[0] == 17
    # Published through a revision, as the workflow does: the signal that purges the cache.
    make_news(TITLE.format(30), published=timezone.now() + timedelta(minutes=1)).save_revision().publish()
    assert numbers_on(client, "/news/?page=1")[0] == 30
    assert numbers_on(client, "/news/?page=2")[0] == 18
    NewsPage.objects.get(title=TITLE.format(0)).unpublish()
    assert numbers_on(client, "/news/?page=2")[0] == 17
    assert sorted(n for page in every_page(client) for n in page) == [*range(1, 30), 30]


def test_every_filter_keeps_its_own_page_starts(thirty, client, cold):
    for item in thirty[::2]:
        item.tags.add("สอบครูผู้ช่วย")
        item.save()
    every_page(client)  # the unfiltered starts are cached first
    tagged = every_page(client, "/news/?tag=สอบครูผู้ช่วย", pages=2)
    assert [len(page) for page in tagged] == [12, 3]
    assert [n for page in tagged for n in page] == [n for n in ORDER if n % 2 == 0]
    assert "พบ 15 ข่าว" in client.get("/news/?tag=สอบครูผู้ช่วย").content.decode()


def test_an_undated_live_item_pages_by_skipping_and_is_listed_once(thirty, client, cold):
    NewsPage.objects.filter(title=TITLE.format(5)).update(first_published_at=None)
    listed = [n for page in every_page(client) for n in page]
    assert sorted(listed) == list(range(30)) and len(listed) == 30


def test_an_editor_sees_the_same_pages_without_the_cache(thirty, client, cold, newsroom):
    client.force_login(newsroom.users["pr"])
    assert every_page(client)[1] == ORDER[12:24]
