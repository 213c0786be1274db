"""The admin's date fields show and take Buddhist-Era years, for every model form."""

import datetime as dt

import pytest
from django.utils import timezone

from newsroom.models import NewsPage
from tests.newsroom.test_news_admin import news_form

pytestmark = pytest.mark.django_db


def add_url(newsroom):
    return f"/admin/pages/add/newsroom/newspage/{newsroom.news_index.pk}/"


def test_an_activity_typed_in_be_is_stored_on_the_right_day_and_shown_back_in_be(newsroom, login):
    client = login(newsroom.users["pr"])
    form = client.get(add_url(newsroom)).content.decode()
    # Our plain text input, not Wagtail's CE date picker.
    assert 'name="event_start"' in form and 'placeholder="วว/ดด/ปปปป ชช:นน"' in form
    assert "date-time-chooser.js" not in form

    response = client.post(
        add_url(newsroom),
        news_form(kind="activity", event_start="20/12/2569 09:00", event_end="20/12/2569 16.30 น."),
    )
    assert response.status_code == 302, response.context["form"].errors
    page = NewsPage.objects.get(slug="meeting-11-2569").get_latest_revision_as_object()
    start = timezone.localtime(page.event_start)
    assert (start.year, start.month, start.day, start.hour) == (2026, 12, 20, 9)
    assert timezone.localtime(page.event_end).time() == dt.time(16, 30)

    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="20/12/2569 09:00"' in edit


def test_a_christian_era_year_is_refused_with_a_thai_message_and_nothing_saved(newsroom, login):
    client = login(newsroom.users["pr"])
    response = client.post(
        add_url(newsroom),
        news_form(kind="activity", event_start="20/12/2026 09:00", event_end="20/12/2569 12:00"),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "เป็นปีคริสต์ศักราช กรุณาพิมพ์ปีพุทธศักราช (2569)" in errors["event_start"][0]
    assert not NewsPage.objects.filter(slug="meeting-11-2569").exists()


def test_the_publishing_schedule_takes_be_too(newsroom, login):
    client = login(newsroom.users["pr"])
    response = client.post(add_url(newsroom), news_form(go_live_at="01/01/2570 08:00"))
    assert response.status_code == 302, response.context["form"].errors
    page = NewsPage.objects.get(slug="meeting-11-2569")
    go_live = timezone.localtime(page.get_latest_revision_as_object().go_live_at)
    assert (go_live.year, go_live.month, go_live.day, go_live.hour) == (2027, 1, 1, 8)
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="01/01/2570 08:00"' in edit


def test_a_plain_date_field_in_a_snippet_form_reads_be(demo, login):
    """The register's dates are model forms too (snippets)."""
    from django.urls import reverse

    client = login(demo.users["pr"])
    form = client.get(reverse("wagtailsnippets_network_mediacontact:add")).content.decode()
    assert 'placeholder="วว/ดด/ปปปป"' in form
