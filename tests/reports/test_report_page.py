"""The report page, its rights, its workbook and the ``pr_report`` command."""

import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from network.models import Channel, ChannelKind, ChannelLog
from newsroom.time_standards import Kind
from tests.reports.conftest import at

pytestmark = pytest.mark.django_db

URL = "/admin/pr-report/"


@pytest.fixture
def year_of_news(demo, make_news):
    """Fiscal 2569: three news items, one meeting summary on time, two Facebook posts."""
    end = at(2026, 1, 20, 12)
    meeting = make_news(
        "ประชุมคณะกรรมการเขตพื้นที่การศึกษา",
        published=end + dt.timedelta(hours=2),
        kind=Kind.MEETING,
        event_start=end.replace(hour=9),
        event_end=end,
    )
    other = make_news("มอบทุนการศึกษาแก่นักเรียน", published=at(2026, 2, 2))
    make_news("ประชุมผู้บริหารสถานศึกษา", published=at(2026, 6, 5), department=demo.departments["personnel"])
    facebook = Channel.objects.create(name="เพจ Facebook สพป.พัทลุง เขต 2", kind=ChannelKind.FACEBOOK)
    for page in (meeting, other):
        ChannelLog.objects.create(page=page, channel=facebook, published_at=at(2026, 2, 3))
    return demo


