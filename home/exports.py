"""Spreadsheet exports of admin listings as staff read them: Bangkok local times in the screens'
Buddhist-Era layout and Thai yes/no, never UTC or raw codes.

Wagtail's ``SpreadsheetExportMixin`` writes aware datetimes as naive UTC; every listing export of
the project goes through ``ThaiExportMixin`` instead (put it before Wagtail's ``IndexView``).

CSV cells that a spreadsheet would run as a formula are written as text (``neutralise``). Excel,
LibreOffice and Google Sheets evaluate a cell starting with ``= + - @`` (or a tab or carriage return
before one): a survey applicant who types ``=HYPERLINK("http://evil", "คลิก")`` as their name would
otherwise run it on the PR officer's machine. The OWASP remedy is a leading apostrophe, shown as
plain text. XLSX needs nothing: Wagtail and openpyxl store strings as text cells.

Every CSV the admin writes goes through ``neutralise``: the files written by hand call it
(``neutralise_row``), and ``install`` (run by ``HomeConfig.ready``) puts it into Wagtail's own
``SpreadsheetExportMixin``, which every CSV export of Wagtail shares: the snippet and model viewsets
of every app, Wagtail's reports (locked pages, aging pages, site history, workflows...), form
submissions and any listing added later, with or without ``ThaiExportMixin``.
"""

import datetime

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.thai_dates import thai_date, thai_datetime

FORMATS = (SpreadsheetExportMixin.FORMAT_CSV, SpreadsheetExportMixin.FORMAT_XLSX)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as it should be written to a CSV file."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_row(values):
    return [neutralise(value) for value in values]


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


def install():
    """Make Wagtail's CSV writer neutralise every cell (idempotent)."""
    if getattr(SpreadsheetExportMixin.write_csv_row, "neutralises", False):
        return

    def write_csv_row(self, writer, row_dict):
        # Wagtail's own body, plus the one step: each cell as preprocessed, then neutralised.
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    write_csv_row.neutralises = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
