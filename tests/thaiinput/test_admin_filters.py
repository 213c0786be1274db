"""Every date filter of the admin shows and reads Buddhist-Era dates (issue #13).

The admin's URLs come from the URL resolver, not from a hand list: each view with a filterset is
asked for its date filters, each no-argument screen is rendered, and filtering with "01/10/2569"
is checked against the rows of the site history (Wagtail's audit log) and the channel log (ours).
"""

import datetime as dt
import inspect
import re

import pytest
from django import forms
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django_filters.fields import RangeField
from wagtail.models import PageLogEntry

from network import demo as network_demo
from network.models import Channel, ChannelLog
from thaiinput.fields import BEDateField, BEDateTimeField
from thaiinput.filters import BERangeWidget
from thaiinput.widgets import BEDateInput, BEDateTimeInput

pytestmark = pytest.mark.django_db

BANGKOK = timezone.get_fixed_timezone(7 * 60)
# What Wagtail's and the browser's Christian-era pickers leave in the HTML.
CE_PICKERS = re.compile(r"initDateChooser\(|initDateTimeChooser\(|type=\"date\"|type=\"datetime-local\"")
BE_PLACEHOLDER = "วว/ดด/ปปปป"
# Links that change something, download a file or leave the HTML admin (as the English walk).
NOT_SCREENS = re.compile(
    r"failwhale|logout|/delete|/unpublish|/lock|/unlock|/copy|/move|/revert|jsi18n|/api/|export|/login"
)


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def admin_routes():
    return [
        (route, pattern)
        for route, pattern in _walk(get_resolver().url_patterns)
        if route.startswith("admin/")
    ]


def _is_date_field(field):
    if isinstance(field, (forms.DateField, forms.DateTimeField)):
        return True
    return isinstance(field, RangeField) and any(
        isinstance(sub, (forms.DateField, forms.DateTimeField)) for sub in field.fields
    )


def _views_behind(callback):
    """The class-based views a URL's callback may dispatch to: its own, or, for Wagtail's page
    routers and the form-submissions dispatcher, those of every registered page viewset / form page."""
    if hasattr(callback, "view_class"):
        return [callback]
    if callback.__name__ == "view_router":  # PageViewSetRegistry.as_view
        from wagtail.admin.viewsets.pages import base_page_viewset, page_viewset_registry

        view_name = inspect.getclosurevars(inspect.unwrap(callback)).nonlocals["view_name"]
        registry = page_viewset_registry
        viewsets = {
            base_page_viewset,
            *registry.values_by_class.values(),
            *registry.values_by_exact_class.values(),
            *registry.values_by_parent_model.values(),
        }
        views = []
        for viewset in viewsets:
            try:
                views.append(viewset.get_view_by_name(view_name))
            except KeyError:
                continue
        return [view for view in views if hasattr(view, "view_class")]
    if callback.__name__ == "get_submissions_list_view":
        from django.apps import apps
        from wagtail.contrib.forms.models import FormMixin
        from wagtail.contrib.forms.views import SubmissionsListView

        pages = [model for model in apps.get_models() if issubclass(model, FormMixin)] or [FormMixin]
        return [(page.submissions_list_view_class or SubmissionsListView).as_view() for page in pages]
    return []


def filtersets_of(pattern, request):
    found = []
    for view_function in _views_behind(pattern.callback):
        view_class = view_function.view_class
        if "filterset_class" not in dir(view_class):
            continue
        view = view_class(**getattr(view_function, "view_initkwargs", {}))
        view.request, view.args, view.kwargs = request, (), {}
        if view.filterset_class is not None:
            found.append(view.filterset_class)
    return found


def date_filters(filterset_class):
    """``{name: form field}`` of the filterset's date filters."""
    candidates = {
        name: each
        for name, each in filterset_class.base_filters.items()
        if issubclass(each.field_class, (forms.DateField, forms.DateTimeField, RangeField))
    }
    return {name: each.field for name, each in candidates.items() if _is_date_field(each.field)}


