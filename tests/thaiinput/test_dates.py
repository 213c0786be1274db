"""Buddhist-Era dates as staff type them: one parser for the admin and the imports."""

import datetime as dt

import pytest

from thaiinput.dates import ThaiDateError, format_date, format_datetime, parse_date, parse_datetime

CHRISTMAS_2569 = dt.date(2026, 12, 20)


@pytest.mark.parametrize(
    "typed",
    [
        "20/12/2569",
        "20-12-2569",
        "20.12.2569",
        "20 12 2569",
        "2569-12-20",
        "20/12/69",
        "20 ธ.ค. 2569",
        "20 ธค 2569",
        "20 ธันวาคม 2569",
        "20 ธันวาคม พ.ศ. 2569",
        "๒๐/๑๒/๒๕๖๙",
        " 20/12/2569 ",
    ],
)
def test_every_layout_staff_use_reads_the_same_day(typed):
    assert parse_date(typed) == CHRISTMAS_2569


def test_excel_date_cells_are_taken_as_they_are():
    assert parse_date(dt.datetime(2024, 8, 22, 0, 0)) == dt.date(2024, 8, 22)
    assert parse_date(dt.date(2024, 8, 22)) == dt.date(2024, 8, 22)


def test_a_christian_era_year_is_refused_in_thai_or_understood_for_imports():
    with pytest.raises(ThaiDateError, match=r"ปี 2026 .* เป็นปีคริสต์ศักราช กรุณาพิมพ์ปีพุทธศักราช \(2569\)"):
        parse_date("20/12/2026")
    assert parse_date("2024-08-22", allow_ce=True) == dt.date(2024, 8, 22)
    assert parse_date("22/08/2567", allow_ce=True) == dt.date(2024, 8, 22)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2569", "ไม่มีวันที่ “31/02/2569” ในปฏิทิน"),
        ("20/12/3112", "ปี 3112"),
        ("วันจันทร์", "อ่านวันที่ “วันจันทร์” ไม่ได้"),
        ("20/13/2569", "ไม่มีวันที่"),
    ],
)
def test_bad_dates_say_what_is_wrong_in_thai(typed, message):
    with pytest.raises(ThaiDateError, match=message):
        parse_date(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "20/12/2569 09:00",
        "20/12/2569 9.00",
        "20/12/2569 09.00 น.",
        "20/12/2569 เวลา 09.00 น.",
        "2569-12-20 09:00",
    ],
)
def test_date_times_read_the_time_in_thai_layouts(typed):
    assert parse_datetime(typed) == dt.datetime(2026, 12, 20, 9, 0)


def test_the_issue_s_example_is_never_stored_543_years_off():
    # Before: Django read "20/12/2569 09:00" as the year 2569 CE, shown as BE 3112.
    assert parse_datetime("20/12/2569 09:00").year == 2026
    with pytest.raises(ThaiDateError, match="กรุณาระบุเวลา"):
        parse_datetime("20/12/2569")
    with pytest.raises(ThaiDateError, match="ไม่มีเวลา “25:00”"):
        parse_datetime("20/12/2569 25:00")


def test_values_are_shown_with_the_be_year(settings):
    assert format_date(CHRISTMAS_2569) == "20/12/2569"
    aware = dt.datetime(2026, 12, 20, 2, 0, tzinfo=dt.UTC)  # 09:00 in Bangkok
    assert format_datetime(aware) == "20/12/2569 09:00"
