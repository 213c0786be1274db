"""Buddhist-Era dates in every date filter of the admin: Wagtail's listings and reports, and ours.

Wagtail declares its date filters as class attributes of its views' filtersets (site history, page
and snippet history, the page explorer, aging and locked pages, workflow reports, form submissions,
users, ...), with Django's date fields and its own Christian-era picker (``DateRangePickerWidget``,
``AdminDateInput``), and offers no setting or hook to swap them. Every one of them, like every filter
generated from a viewset's ``list_filter``, builds its form field from its django-filter class's
``field_class``. ``install()`` points those at the fields below, which read dates with
``thaiinput.dates`` and exchange Wagtail's and Django's date widgets for ours, the way the model-form
override (``thaiinput.apps``) does for editing; it also registers how an active filter reads (the
pill above the listing) through Wagtail's ``register_filter_adapter_class``.

A filter reads a Christian-era year typed by habit ("01/10/2025" is 1 ต.ค. 2568, the pill says so)
rather than refusing it: a refused filter would leave the listing unfiltered, which looks like a
result. ``tests/thaiinput/test_admin_filters.py`` walks every admin URL with a filter form.
"""

import datetime as dt

import django_filters
from django.db import models
from django_filters.fields import DateRangeField, RangeField
from django_filters.filterset import FILTER_FOR_DBFIELD_DEFAULTS
from django_filters.widgets import SuffixedMultiWidget
from wagtail.admin.active_filters import (
    BaseFilterAdapter,
    RangeFilterAdapter,
    register_filter_adapter_class,
)
from wagtail.admin.filters import WagtailFilterSet

from home.thai_dates import thai_date, thai_datetime, to_local
from thaiinput.fields import BEDateField, BEDateTimeField
from thaiinput.widgets import BEDateInput, BEDateTimeInput

FROM_PLACEHOLDER = "ตั้งแต่ วว/ดด/ปปปป"
TO_PLACEHOLDER = "ถึง วว/ดด/ปปปป"


class BERangeWidget(SuffixedMultiWidget):
    """Two Buddhist-Era inputs, "from" and "to", named like the widget they replace
    (``<name>_from``/``<name>_to`` for Wagtail's, ``<name>_after``/``<name>_before`` for django-filter's),
    so existing links and bookmarks keep working."""

    template_name = "wagtailadmin/widgets/range_input.html"

    def __init__(self, attrs=None, suffixes=("from", "to"), input_class=BEDateInput):
        self.suffixes = list(suffixes)
        widgets = (
            input_class(attrs={"placeholder": FROM_PLACEHOLDER, "aria-label": "ตั้งแต่วันที่"}),
            input_class(attrs={"placeholder": TO_PLACEHOLDER, "aria-label": "ถึงวันที่"}),
        )
        super().__init__(widgets, attrs)

    def decompress(self, value):
        if value:
            return [value.start, value.stop]
        return [None, None]


def _range_widget(widget, input_class=BEDateInput):
    if isinstance(widget, type):
        widget = widget()
    suffixes = getattr(widget, "suffixes", None) or ("from", "to")
    attrs = dict(getattr(widget, "attrs", None) or {})
    return BERangeWidget(attrs=attrs, suffixes=suffixes, input_class=input_class)


class BEFilterDateField(BEDateField):
    allow_ce = True


class BEFilterDateTimeField(BEDateTimeField):
    """A filter's moment: a date alone means its midnight (Wagtail's "last published before")."""

    allow_ce = True
    date_alone = True


class BEDateRangeField(DateRangeField):
    """From one day to another, both included, in the site's time zone (django-filter's rule)."""

    def __init__(self, *args, widget=None, **kwargs):
        fields = (BEFilterDateField(), BEFilterDateField())
        RangeField.__init__(self, fields, *args, widget=_range_widget(widget), **kwargs)


class BEDateTimeRangeField(RangeField):
    def __init__(self, *args, widget=None, **kwargs):
        fields = (BEFilterDateTimeField(), BEFilterDateTimeField())
        super().__init__(fields, *args, widget=_range_widget(widget, BEDateTimeInput), **kwargs)


# django-filter's date filters and the field each now builds.
FIELD_CLASSES = {
    django_filters.DateFilter: BEFilterDateField,
    django_filters.DateTimeFilter: BEFilterDateTimeField,
    django_filters.IsoDateTimeFilter: BEFilterDateTimeField,
    django_filters.DateFromToRangeFilter: BEDateRangeField,
    django_filters.DateTimeFromToRangeFilter: BEDateTimeRangeField,
    django_filters.IsoDateTimeFromToRangeFilter: BEDateTimeRangeField,
}


def _display(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        local = to_local(value)
        return thai_date(local) if local.time() in (dt.time.min, dt.time.max) else thai_datetime(local)
    return thai_date(value)


class BEDateFilterAdapter(BaseFilterAdapter):
    """The active filter's pill: "วันที่: 1 ตุลาคม 2569", not "2026-10-01"."""

    def get_active_filters(self):
        for active in super().get_active_filters():
            yield active._replace(value=_display(self.value))


class BEDateRangeFilterAdapter(RangeFilterAdapter):
    def format_value(self, value):
        shown = _display(value)
        return shown if shown is not None else str(self.empty_value_label)


def install():
    """Once, from ``ThaiInputConfig.ready``."""
    for filter_class, field_class in FIELD_CLASSES.items():
        filter_class.field_class = field_class
    # A listing's ``list_filter = ["published_at"]`` gives an exact-match filter, which finds only
    # what happened at midnight: staff mean a day, or a range of days.
    WagtailFilterSet.FILTER_DEFAULTS = {
        **FILTER_FOR_DBFIELD_DEFAULTS,
        models.DateField: {"filter_class": django_filters.DateFromToRangeFilter},
        models.DateTimeField: {"filter_class": django_filters.DateFromToRangeFilter},
    }
    for filter_class in (django_filters.DateFilter, django_filters.DateTimeFilter):
        register_filter_adapter_class(filter_class, BEDateFilterAdapter)
    for filter_class in (
        django_filters.DateFromToRangeFilter,
        django_filters.DateTimeFromToRangeFilter,
        django_filters.IsoDateTimeFromToRangeFilter,
    ):
        register_filter_adapter_class(filter_class, BEDateRangeFilterAdapter)
