import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from home import thai_dates
from home.templatetags import thai_dates as filters

UTC = dt.UTC


def test_full_short_and_time_formats():
    moment = dt.datetime(2026, 11, 23, 14, 30)
    assert thai_dates.thai_date(moment) == "23 พฤศจิกายน 2569"
    assert thai_dates.thai_date_short(moment) == "23 พ.ย. 69"
    assert thai_dates.thai_time(moment) == "14.30 น."
    assert thai_dates.thai_datetime(moment) == "23 พฤศจิกายน 2569 เวลา 14.30 น."
    assert thai_dates.thai_month_year(moment) == "พฤศจิกายน 2569"


def test_thai_digits():
    assert thai_dates.thai_date(dt.date(2026, 11, 23), thai_digits=True) == "๒๓ พฤศจิกายน ๒๕๖๙"
    assert filters.thai_date(dt.date(2026, 11, 23), "thai") == "๒๓ พฤศจิกายน ๒๕๖๙"
    assert filters.thai_digits("ฉบับที่ 12") == "ฉบับที่ ๑๒"


def test_leap_day_in_buddhist_era():
    assert thai_dates.thai_date(dt.date(2024, 2, 29)) == "29 กุมภาพันธ์ 2567"
    assert thai_dates.fiscal_year_of(dt.date(2024, 2, 29)) == 2567


@pytest.mark.parametrize(
    ("day", "fiscal_year"),
    [
        (dt.date(2026, 9, 30), 2569),
        (dt.date(2026, 10, 1), 2570),
        (dt.date(2025, 10, 1), 2569),
        (dt.date(2026, 1, 1), 2569),
    ],
)
def test_fiscal_year_edges(day, fiscal_year):
    assert thai_dates.fiscal_year_of(day) == fiscal_year


def test_aware_utc_datetime_is_read_in_bangkok(settings):
    settings.TIME_ZONE = "Asia/Bangkok"
    # 30 Sep 2026 20:00 UTC is already 1 Oct 2026 03:00 in Bangkok: the next fiscal year.
    moment = dt.datetime(2026, 9, 30, 20, 0, tzinfo=UTC)
    assert thai_dates.thai_date(moment) == "1 ตุลาคม 2569"
    assert thai_dates.thai_time(moment) == "03.00 น."
    assert thai_dates.fiscal_year_of(moment) == 2570
    assert moment.astimezone(ZoneInfo("Asia/Bangkok")).day == 1


def test_fiscal_year_period_and_rounds():
    assert thai_dates.fiscal_year_bounds(2569) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    first_round = thai_dates.six_month_round(2569)
    assert (first_round.start, first_round.end) == (dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    assert dt.date(2026, 3, 31) in first_round
    assert dt.date(2026, 4, 1) not in first_round
    full = thai_dates.twelve_month_round(2569)
    assert (full.start, full.end) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert full.label == "รอบ 12 เดือน ปีงบประมาณ 2569"


def test_leap_year_six_month_round_ends_31_march():
    # Fiscal 2567 contains 29 Feb 2024 (CE); the round still ends on 31 March.
    assert thai_dates.six_month_round(2567).end == dt.date(2024, 3, 31)
    assert dt.date(2024, 2, 29) in thai_dates.six_month_round(2567)


def test_datetime_range_covers_whole_last_day(settings):
    start, end = thai_dates.fiscal_year_period(2569).datetime_range()
    assert start.isoformat() == "2025-10-01T00:00:00+07:00"
    assert end.isoformat() == "2026-10-01T00:00:00+07:00"


def test_quarters():
    assert thai_dates.fiscal_quarter(dt.date(2025, 10, 1)) == 1
    assert thai_dates.fiscal_quarter(dt.date(2026, 3, 31)) == 2
    assert thai_dates.fiscal_quarter(dt.date(2026, 9, 30)) == 4
    q3 = thai_dates.fiscal_quarter_period(2569, 3)
    assert (q3.start, q3.end) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    q1 = thai_dates.fiscal_quarter_period(2569, 1)
    assert (q1.start, q1.end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_filters_tolerate_empty_values():
    assert filters.thai_date(None) == ""
    assert filters.thai_datetime("") == ""
    assert filters.be_year(None) == ""


def test_fiscal_year_choices_newest_first():
    assert thai_dates.fiscal_year_choices(2568, 2570) == [
        (2570, "ปีงบประมาณ 2570"),
        (2569, "ปีงบประมาณ 2569"),
        (2568, "ปีงบประมาณ 2568"),
    ]
