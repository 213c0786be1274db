"""CSV and XLSX exports of the readiness report; the URL column pastes into the NACC ITAS system."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from home.exports import neutralise_row
from home.thai_dates import thai_datetime

HEADINGS = [
    "รหัส",
    "ตัวชี้วัดย่อย",
    "ชื่อข้อ",
    "กลุ่มงานที่รับผิดชอบ",
    "สถานะ",
    "จำนวนเอกสาร",
    "ปรับปรุงล่าสุด",
    "URL",
]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _values(row):
    return [
        row.item.code,
        row.item.sub_indicator.code,
        row.item.title,
        row.department_name,
        row.status_label,
        row.documents,
        thai_datetime(row.last_updated) if row.last_updated else "",
        row.url,
    ]


def _filename(report, extension):
    return f"ita-readiness-{report.year}.{extension}"


def csv_response(report):
    buffer = io.StringIO()
    # The byte-order mark makes Excel read the file as UTF-8, so Thai shows correctly.
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(HEADINGS)
    for row in report.rows:
        writer.writerow(neutralise_row(_values(row)))
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(report, "csv")}"'
    return response


def xlsx_response(report):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"ITA {report.year}"
    sheet.append(HEADINGS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in report.rows:
        values = _values(row)
        sheet.append(values)
        if row.url:
            sheet.cell(row=sheet.max_row, column=len(values)).hyperlink = row.url
    for column, width in zip("ABCDEFGH", (8, 10, 60, 40, 16, 12, 28, 50), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(report, "xlsx")}"'
    return response
