"""Spreadsheet exports of admin listings as staff read them: Bangkok local times in the screens'
Buddhist-Era layout and Thai yes/no, never UTC or raw codes.

Wagtail's ``SpreadsheetExportMixin`` writes aware datetimes as naive UTC; every listing export of
the project goes through ``ThaiExportMixin`` instead (put it before Wagtail's ``IndexView``).
"""

import datetime

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.thai_dates import thai_date, thai_datetime

FORMATS = (SpreadsheetExportMixin.FORMAT_CSV, SpreadsheetExportMixin.FORMAT_XLSX)


def _yes_no(value):
    return "ใช่" if value else "ไม่ใช่"


def _both(function):
    return dict.fromkeys(FORMATS, function)


THAI_VALUE_PREPROCESS = {
    datetime.datetime: _both(thai_datetime),
    datetime.date: _both(thai_date),
    bool: _both(_yes_no),
}


class ThaiExportMixin:
    custom_value_preprocess = THAI_VALUE_PREPROCESS

    def get_preprocess_function(self, field, value, export_format):
        # ``datetime`` is a subclass of ``date``: look the exact class up first.
        custom = self.custom_field_preprocess.get(field, {}).get(export_format)
        if custom is not None:
            return custom
        for value_class in (datetime.datetime, datetime.date, bool):
            if isinstance(value, value_class):
                return THAI_VALUE_PREPROCESS[value_class][export_format]
        return super().get_preprocess_function(field, value, export_format)
