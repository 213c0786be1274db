"""The demo desk: both fiscal years, done items with their news, pending ones, warnings; idempotent."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from assignments import demo as assignments_demo
from assignments.models import AgendaItem, Assignment, Progress
from home.demo import DemoContext
from home.demo import load as load_home_demo
from home.thai_dates import fiscal_year_of

pytestmark = pytest.mark.django_db

LATE_MEETING = "ประชุมคณะกรรมการติดตามการใช้งบประมาณ ไตรมาส 1/2570"


def test_the_demo_desk_in_2569_and_2570(login):
    call_command("load_demo_data", stdout=StringIO())
    now = timezone.now()
    assert {fiscal_year_of(item.starts_at) for item in AgendaItem.objects.all()} == {2569, 2570}
    done = [a for a in Assignment.objects.with_related() if a.progress == Progress.PUBLISHED]
    assert {fiscal_year_of(a.agenda_item.starts_at) for a in done} == {2569, 2570}
    for assignment in done:
        assert assignment.news_page.kind == assignment.agenda_item.kind
        assert assignment.news_page.event_start == assignment.agenda_item.starts_at
    # 002: each assigned within the hour after the item was entered.
    for assignment in Assignment.objects.select_related("agenda_item"):
        assert 0 < (assignment.assigned_at - assignment.agenda_item.created_at).total_seconds() <= 3600
    pending = list(Assignment.objects.open().with_related())
    assert {a.progress for a in pending} >= {Progress.NOT_STARTED, Progress.DRAFT}
    at_risk = {a.agenda_item.title for a in pending if a.is_at_risk(now)}
    assert at_risk == {LATE_MEETING, "ประกาศจัดงานวันเด็กแห่งชาติ ประจำปี 2570"}
    assert AgendaItem.objects.filter(assignment__isnull=True).count() == 1

    html = login(get_user_model().objects.get(username="editor")).get("/admin/").content.decode()
    assert "ใกล้เกินมาตรฐานระยะเวลา" in html and LATE_MEETING in html

    # Loading the desk again changes nothing.
    before = (
        AgendaItem.objects.count(),
        Assignment.objects.count(),
        Assignment.objects.filter(news_page=None).count(),
    )
    ctx = DemoContext(password="demo1234")
    load_home_demo(ctx)
    assignments_demo.load(ctx)
    after = (
        AgendaItem.objects.count(),
        Assignment.objects.count(),
        Assignment.objects.filter(news_page=None).count(),
    )
    assert after == before