@pytest.fixture
def date_filter_routes(demo):
    request = RequestFactory().get("/admin/")
    request.user = demo.users["admin"]
    found = {}
    for route, pattern in admin_routes():
        for filterset_class in filtersets_of(pattern, request):
            if date_filters(filterset_class):
                found.setdefault(route, []).append(filterset_class)
    return found


def test_the_resolver_walk_finds_wagtails_and_our_date_filters(date_filter_routes):
    routes = set(date_filter_routes)
    for expected in (
        "admin/reports/site-history/",  # the audit log
        "admin/pages/<int:page_id>/history/",
        "admin/pages/<int:parent_page_id>/",  # the explorer's "edited" filter
        "admin/reports/aging-pages/",
        "admin/reports/locked/",
        "admin/reports/workflow/",
        "admin/reports/workflow_tasks/",
        "admin/forms/submissions/<int:page_id>/",
        "admin/users/",
        "admin/snippets/home/person/history/<int:pk>/",
        "admin/snippets/network/channellog/",  # our viewsets' list_filter
        "admin/snippets/network/coverageclipping/",
        "admin/page_ratings/",
    ):
        assert expected in routes, expected
    assert len(routes) > 60  # every snippet's and model viewset's history too


def test_every_date_filter_of_the_admin_reads_and_shows_buddhist_era(date_filter_routes):
    wrong = {}
    for route, filterset_classes in date_filter_routes.items():
        for name, field in [pair for each in filterset_classes for pair in date_filters(each).items()]:
            subfields = field.fields if isinstance(field, RangeField) else [field]
            widgets = field.widget.widgets if isinstance(field, RangeField) else [field.widget]
            ours = all(isinstance(sub, (BEDateField, BEDateTimeField)) for sub in subfields) and all(
                isinstance(widget, (BEDateInput, BEDateTimeInput)) for widget in widgets
            )
            html = field.widget.render(name, None)
            if not ours or BE_PLACEHOLDER not in html or CE_PICKERS.search(html):
                wrong[route] = name
    assert wrong == {}


def test_no_admin_screen_offers_a_christian_era_picker(demo, login, date_filter_routes):
    """Every screen without arguments (listings, reports, add forms, the PR report), and the
    history screens of a page and of a snippet, rendered for a superuser."""
    from home.models import Person

    client = login(demo.users["admin"])
    person = Person.objects.first() or Person.objects.create(first_name="สมชาย", last_name="ใจดี")
    urls = {
        f"/admin/pages/{demo.home_page.pk}/history/",
        reverse("wagtailsnippets_home_person:history", args=[person.pk]),
        f"/admin/pages/{demo.home_page.pk}/",
    }
    for route, _pattern in admin_routes():
        if "<" not in route and not NOT_SCREENS.search("/" + route) and not route.endswith("results/"):
            urls.add("/" + route)
    filtered = {"/" + route for route in date_filter_routes if "<" not in route}
    pickers, missing, rendered = {}, [], 0
    for url in sorted(urls):
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        rendered += 1
        html = response.content.decode()
        if CE_PICKERS.search(html):
            pickers[url] = CE_PICKERS.findall(html)
        if (url in filtered or "history" in url) and BE_PLACEHOLDER not in html:
            missing.append(url)
    assert rendered > 80
    assert pickers == {}
    assert missing == []


# --- Filtering returns the right rows ------------------------------------------------------------


def at(day, hour, minute=0):
    return dt.datetime(2026, 10, day, hour, minute, tzinfo=BANGKOK) if day else None


@pytest.fixture
def history(demo):
    """Four entries around 1 October 2569 (Bangkok), each with its own label."""
    entries = {
        "ก่อนเที่ยงคืน 30 ก.ย.": dt.datetime(2026, 9, 30, 23, 50, tzinfo=BANGKOK),
        "ต้นวัน 1 ต.ค.": at(1, 0, 10),
        "ปลายวัน 1 ต.ค.": at(1, 23, 50),
        "วันที่ 2 ต.ค.": at(2, 0, 5),
    }
    for label, moment in entries.items():
        PageLogEntry.objects.log_action(
            demo.home_page, "wagtail.edit", user=demo.users["admin"], title=label, timestamp=moment
        )
    return entries


