"""CSV cells that a spreadsheet would run as a formula are written as text.

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``= + - @`` (and, after
trimming, a tab or carriage return) as a formula: a survey applicant who types
``=HYPERLINK("http://evil", "คลิก")`` as their name would otherwise run it on the PR officer's
machine. The OWASP remedy is a leading apostrophe, which the spreadsheet shows as plain text.
XLSX exports need nothing: openpyxl and Wagtail store their strings as text cells.
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as it should be written to a CSV file."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_row(values):
    return [neutralise(value) for value in values]


class SafeCsvExportMixin:
    """For Wagtail index views with ``list_export``: every CSV cell goes through ``neutralise``."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise(value)
        return value
