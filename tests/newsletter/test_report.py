"""The newsletter as a channel of the PR report: news items that went out in live issues, by
month and by group, counted by the database."""

from datetime import date, datetime, time

import pytest
from django.utils import timezone

from network.models import Delivery, DeliveryStatus, Release
from newsletter.models import NewsletterIssuePage
from reports import kpis
from reports.periods import report_period
from reports.report import build_report
from tests.newsletter.conftest import bangkok

pytestmark = pytest.mark.django_db


def out_on(issue, day):
    """The issue came out (was first published) on ``day`` at 16.00 Bangkok."""
    moment = datetime.combine(day, time(16), tzinfo=timezone.get_current_timezone())
    NewsletterIssuePage.objects.filter(pk=issue.pk).update(first_published_at=moment)


@pytest.fixture
def issues(letter, three_news, make_news, make_issue):
    """October: 2 items; November: 3 items, one of them also in October's issue; a draft issue."""
    october_news = make_news("ข่าวเดือนตุลาคม 2569", published=bangkok(2026, 10, 15))
    october = make_issue([october_news, three_news[0]], volume=4, number=1, issue_date=date(2026, 10, 31))
    out_on(october, date(2026, 10, 31))
    november = make_issue(three_news, volume=4, number=2, issue_date=date(2026, 11, 30))
    out_on(november, date(2026, 11, 30))
    draft_news = make_news("ข่าวในฉบับที่ยังไม่อนุมัติ", published=bangkok(2026, 11, 25))
    make_issue([draft_news], volume=4, number=3, publish=False)
    return october, november


def channels(period, department=None):
    return {key: count for key, _, count in kpis.channel_items(kpis.Scope(period, department))}


def test_items_in_live_issues_count_once_each(issues):
    assert channels(report_period(2570, "12m"))[kpis.NEWSLETTER] == 4  # 2 + 3, one of them twice
    assert channels(report_period(2569, "12m"))[kpis.NEWSLETTER] == 0


def test_per_month_follows_the_issue_date(issues):
    months = kpis.channel_items_by_month(kpis.Scope(report_period(2570, "12m")))[kpis.NEWSLETTER]
    assert months == {date(2026, 10, 1): 2, date(2026, 11, 1): 3}
    table = build_report(report_period(2570, "12m")).table("channels_by_month")
    row = next(row for row in table.rows if row[0] == "จดหมายข่าว")
    assert row[1:3] == [2, 3] and row[-1] == 5


def test_per_group_counts_the_items_the_group_owns(letter, issues):
    period = report_period(2570, "12m")
    assert channels(period, letter.departments["personnel"])[kpis.NEWSLETTER] == 1
    assert channels(period, letter.departments["ict"])[kpis.NEWSLETTER] == 1
    # The PR officer's own news under /news/ belong to the main group.
    assert channels(period, letter.departments["general-administration"])[kpis.NEWSLETTER] == 2
    assert channels(period, letter.departments["legal-affairs"])[kpis.NEWSLETTER] == 0


def test_a_withdrawn_item_and_an_unpublished_issue_stop_counting(issues, three_news):
    october, _ = issues
    three_news[2].unpublish()
    assert channels(report_period(2570, "12m"))[kpis.NEWSLETTER] == 3
    october.unpublish()
    assert channels(report_period(2570, "12m"))[kpis.NEWSLETTER] == 2


def test_the_report_table_names_the_channel_and_the_mailed_issue_is_no_press_release(letter, issues):
    _, november = issues
    release = Release.objects.create(page=november, created_by=letter.users["pr"])
    Delivery.objects.create(
        release=release,
        email="news@thairath.example.co.th",
        name="ไทยรัฐ",
        status=DeliveryStatus.SENT,
        sent_at=bangkok(2026, 11, 30, 17),
    )
    rows = dict(build_report(report_period(2570, "12m")).table("channels").rows)
    assert rows["จดหมายข่าว"] == 4
    assert rows["อีเมลถึงเครือข่าย (ข่าวแจก)"] == 0


def test_the_count_is_one_query_whatever_the_number_of_issues(issues, django_assert_num_queries):
    scope = kpis.Scope(report_period(2570, "12m"))
    from newsletter.figures import newsletter_items, newsletter_items_by_month

    with django_assert_num_queries(1):
        newsletter_items(scope)
    with django_assert_num_queries(1):
        newsletter_items_by_month(scope)
