"""O18: complaint figures per fiscal year from the records, at the fiscal-year and half-year boundaries."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from services.models import Case, CaseKind, CaseStatus, ComplaintType
from services.statistics import complaint_statistics
from transparency import demo as ita_demo
from transparency.models import ItaItem, TransparencyPage

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")
COUNTER = iter(range(1, 10_000))


def complaint(moment, complaint_type=ComplaintType.CORRUPTION, status=CaseStatus.RECEIVED):
    return Case.objects.create(
        kind=CaseKind.COMPLAINT,
        tracking_code=f"C-TEST-{next(COUNTER)}",
        complaint_type=complaint_type,
        status=status,
        subject="เรื่องร้องเรียนทดสอบ",
        message="รายละเอียด",
        received_at=moment,
        acknowledge_due=moment.date(),
        answer_due=moment.date(),
    )


def cell(table, complaint_type, status):
    row = next(row for row in table.rows if row["type"] == complaint_type)
    return row["cells"][CaseStatus.values.index(status)]


def test_the_fiscal_year_boundary_is_midnight_in_bangkok(services):
    Case.objects.all().delete()
    complaint(dt.datetime(2026, 9, 30, 23, 59, tzinfo=BANGKOK))  # last minute of 2569
    complaint(dt.datetime(2026, 10, 1, 0, 0, tzinfo=BANGKOK))  # first minute of 2570
    # 1 October 00.30 in Bangkok is still 30 September in UTC: it belongs to 2570.
    complaint(dt.datetime(2026, 9, 30, 17, 30, tzinfo=dt.UTC))
    assert complaint_statistics(2569).whole_year.total == 1
    assert complaint_statistics(2570).whole_year.total == 2
    assert complaint_statistics(2570).first_half.total == 2


def test_the_first_six_months_end_on_31_march(services):
    Case.objects.all().delete()
    complaint(dt.datetime(2025, 10, 1, 8, 0, tzinfo=BANGKOK), ComplaintType.SERVICE, CaseStatus.ANSWERED)
    complaint(
        dt.datetime(2026, 3, 31, 23, 59, tzinfo=BANGKOK), ComplaintType.CORRUPTION, CaseStatus.IN_PROGRESS
    )
    complaint(dt.datetime(2026, 4, 1, 0, 0, tzinfo=BANGKOK), ComplaintType.CORRUPTION, CaseStatus.ANSWERED)
    stats = complaint_statistics(2569)
    assert stats.first_half.total == 2
    assert stats.whole_year.total == 3
    assert cell(stats.first_half, ComplaintType.CORRUPTION, CaseStatus.IN_PROGRESS) == 1
    assert cell(stats.first_half, ComplaintType.CORRUPTION, CaseStatus.ANSWERED) == 0
    assert cell(stats.whole_year, ComplaintType.CORRUPTION, CaseStatus.ANSWERED) == 1
    assert cell(stats.whole_year, ComplaintType.SERVICE, CaseStatus.ANSWERED) == 1
    assert stats.whole_year.status_totals[CaseStatus.values.index(CaseStatus.ANSWERED)] == 2


def test_questions_and_requests_are_not_complaints(services):
    stats = complaint_statistics(2569)
    # The demo has 6 complaints, 6 questions and 5 requests in 2569.
    assert (
        stats.whole_year.total
        == Case.objects.filter(kind=CaseKind.COMPLAINT, tracking_code__startswith="C69").count()
        == 6
    )


def test_public_page_shows_figures_or_no_complaints(services, client):
    html = client.get("/services/complaints/statistics/2569/").content.decode()
    assert "ข้อมูลสถิติเรื่องร้องเรียน ปีงบประมาณ 2569" in html
    assert "การทุจริตและประพฤติมิชอบ" in html
    assert "ไม่มีเรื่องร้องเรียน" not in html
    html = client.get("/services/complaints/statistics/2565/").content.decode()
    assert html.count("ไม่มีเรื่องร้องเรียน") == 2
    assert client.get("/services/complaints/statistics/1999/").status_code == 404


def test_the_ita_item_shows_the_figures_from_the_records(services, client):
    index = ita_demo.ensure_index(services)
    ita_demo.assign_departments(services, 2569)
    year = ita_demo.ensure_year_page(services, index, 2569)
    item = ItaItem.objects.get(fiscal_year=2569, title__contains="สถิติเรื่องร้องเรียน")
    page = ita_demo.item_page(services, year, item, **ita_demo.demo_fields(item))
    from services.demo import _ita_pages

    _ita_pages(services)
    page.refresh_from_db()
    assert page.automatic_content == TransparencyPage.AutomaticContent.COMPLAINT_STATISTICS
    html = client.get(page.url).content.decode()
    stats = complaint_statistics(2569)
    assert stats.first_half.total > 0
    assert f"({stats.first_half.total} เรื่อง)" in html
    assert f"({stats.whole_year.total} เรื่อง)" in html
    assert "/services/complaint/" in html


def test_statistics_page_has_a_fixed_number_of_queries(services, client, django_assert_max_num_queries):
    client.get("/services/complaints/statistics/2569/")
    with django_assert_max_num_queries(10):
        client.get("/services/complaints/statistics/2569/")
    for day in range(1, 29):
        complaint(dt.datetime(2026, 2, day, 10, 0, tzinfo=BANGKOK))
    with django_assert_max_num_queries(10):
        client.get("/services/complaints/statistics/2569/")