def shown(html, labels):
    return {label for label in labels if label in html}


@pytest.mark.parametrize("typed", ["01/10/2569", "1 ต.ค. 2569", "๐๑/๑๐/๒๕๖๙", "01/10/2026"])
def test_the_audit_log_filtered_on_01_10_2569_shows_that_days_entries(demo, login, history, typed):
    client = login(demo.users["admin"])
    response = client.get("/admin/reports/site-history/", {"timestamp_from": typed, "timestamp_to": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert shown(html, history) == {"ต้นวัน 1 ต.ค.", "ปลายวัน 1 ต.ค."}
    # The active filter reads in the Buddhist Era, whatever layout (or era) was typed.
    assert "1 ตุลาคม 2569 - 1 ตุลาคม 2569" in html


def test_the_audit_log_from_a_day_on(demo, login, history):
    client = login(demo.users["admin"])
    html = client.get("/admin/reports/site-history/", {"timestamp_from": "01/10/2569"}).content.decode()
    assert shown(html, history) == {"ต้นวัน 1 ต.ค.", "ปลายวัน 1 ต.ค.", "วันที่ 2 ต.ค."}
    html = client.get("/admin/reports/site-history/", {"timestamp_to": "30/09/2569"}).content.decode()
    assert shown(html, history) == {"ก่อนเที่ยงคืน 30 ก.ย."}


def test_a_date_that_does_not_exist_is_explained_in_thai(demo, login, history):
    html = (
        login(demo.users["admin"])
        .get("/admin/reports/site-history/", {"timestamp_from": "31/02/2569"})
        .content.decode()
    )
    assert "ไม่มีวันที่ “31/02/2569” ในปฏิทิน" in html


def test_the_channel_log_filtered_on_01_10_2569(demo, login):
    network_demo.load(demo)
    radio = Channel.objects.get(name="วิทยุ")
    titles = {
        "ข่าววิทยุ 30 ก.ย.": dt.datetime(2026, 9, 30, 23, 30, tzinfo=BANGKOK),
        "ข่าววิทยุเช้า 1 ต.ค.": at(1, 7, 30),
        "ข่าววิทยุค่ำ 1 ต.ค.": at(1, 23, 45),
        "ข่าววิทยุ 2 ต.ค.": at(2, 6, 0),
    }
    for title, moment in titles.items():
        ChannelLog.objects.create(channel=radio, title=title, published_at=moment)
    client = login(demo.users["pr"])
    url = reverse("wagtailsnippets_network_channellog:list")
    listing = client.get(url).content.decode()
    assert 'name="published_at_from"' in listing and BE_PLACEHOLDER in listing
    html = client.get(
        url, {"published_at_from": "01/10/2569", "published_at_to": "01/10/2569"}
    ).content.decode()
    assert shown(html, titles) == {"ข่าววิทยุเช้า 1 ต.ค.", "ข่าววิทยุค่ำ 1 ต.ค."}
    assert "1 ตุลาคม 2569 - 1 ตุลาคม 2569" in html


def test_the_aging_pages_report_reads_a_be_date_alone(demo, login):
    """Wagtail's one single-date filter ("last published before") takes a date without a time."""
    response = login(demo.users["admin"]).get(
        "/admin/reports/aging-pages/", {"last_published_at": "01/10/2569"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="01/10/2569"' in html
    assert "1 ตุลาคม 2569" in html


def test_the_range_widget_keeps_the_parameter_names_of_the_widget_it_replaces():
    from django_filters.widgets import DateRangeWidget
    from wagtail.admin.filters import DateRangePickerWidget

    from thaiinput.filters import _range_widget

    assert _range_widget(DateRangePickerWidget).suffixes == ["from", "to"]
    assert _range_widget(DateRangeWidget()).suffixes == ["after", "before"]
    assert isinstance(_range_widget(None), BERangeWidget)
