"""The demo archive: an issue a month of fiscal 2569 carrying seed 004's 198 items, 2570 under way."""

from io import StringIO

import pytest
from django.core.management import call_command

from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from reports import kpis
from reports.periods import report_period

pytestmark = pytest.mark.django_db


def test_the_demo_builds_the_archive_once(client):
    call_command("load_demo_data", stdout=StringIO())
    assert NewsletterIndexPage.objects.live().count() == 1
    issues = NewsletterIssuePage.objects.live()
    by_year = {}
    for issue in issues:
        by_year.setdefault(issue.be_year, []).append(issue)
    # Fiscal 2569: October 2568 to September 2569; fiscal 2570 so far: October and November 2569.
    assert issues.filter(volume=3).count() == 12
    assert 1 <= issues.filter(volume=4).count() <= 2
    scope = kpis.Scope(report_period(2569, "12m"))
    assert {key: count for key, _, count in kpis.channel_items(scope)}[kpis.NEWSLETTER] == 198
    call_command("load_demo_data", stdout=StringIO())
    assert NewsletterIssuePage.objects.count() == issues.count()
    latest = issues.order_by("-issue_date").first()
    response = client.get(latest.url)
    assert response.status_code == 200 and latest.issue_label in response.content.decode()
    assert client.get("/newsletter/").status_code == 200
