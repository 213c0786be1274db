"""Form fields that read Buddhist-Era dates (``thaiinput.dates``) and refuse CE years in Thai."""

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import from_current_timezone

from thaiinput.dates import ThaiDateError, parse_date, parse_datetime
from thaiinput.widgets import BEDateInput, BEDateTimeInput


def our_widget(widget, default):
    """Django's and Wagtail's date widgets (a panel or a filter may name one, e.g. the publishing
    schedule, Wagtail's date pickers) become ours, keeping their attributes but the browser's own
    picker (``type="date"``) and a CE placeholder; any other widget is left as given."""
    if widget is None:
        return default()
    if isinstance(widget, type):
        widget = widget()
    if isinstance(widget, forms.DateInput):  # Wagtail's AdminDateInput included
        replacement = BEDateInput
    elif isinstance(widget, forms.DateTimeInput):  # AdminDateTimeInput included
        replacement = BEDateTimeInput
    else:
        return widget
    return replacement(
        attrs={k: v for k, v in widget.attrs.items() if k not in ("autocomplete", "type", "placeholder")}
    )


class BEDateField(forms.DateField):
    """A date typed in the Buddhist Era. ``allow_ce`` understands a Christian-era year instead of
    refusing it (filters, where a year typed by habit is read, not stored)."""

    widget = BEDateInput
    allow_ce = False

    def __init__(self, *args, widget=None, allow_ce=None, **kwargs):
        if allow_ce is not None:
            self.allow_ce = allow_ce
        super().__init__(*args, widget=our_widget(widget, BEDateInput), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_date(value, allow_ce=self.allow_ce)
        except ThaiDateError as error:
            raise ValidationError(str(error), code="invalid") from None


class BEDateTimeField(forms.DateTimeField):
    """A date and time typed in the Buddhist Era. ``date_alone`` also takes a date without a time
    (midnight: a filter "published before 01/10/2569")."""

    widget = BEDateTimeInput
    allow_ce = False
    date_alone = False

    def __init__(self, *args, widget=None, allow_ce=None, date_alone=None, **kwargs):
        if allow_ce is not None:
            self.allow_ce = allow_ce
        if date_alone is not None:
            self.date_alone = date_alone
        super().__init__(*args, widget=our_widget(widget, BEDateTimeInput), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            if self.date_alone:
                try:
                    return from_current_timezone(
                        dt.datetime.combine(parse_date(value, self.allow_ce), dt.time())
                    )
                except ThaiDateError:
                    pass  # not a date alone: read it as a date and a time below
            parsed = parse_datetime(value, allow_ce=self.allow_ce)
        except ThaiDateError as error:
            raise ValidationError(str(error), code="invalid") from None
        return from_current_timezone(parsed)
