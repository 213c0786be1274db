"""Admin inputs for Buddhist-Era dates: plain text fields, no date-picker script and no CDN.

A text field works the same with a keyboard, a screen reader and a phone's keyboard; the
placeholder shows the layout and the server reads every layout staff use (``thaiinput.dates``).
Values already saved are shown with their BE year.
"""

import datetime as dt

from django import forms

from thaiinput.dates import format_date, format_datetime


class BEDateInput(forms.TextInput):
    supports_microseconds = False

    def __init__(self, attrs=None):
        # "decimal": a phone's number pad with a separator ("20.12.2569" is read like "20/12/2569").
        defaults = {"placeholder": "วว/ดด/ปปปป", "autocomplete": "off", "inputmode": "decimal", "size": 12}
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, dt.date):
            return format_date(value)
        return super().format_value(value)


class BEDateTimeInput(forms.TextInput):
    supports_microseconds = False

    def __init__(self, attrs=None):
        defaults = {"placeholder": "วว/ดด/ปปปป ชช:นน", "autocomplete": "off", "size": 18}
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, dt.datetime):
            return format_datetime(value)
        if isinstance(value, dt.date):
            return format_date(value)
        return super().format_value(value)
