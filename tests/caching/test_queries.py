"""``.public()`` and a page's view restrictions as one condition/query keep Wagtail's meaning."""

import pytest
from wagtail.models import PageViewRestriction

from newsroom.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_news(newsroom, make_news):
    """A news item only logged-in readers may open, and a public one."""
    hidden = make_news("บันทึกภายในเรื่องการสอบคัดเลือก")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    shown = make_news("ประกาศรายชื่อผู้มีสิทธิ์สอบ")
    return hidden, shown


def test_public_excludes_restricted_pages_in_one_query(private_news, django_assert_num_queries):
    hidden, shown = private_news
    with django_assert_num_queries(1):
        public = set(NewsPage.objects.live().public().values_list("pk", flat=True))
    assert shown.pk in public and hidden.pk not in public
    assert set(NewsPage.objects.not_public().values_list("pk", flat=True)) == {hidden.pk}


def test_a_restriction_on_a_section_reaches_the_pages_below_it(newsroom, make_news):
    story = make_news("ข่าวใต้หมวดที่จำกัดสิทธิ์")
    PageViewRestriction.objects.create(page=newsroom.news_index, restriction_type=PageViewRestriction.LOGIN)
    assert not NewsPage.objects.public().filter(pk=story.pk).exists()
    assert [r.page_id for r in story.get_view_restrictions()] == [newsroom.news_index.pk]


def test_a_restricted_page_stays_closed_and_out_of_listings_and_sitemap(private_news, client, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SERVE = False
    hidden, shown = private_news
    assert client.get(hidden.url).status_code == 302  # to the login page
    listing = client.get("/news/").content.decode()
    assert "ประกาศรายชื่อผู้มีสิทธิ์สอบ" in listing and "บันทึกภายในเรื่องการสอบคัดเลือก" not in listing
    sitemap = client.get("/sitemap.xml").content.decode()
    assert shown.url in sitemap and hidden.url not in sitemap
