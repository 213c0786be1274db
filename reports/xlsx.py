"""The report as an XLSX workbook: one sheet per table, the same rows as the admin page."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook_bytes(report):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in report.tables:
        sheet = workbook.create_sheet(table.sheet)
        sheet.append([report.title])
        sheet.append([table.title + (f" — {report.department.title}" if report.department else "")])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet["A2"].font = Font(bold=True)
        sheet.append(table.headings)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([str(value) if not isinstance(value, int | float) else value for value in row])
        if table.note:
            sheet.append([])
            sheet.append([table.note])
        sheet.column_dimensions["A"].width = 44
        for index in range(2, len(table.headings) + 1):
            sheet.column_dimensions[get_column_letter(index)].width = 16
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def filename(report):
    return f"pr-report-{report.fiscal_year}-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}.xlsx"
