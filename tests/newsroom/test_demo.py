"""The newsroom demo: enough news over streams, products, kinds, groups and two fiscal years; idempotent."""

import pytest
from django.utils import timezone

from home.thai_dates import fiscal_year_of
from newsroom import demo as news_demo
from newsroom.models import JournalContribution, JournalIssuePage, NewsAttachment, NewsIndexPage, NewsPage
from newsroom.models.news import Product, Stream
from newsroom.time_standards import Kind

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom_demo(demo):
    news_demo.load(demo)
    return demo


def test_demo_news_cover_streams_products_kinds_groups_and_two_fiscal_years(newsroom_demo):
    news = list(NewsPage.objects.live())
    assert len(news) >= 40
    assert {page.stream for page in news} == set(Stream.values)
    assert {page.product for page in news} == set(Product.values)
    assert {page.kind for page in news} == set(Kind.values)
    assert {fiscal_year_of(page.first_published_at) for page in news} >= {2569, 2570}
    groups = {page.owning_department.pk for page in news}
    assert len(groups) >= 8
    assert NewsPage.objects.child_of(NewsIndexPage.objects.get()).exists()
    for page in news:
        page.full_clean()  # every demo item passes the editors' own validation
    verdicts = [page.meets_time_standard for page in news if page.meets_time_standard is not None]
    assert True in verdicts and False in verdicts
    assert NewsAttachment.objects.exists()


def test_demo_has_upcoming_activities_six_issues_and_menu_pages(newsroom_demo, client):
    now = timezone.now()
    upcoming = NewsPage.objects.live().filter(kind=Kind.ACTIVITY, event_start__gt=now)
    assert upcoming.count() >= 3
    issues = JournalIssuePage.objects.live()
    assert issues.count() == 6
    assert all(issue.cover_image_id and issue.pdf_id and issue.articles.count() >= 5 for issue in issues)
    for path in ("/news/", "/journal/"):
        page = NewsIndexPage.objects.first() if path == "/news/" else issues.first().get_parent()
        assert page.show_in_menus and page.url == path
    assert JournalContribution.objects.count() >= 1
    assert client.get("/news/").status_code == 200
    assert client.get("/").status_code == 200


def test_demo_runs_twice_without_duplicates(newsroom_demo):
    before = (
        NewsPage.objects.count(),
        JournalIssuePage.objects.count(),
        NewsAttachment.objects.count(),
        JournalContribution.objects.count(),
    )
    news_demo.load(newsroom_demo)
    after = (
        NewsPage.objects.count(),
        JournalIssuePage.objects.count(),
        NewsAttachment.objects.count(),
        JournalContribution.objects.count(),
    )
    assert after == before
