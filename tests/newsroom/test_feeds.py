"""``/news/feed/`` (RSS 2.0), ``/news/activities/`` and ``/news/activities.ics``."""

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.newsroom.conftest import activity_times

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")


def test_rss_feed_is_valid_rss_2_with_the_latest_twenty(newsroom, make_news, client):
    for n in range(25):
        make_news(f"ข่าวลำดับที่ {n}", published=datetime(2026, 10, 1, 9, 0, tzinfo=BANGKOK) + timedelta(days=n))

    response = client.get("/news/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)  # noqa: S314 - our own response, not untrusted input
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title").startswith("ข่าวประชาสัมพันธ์")
    assert channel.findtext("link") == "http://testserver/news/"
    assert channel.findtext("description")
    items = channel.findall("item")
    assert len(items) == 20
    assert items[0].findtext("title") == "ข่าวลำดับที่ 24"
    assert items[-1].findtext("title") == "ข่าวลำดับที่ 5"
    first = items[0]
    assert first.findtext("link").startswith("http://testserver/news/")
    assert first.find("guid").text == first.findtext("link")
    assert parsedate_to_datetime(first.findtext("pubDate")) == datetime(2026, 10, 25, 9, 0, tzinfo=BANGKOK)


def test_feed_is_advertised_on_the_listing(newsroom, client):
    html = client.get("/news/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html and 'href="/news/feed/"' in html


def test_activities_page_lists_upcoming_activities_soonest_first(newsroom, make_news, client):
    make_news("งานวันครู", event_location="หอประชุม สพป.", **activity_times(20))
    make_news("แข่งขันทักษะวิชาการ", **activity_times(5))
    make_news("กิจกรรมที่จบไปแล้ว", **activity_times(-5))
    make_news("ข่าวทั่วไปไม่ใช่กิจกรรม")

    response = client.get("/news/activities/")

    assert response.status_code == 200
    assert [item.title for item in response.context["activities"]] == ["แข่งขันทักษะวิชาการ", "งานวันครู"]
    html = response.content.decode()
    assert "หอประชุม สพป." in html
    assert "<h1>กิจกรรมที่จะมาถึง</h1>" in html
    assert "public" in response["Cache-Control"]


def test_an_activity_is_listed_until_it_ends_or_without_an_end_until_it_starts(newsroom, make_news, client):
    from newsroom.models import NewsPage

    make_news("อบรมต่อเนื่องสามวัน", **activity_times(-1, hours=72))  # began yesterday, ends in two days
    make_news("ประชุมที่ไม่ระบุเวลาเลิก", **activity_times(2))
    make_news("พิธีที่เริ่มไปแล้วไม่ระบุเวลาเลิก", **activity_times(-1 / 24))  # began an hour ago
    make_news("กิจกรรมที่จบไปแล้ว", **activity_times(-3))
    # Announcements from before the end time was required have none: their start stands for it.
    NewsPage.objects.filter(title__contains="ไม่ระบุเวลาเลิก").update(event_end=None)

    titles = [item.title for item in client.get("/news/activities/").context["activities"]]

    assert titles == ["อบรมต่อเนื่องสามวัน", "ประชุมที่ไม่ระบุเวลาเลิก"]


def test_icalendar_feed_a_phone_accepts(newsroom, make_news, client):
    upcoming = make_news("งานวันครู ประจำปี 2570", event_location="หอประชุม สพป.", **activity_times(20))
    make_news("กิจกรรมเมื่อปีที่แล้ว", **activity_times(-400))

    response = client.get("/news/activities.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "งานวันครู ประจำปี 2570"
    assert str(event["UID"]) == f"newspage-{upcoming.pk}@testserver"
    assert event.decoded("DTSTART") == upcoming.event_start
    assert event.decoded("DTEND") == upcoming.event_end
    assert event.decoded("DTSTAMP") <= timezone.now()
    assert str(event["URL"]) == f"http://testserver{upcoming.url}"
    assert str(event["LOCATION"]) == "หอประชุม สพป."
    # Lines are CRLF-terminated and folded, as RFC 5545 requires.
    assert b"\r\n" in response.content
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n"))


def test_home_page_shows_upcoming_activities_with_dates(newsroom, make_news, client):
    times = activity_times(7)
    make_news("อบรมการใช้ระบบ DMC", **times)
    html = client.get("/").content.decode()
    assert "กิจกรรมที่จะมาถึง" in html
    assert "อบรมการใช้ระบบ DMC" in html
    assert 'href="/news/activities.ics"' in html
    from home.thai_dates import thai_date

    assert thai_date(times["event_start"]) in html


def test_calendar_of_an_unknown_index_is_not_found(newsroom, client):
    assert client.get("/groups/activities.ics").status_code == 404
    assert client.get("/no-such-page/activities.ics").status_code == 404
