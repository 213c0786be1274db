"""Scheduled publishing needs nothing but ``qcluster``: the migration adds a django-q2 schedule
that runs Wagtail's ``publish_scheduled`` every minute."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.models import Schedule
from django_q.scheduler import scheduler

from home.models import StandardPage

pytestmark = pytest.mark.django_db

NAME = "wagtail publish_scheduled"


def test_publish_scheduled_runs_every_minute_from_migration(db):
    schedule = Schedule.objects.get(name=NAME)
    assert schedule.func == "django.core.management.call_command"
    assert schedule.args == "'publish_scheduled'"
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 1, -1)


def test_the_schedule_publishes_a_page_whose_time_has_come(demo, client):
    about = StandardPage.objects.get(slug="about")
    page = StandardPage(
        title="ประกาศรับสมัครครูผู้ช่วย",
        slug="teacher-recruitment",
        intro="รับสมัครตั้งแต่วันที่ 1 ธันวาคม",
        live=False,
    )
    about.add_child(instance=page)
    revision = page.save_revision(user=demo.users["admin"])
    go_live = timezone.now() + timedelta(minutes=5)
    revision.approved_go_live_at = go_live
    revision.save()
    page.go_live_at = go_live
    page.save()
    later = StandardPage(title="ประกาศผลการคัดเลือก", slug="results", live=False)
    about.add_child(instance=later)
    later_revision = later.save_revision(user=demo.users["admin"])
    later_revision.approved_go_live_at = timezone.now() + timedelta(days=3)
    later_revision.save()

    # Before its time: nothing changes.
    Schedule.objects.filter(name=NAME).update(next_run=timezone.now() - timedelta(seconds=1))
    scheduler()
    page.refresh_from_db()
    assert not page.live
    assert client.get("/about/teacher-recruitment/").status_code == 404

    # Five minutes later the worker's next tick publishes it; the other page keeps waiting.
    type(revision).objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - timedelta(seconds=5)
    )
    Schedule.objects.filter(name=NAME).update(next_run=timezone.now() - timedelta(seconds=1))
    scheduler()
    page.refresh_from_db()
    later.refresh_from_db()
    assert page.live and page.first_published_at is not None
    assert not later.live
    response = client.get("/about/teacher-recruitment/")
    assert response.status_code == 200 and "รับสมัครตั้งแต่วันที่ 1 ธันวาคม" in response.content.decode()
    # The schedule stays for the next minute.
    schedule = Schedule.objects.get(name=NAME)
    assert schedule.repeats == -1 and schedule.next_run > timezone.now()