@pytest.mark.parametrize("role", ["pr", "director", "groupdirector"])
def test_pr_officers_and_directors_read_the_report(year_of_news, login, role):
    response = login(year_of_news.users[role]).get(URL, {"fiscal_year": 2569, "round": "12m"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "รายงานผลการดำเนินงานประชาสัมพันธ์ รอบ 12 เดือน ปีงบประมาณ 2569" in page
    assert "1 ตุลาคม 2568 – 30 กันยายน 2569" in page
    assert "<svg" in page and "cdn" not in page.lower()


@pytest.mark.parametrize("role", ["editor", "editor2", "webmaster"])
def test_editors_and_webmasters_are_refused(year_of_news, login, role):
    response = login(year_of_news.users[role]).get(URL)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert login(year_of_news.users[role]).get(URL, {"format": "xlsx"}).get("Content-Type", "") != (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_menu_shows_the_report_only_to_its_readers(year_of_news, login):
    # The sidebar is JSON in the page, so the label is escaped there.
    label = json.dumps("รายงานผลการดำเนินงาน ปชส.")[1:-1]
    assert label in login(year_of_news.users["pr"]).get("/admin/").content.decode()
    assert label not in login(year_of_news.users["editor"]).get("/admin/").content.decode()


def test_the_page_shows_the_figures(year_of_news, login):
    page = login(year_of_news.users["pr"]).get(URL, {"fiscal_year": 2569, "round": "12m"}).content.decode()
    assert '<th scope="row">เว็บไซต์</th><td>3</td>' in page
    assert '<th scope="row">เพจ Facebook สพป.พัทลุง เขต 2</th><td>2</td>' in page
    assert '<th scope="row">ข่าวสรุปผลการประชุม</th><td>1</td><td>1</td><td>100.0%</td>' in page


def test_one_group_and_a_custom_range(year_of_news, login):
    personnel = year_of_news.departments["personnel"]
    response = login(year_of_news.users["director"]).get(
        URL,
        {
            "fiscal_year": 2569,
            "round": "custom",
            "start": "2026-06-01",
            "end": "2026-06-30",
            "department": personnel.pk,
        },
    )
    page = response.content.decode()
    assert "1 มิถุนายน 2569 – 30 มิถุนายน 2569" in page
    assert '<th scope="row">เว็บไซต์</th><td>1</td>' in page


def test_the_custom_range_is_typed_in_the_buddhist_era(year_of_news, login):
    """The same range as above, typed as staff type dates; the form shows no CE picker."""
    client = login(year_of_news.users["director"])
    form = client.get(URL).content.decode()
    assert 'type="date"' not in form and 'placeholder="วว/ดด/ปปปป"' in form
    response = client.get(
        URL,
        {
            "fiscal_year": 2569,
            "round": "custom",
            "start": "01/06/2569",
            "end": "30 มิ.ย. 2569",
            "department": year_of_news.departments["personnel"].pk,
        },
    )
    page = response.content.decode()
    assert "1 มิถุนายน 2569 – 30 มิถุนายน 2569" in page
    assert '<th scope="row">เว็บไซต์</th><td>1</td>' in page
    assert 'value="01/06/2569"' in page


def test_a_reversed_range_is_refused_in_thai(year_of_news, login):
    response = login(year_of_news.users["pr"]).get(
        URL, {"fiscal_year": 2569, "round": "custom", "start": "2026-06-30", "end": "2026-06-01"}
    )
    assert response.status_code == 200
    assert "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น" in response.content.decode()


def test_the_report_page_runs_a_fixed_number_of_queries(
    year_of_news, login, make_news, django_assert_max_num_queries
):
    client = login(year_of_news.users["pr"])
    client.get(URL, {"fiscal_year": 2569, "round": "12m"})
    with django_assert_max_num_queries(80) as few:
        client.get(URL, {"fiscal_year": 2569, "round": "12m"})
    for n in range(15):
        make_news(
            f"ข่าวเพิ่ม {n}",
            published=at(2026, 3, 1 + n),
            kind=Kind.MEETING,
            event_start=at(2026, 3, 1 + n, 9),
            event_end=at(2026, 3, 1 + n, 11),
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(URL, {"fiscal_year": 2569, "round": "12m"})


def _sheets(data):
    workbook = load_workbook(io.BytesIO(data))
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook.worksheets
    }


def test_the_workbook_has_one_sheet_per_table(year_of_news, login):
    response = login(year_of_news.users["pr"]).get(
        URL, {"fiscal_year": 2569, "round": "12m", "format": "xlsx"}
    )
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="pr-report-2569-20251001-20260930.xlsx"' in response["Content-Disposition"]
    sheets = _sheets(response.content)
    assert list(sheets) == [
        "ตัวชี้วัด",
        "ช่องทาง",
        "ช่องทางรายเดือน",
        "มาตรฐานระยะเวลา",
        "สื่อสิ่งพิมพ์",
        "ความพึงพอใจ",
        "ระยะเวลาอนุมัติ",
        "รายกลุ่มงาน",
    ]
    channels = sheets["ช่องทาง"]
    assert channels[0][0] == "รายงานผลการดำเนินงานประชาสัมพันธ์ รอบ 12 เดือน ปีงบประมาณ 2569"
    assert channels[2] == ["ช่องทาง", "จำนวนเรื่อง"]
    assert ["เว็บไซต์", 3] in channels
    assert ["เพจ Facebook สพป.พัทลุง เขต 2", 2] in channels
    monthly = sheets["ช่องทางรายเดือน"]
    assert monthly[2][:3] == ["ช่องทาง", "ตุลาคม 2568", "พฤศจิกายน 2568"]
    website = next(row for row in monthly if row[0] == "เว็บไซต์")
    assert website[1:] == [0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 3]


def test_the_command_writes_the_same_workbook(year_of_news, login, tmp_path):
    output = tmp_path / "report.xlsx"
    out = io.StringIO()
    call_command("pr_report", "--fiscal-year", "2569", "--round", "12m", "--output", str(output), stdout=out)
    assert "8 sheets" in out.getvalue()
    from_page = login(year_of_news.users["pr"]).get(
        URL, {"fiscal_year": 2569, "round": "12m", "format": "xlsx"}
    )
    assert _sheets(output.read_bytes()) == _sheets(from_page.content)


def test_the_command_refuses_bad_input_in_thai(demo, tmp_path):
    with pytest.raises(CommandError, match="ช่วงวันที่ต้องระบุ"):
        call_command(
            "pr_report", "--fiscal-year", "2569", "--round", "custom", "--output", str(tmp_path / "r.xlsx")
        )
    with pytest.raises(CommandError, match="ไม่พบกลุ่มงาน"):
        call_command(
            "pr_report", "--fiscal-year", "2569", "--department", "nope", "--output", str(tmp_path / "r.xlsx")
        )
    assert not (tmp_path / "r.xlsx").exists()
