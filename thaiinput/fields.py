"""Form fields that read Buddhist-Era dates (``thaiinput.dates``) and refuse CE years in Thai."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import from_current_timezone
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from thaiinput.dates import ThaiDateError, parse_date, parse_datetime
from thaiinput.widgets import BEDateInput, BEDateTimeInput


def _our_widget(widget, widget_class):
    """Wagtail's own date widgets (a panel may name one, e.g. the publishing schedule) become ours,
    keeping their attributes; any other widget is left as given."""
    if widget is None:
        return widget_class()
    if isinstance(widget, type):
        widget = widget()
    if isinstance(widget, (AdminDateInput, AdminDateTimeInput)):
        return widget_class(attrs={k: v for k, v in widget.attrs.items() if k != "autocomplete"})
    return widget


class BEDateField(forms.DateField):
    widget = BEDateInput

    def __init__(self, *args, widget=None, **kwargs):
        super().__init__(*args, widget=_our_widget(widget, BEDateInput), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_date(value)
        except ThaiDateError as error:
            raise ValidationError(str(error), code="invalid") from None


class BEDateTimeField(forms.DateTimeField):
    widget = BEDateTimeInput

    def __init__(self, *args, widget=None, **kwargs):
        super().__init__(*args, widget=_our_widget(widget, BEDateTimeInput), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            parsed = parse_datetime(value)
        except ThaiDateError as error:
            raise ValidationError(str(error), code="invalid") from None
        return from_current_timezone(parsed)
