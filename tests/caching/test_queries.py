"""``.public()`` and a page's view restrictions as one condition/query keep Wagtail's meaning."""

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from caching.queries import restricted_paths, restrictions_known
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


def test_known_restrictions_exclude_the_same_pages_without_a_subquery(private_news):
    hidden, shown = private_news
    database = set(NewsPage.objects.live().public().values_list("pk", flat=True))
    with restrictions_known(restricted_paths()):
        queryset = NewsPage.objects.live().public()
        assert "pageviewrestriction" not in str(queryset.query).lower()
        assert set(queryset.values_list("pk", flat=True)) == database
        assert set(NewsPage.objects.not_public().values_list("pk", flat=True)) == {hidden.pk}
    assert shown.pk in database and hidden.pk not in database


def test_nothing_restricted_adds_no_condition_and_unknown_asks_the_database(newsroom, make_news):
    story = make_news("ประกาศผลการคัดเลือกครูผู้ช่วย")
    with restrictions_known(()):
        assert str(NewsPage.objects.public().query) == str(NewsPage.objects.all().query)
        assert NewsPage.objects.public().filter(pk=story.pk).exists()
    with restrictions_known(None):
        assert "pageviewrestriction" in str(NewsPage.objects.public().query).lower()


def test_a_restriction_added_reaches_the_next_anonymous_listing(private_news, anonymous, settings):
    """The restricted sections are kept with the site-wide parts: a new restriction purges them."""
    settings.PAGE_CACHE_SERVE = False
    hidden, shown = private_news
    assert "ประกาศรายชื่อผู้มีสิทธิ์สอบ" in anonymous("/news/").content.decode()
    PageViewRestriction.objects.create(page=shown, restriction_type=PageViewRestriction.LOGIN)
    listing = anonymous("/news/").content.decode()
    assert "ประกาศรายชื่อผู้มีสิทธิ์สอบ" not in listing
    PageViewRestriction.objects.filter(page=shown).delete()
    assert "ประกาศรายชื่อผู้มีสิทธิ์สอบ" in anonymous("/news/").content.decode()


def test_children_by_path_range_match_wagtails_children(newsroom, make_news):
    # Past nine children the tree's steps use letters ("000A"): the range must keep them.
    for number in range(1, 14):
        make_news(f"ข่าวประชาสัมพันธ์ฉบับที่ {number}")
    index = newsroom.news_index
    ours = set(NewsPage.objects.child_of(index).values_list("path", flat=True))
    wagtails = set(Page.objects.filter(PageQuerySet(Page).child_of_q(index)).values_list("path", flat=True))
    assert len(ours) >= 13 and ours == wagtails
    assert any(not path[-4:].isdigit() for path in ours)
    assert not NewsPage.objects.child_of(index).filter(pk=index.pk).exists()
