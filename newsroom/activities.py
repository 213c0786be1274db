"""Upcoming activities (ข่าวประกาศกิจกรรม): the ``/news/activities/`` list and its iCalendar feed."""

from datetime import timedelta

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from icalendar import Calendar, Event
from wagtail.models import Site

from home.site_url import absolute_url, site_address
from newsroom.listing import attach_departments, news_cards, site_root_for, upcoming_activities

ACTIVITIES_LIMIT = 50
# The calendar keeps a month of past activities so a subscribed phone does not drop them at once.
CALENDAR_PAST = timedelta(days=30)
CALENDAR_LIMIT = 200
DEFAULT_DURATION = timedelta(hours=1)


def activities_view(request, index):
    activities = list(news_cards(upcoming_activities(site_root_for(index, request)))[:ACTIVITIES_LIMIT])
    attach_departments(activities, request)
    context = {"activities": activities, "page": index, "self": index}
    return TemplateResponse(request, "newsroom/activities.html", context)


def build_calendar(request, index):
    calendar = Calendar()
    calendar.add("prodid", f"-//{site_address()[0]}//newsroom activities//TH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"กิจกรรม — {index.title}")
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    stamp = timezone.now()
    since = stamp - CALENDAR_PAST
    for item in upcoming_activities(site_root_for(index, request), limit=CALENDAR_LIMIT, since=since):
        event = Event()
        event.add("uid", f"newspage-{item.pk}@{site_address()[0]}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.event_start)
        event.add("dtend", item.event_end or item.event_start + DEFAULT_DURATION)
        event.add("summary", item.title)
        url = absolute_url(item)
        event.add("url", url)
        event.add("description", f"{item.intro}\n\n{url}".strip())
        if item.event_location:
            event.add("location", item.event_location)
        if item.last_published_at:
            event.add("last-modified", item.last_published_at)
        calendar.add_component(event)
    return calendar


def ical_response(request, index):
    response = HttpResponse(
        build_calendar(request, index).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="activities.ics"'
    return response


def calendar_view(request, index_path):
    from newsroom.models import NewsIndexPage

    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    url_path = site.root_page.url_path + index_path
    index = NewsIndexPage.objects.live().public().filter(url_path=url_path).first()
    if index is None:
        raise Http404
    # Cache headers and the page cache: ``caching.headers.public_cache`` in newsroom/urls.py.
    return ical_response(request, index)
