"""The public archive: listing by BE year, fixed query counts, and the page cache never stale."""

from datetime import date

import pytest
from django.db import reset_queries

from caching.middleware import CACHE_HEADER
from tests.newsletter.conftest import bangkok

pytestmark = pytest.mark.django_db


def test_the_archive_lists_live_issues_by_be_year_newest_first(letter, three_news, make_issue, client):
    make_issue(three_news[:1], volume=3, number=12, issue_date=date(2026, 9, 30), title="จดหมายข่าว ฉบับกันยายน")
    make_issue(three_news, volume=4, number=2, issue_date=date(2026, 11, 30), title="จดหมายข่าว ฉบับพฤศจิกายน")
    make_issue(
        three_news, volume=4, number=3, issue_date=date(2026, 12, 31), title="ฉบับที่ยังไม่อนุมัติ", publish=False
    )
    response = client.get("/newsletter/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "ฉบับที่ยังไม่อนุมัติ" not in html
    assert html.index("จดหมายข่าว ฉบับพฤศจิกายน") < html.index("จดหมายข่าว ฉบับกันยายน")
    assert '<h2 id="newsletter-year-2569">พ.ศ. 2569</h2>' in html
    assert "ปีที่ 4 ฉบับที่ 2" in html and "30 พฤศจิกายน 2569" in html and "3 เรื่อง" in html
    assert '<time datetime="2026-11-30">' in html


def test_the_archive_is_in_the_main_menu(letter, client):
    assert 'href="/newsletter/"' in client.get("/").content.decode()


def _issue_with(make_news, make_issue, cover, count, number):
    news = [
        make_news(
            f"ข่าวกิจกรรมที่ {n + 1} ของฉบับที่ {number}", published=bangkok(2026, 11, 1 + n % 28), cover_image=cover
        )
        for n in range(count)
    ]
    return make_issue(news, number=number)


def test_issue_page_queries_do_not_grow_with_its_items(
    letter, make_news, make_issue, cover, client, django_assert_max_num_queries
):
    small = _issue_with(make_news, make_issue, cover, 2, number=1)
    large = _issue_with(make_news, make_issue, cover, 20, number=2)
    client.get(small.url)  # renditions made once, as on any warm site
    client.get(large.url)
    client.get(f"{large.url}pdf/")
    reset_queries()  # the log keeps 9,000 queries: room for what is measured
    with django_assert_max_num_queries(30) as small_queries:
        assert client.get(small.url).status_code == 200
    small_count = len(small_queries.captured_queries)
    with django_assert_max_num_queries(small_count):
        assert client.get(large.url).status_code == 200
    with django_assert_max_num_queries(small_count):
        assert client.get(f"{large.url}pdf/").status_code == 200


def test_archive_queries_do_not_grow_with_issues(
    letter, three_news, make_issue, cover, client, django_assert_max_num_queries
):
    for number in range(1, 3):
        make_issue(three_news, number=number, cover_image=cover)
    client.get("/newsletter/")
    reset_queries()  # the log keeps 9,000 queries: room for what is measured
    with django_assert_max_num_queries(30) as few:
        client.get("/newsletter/")
    few_queries = len(few.captured_queries)
    for number in range(3, 13):
        make_issue(three_news, number=number, cover_image=cover)
    client.get("/newsletter/")
    reset_queries()
    with django_assert_max_num_queries(few_queries):
        assert "ปีที่ 4 ฉบับที่ 12" in client.get("/newsletter/").content.decode()


@pytest.fixture
def cached(settings, client):
    settings.PAGE_CACHE_ENABLED = True

    def _get(url):
        client.cookies.clear()
        return client.get(url)

    return _get


def test_the_cached_issue_and_archive_follow_a_change_of_a_news_item(letter, three_news, make_issue, cached):
    issue = make_issue(three_news)
    for url in (issue.url, f"{issue.url}pdf/", "/newsletter/"):
        cached(url)
        assert cached(url)[CACHE_HEADER] == "hit", url
    news = three_news[1]
    news.title = "ประกาศรายชื่อผู้ผ่านการประเมินครูผู้ช่วย (แก้ไขชื่อผู้ผ่าน)"
    news.save_revision().publish()
    response = cached(issue.url)
    assert response[CACHE_HEADER] == "miss"
    assert "(แก้ไขชื่อผู้ผ่าน)" in response.content.decode()
    assert cached(f"{issue.url}pdf/")[CACHE_HEADER] == "miss"


def test_the_cached_pages_follow_a_new_revision_of_the_issue(letter, three_news, make_issue, cached):
    issue = make_issue(three_news, title="จดหมายข่าว ฉบับเดิม")
    cached(issue.url)
    cached("/newsletter/")
    assert cached("/newsletter/")[CACHE_HEADER] == "hit"
    draft = issue.get_latest_revision_as_object()
    draft.title = "จดหมายข่าว ฉบับปรับปรุง"
    draft.items = list(draft.items.all())[:1]
    draft.save_revision().publish()
    html = cached(issue.url).content.decode()
    assert "จดหมายข่าว ฉบับปรับปรุง" in html and three_news[2].title not in html
    assert "จดหมายข่าว ฉบับปรับปรุง" in cached("/newsletter/").content.decode()


def test_a_withdrawn_news_item_leaves_the_cached_issue(letter, three_news, make_issue, cached):
    issue = make_issue(three_news)
    cached(issue.url)
    assert cached(issue.url)[CACHE_HEADER] == "hit"
    three_news[0].unpublish()
    assert three_news[0].title not in cached(issue.url).content.decode()
