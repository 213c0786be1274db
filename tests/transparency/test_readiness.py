"""The readiness report: statuses, exact percentages, filters, exports and the dashboard panel."""

import csv
import datetime as dt
import io
from unittest import mock

import pytest
from openpyxl import load_workbook
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from accounts import roles
from tests.transparency.conftest import refused
from transparency.readiness import Status, readiness_report

REPORT_URL = "/admin/ita_readiness/"


@pytest.fixture
def known_year(demo, year_2569, item_page):
    """2569: O1–O3 live (O1 with two documents), O5 a draft, O6 waiting for approval, 21 missing."""
    doc = ("แผนผังโครงสร้างสำนักงาน", dt.date(2025, 10, 1), ["โครงสร้าง"])
    item_page(year_2569, "O1", documents=[doc, ("อำนาจหน้าที่โดยสรุป", dt.date(2025, 10, 2), ["อำนาจหน้าที่"])])
    item_page(year_2569, "O2")
    item_page(year_2569, "O3")
    item_page(year_2569, "O5", publish=False)
    waiting = item_page(year_2569, "O6", publish=False)
    workflow = Workflow.objects.create(name="อนุมัติข้อ ITA (ทดสอบ)")
    task = GroupApprovalTask.objects.create(name="ผอ.กลุ่มตรวจ")
    task.groups.set([demo.departments["policy-and-planning"].directors_group])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=year_2569)
    workflow.start(waiting, demo.users["admin"])
    return year_2569


def statuses(report):
    return {row.item.code: row.status for row in report.all_rows}


def test_statuses_and_the_exact_percentage(known_year):
    report = readiness_report(2569)

    found = statuses(report)
    assert [found[code] for code in ("O1", "O2", "O3", "O4", "O5", "O6")] == [
        Status.LIVE,
        Status.LIVE,
        Status.LIVE,
        Status.MISSING,
        Status.DRAFT,
        Status.WAITING,
    ]
    assert (report.total, report.ready, report.percent) == (26, 3, 11.5)
    assert {key: count for key, _label, count in report.counts} == {
        Status.LIVE: 3,
        Status.WAITING: 1,
        Status.DRAFT: 1,
        Status.MISSING: 21,
    }
    o1 = next(row for row in report.rows if row.item.code == "O1")
    assert o1.documents == 2
    assert o1.url == "http://testserver/ita/2569/o1/"
    assert o1.department_name == "กลุ่มอำนวยการ"
    assert o1.last_updated is not None
    # A missing item already has the URL its page will get: the office can prepare the NACC form.
    assert next(row for row in report.rows if row.item.code == "O26").url == "http://testserver/ita/2569/o26/"


def test_filters_by_group_and_status_keep_the_years_percentage(demo, known_year):
    personnel = demo.departments["personnel"].pk
    report = readiness_report(2569, department=personnel)
    assert sorted(row.item.code for row in report.rows) == ["O13", "O14", "O15"]
    assert report.percent == 11.5

    drafts = readiness_report(2569, status=Status.DRAFT)
    assert [row.item.code for row in drafts.rows] == ["O5"]


def test_report_page_shows_the_figures_for_staff(demo, known_year, login):
    client = login(demo.users["editor"])
    response = client.get(REPORT_URL, {"year": 2569, "status": Status.MISSING})
    body = response.content.decode()
    assert response.status_code == 200
    assert "ความพร้อม 11.5% — เผยแพร่แล้ว 3 จาก 26 ข้อ" in body
    assert "http://testserver/ita/2569/o26/" in body
    assert "ยังไม่มีหน้า" in body
    assert "http://testserver/ita/2569/o1/" not in body  # filtered out: it is live


def test_report_is_refused_to_pr_officers_and_plain_staff(demo, known_year, login):
    assert refused(login(demo.users["pr"]).get(REPORT_URL))
    assert refused(login(demo.users["pr"]).get(REPORT_URL, {"format": "csv"}))


@pytest.mark.parametrize("username", ["admin", "webmaster", "director", "groupdirector", "editor"])
def test_report_is_open_to_every_role_preparing_ita(demo, known_year, login, username):
    assert login(demo.users[username]).get(REPORT_URL).status_code == 200


def test_csv_export_is_excel_friendly_with_pasteable_urls(demo, known_year, login):
    response = login(demo.users["webmaster"]).get(REPORT_URL, {"year": 2569, "format": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="ita-readiness-2569.csv"' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows Thai
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "รหัส" and rows[0][-1] == "URL"
    assert len(rows) == 27
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["O1"][4:6] == ["เผยแพร่แล้ว", "2"]
    assert by_code["O6"][4] == "รออนุมัติ"
    assert all(row[-1].startswith("http://testserver/ita/2569/o") for row in rows[1:])


def test_xlsx_export_keeps_the_filters(demo, known_year, login):
    response = login(demo.users["webmaster"]).get(
        REPORT_URL, {"year": 2569, "status": Status.LIVE, "format": "xlsx"}
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][-1] == "URL"
    assert [row[0] for row in values[1:]] == ["O1", "O2", "O3"]
    assert values[1][-1] == "http://testserver/ita/2569/o1/"
    assert sheet.cell(row=2, column=8).hyperlink.target == "http://testserver/ita/2569/o1/"


def test_report_runs_a_fixed_number_of_queries(
    demo, known_year, item_page, login, django_assert_max_num_queries
):
    client = login(demo.users["webmaster"])
    client.get(REPORT_URL, {"year": 2569})
    with django_assert_max_num_queries(40) as few:
        client.get(REPORT_URL, {"year": 2569})
    for code in ("O7", "O8", "O9", "O10", "O11", "O13"):
        item_page(known_year, code)
    with django_assert_max_num_queries(40) as many:
        client.get(REPORT_URL, {"year": 2569})
    assert len(few.captured_queries) == len(many.captured_queries)


def test_dashboard_panel_shows_this_years_readiness_and_whats_missing(demo, known_year, login):
    with mock.patch("transparency.wagtail_hooks.current_fiscal_year", return_value=2569):
        body = login(demo.users["groupdirector"]).get("/admin/").content.decode()
        assert "ความพร้อม ITA ปีงบประมาณ 2569: 11.5%" in body
        assert "ข้อที่ยังไม่มีหน้า (21 ข้อ)" in body
        assert "O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in body

        assert "ความพร้อม ITA" not in login(demo.users["pr"]).get("/admin/").content.decode()


def test_the_readiness_permission_follows_the_roles(demo):
    from django.contrib.auth.models import Group

    holders = set(Group.objects.filter(permissions__codename="view_readiness").values_list("name", flat=True))
    assert holders == {
        roles.ADMINISTRATORS,
        roles.WEBMASTERS,
        roles.OFFICE_DIRECTORS,
        roles.GROUP_DIRECTORS,
        roles.EDITORS,
    }
