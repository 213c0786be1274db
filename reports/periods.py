"""The period a PR report covers: a fiscal year's 6- or 12-month round, or any range of dates."""

import datetime as dt
from dataclasses import dataclass

from home.thai_dates import Period, six_month_round, thai_date, thai_month_year, twelve_month_round

ROUND_6M = "6m"
ROUND_12M = "12m"
ROUND_CUSTOM = "custom"
ROUND_CHOICES = [
    (ROUND_6M, "รอบ 6 เดือน (1 ต.ค. – 31 มี.ค.)"),
    (ROUND_12M, "รอบ 12 เดือน (ทั้งปีงบประมาณ)"),
    (ROUND_CUSTOM, "กำหนดช่วงวันที่เอง"),
]


def report_period(fiscal_year, round_=ROUND_12M, start=None, end=None):
    """The ``home.thai_dates.Period`` of a round; ``custom`` takes the inclusive ``start``/``end`` dates."""
    if round_ == ROUND_6M:
        return six_month_round(fiscal_year)
    if round_ == ROUND_CUSTOM:
        if start is None or end is None or end < start:
            raise ValueError("a custom period needs a start date on or before its end date")
        return Period(start, end, f"{thai_date(start)} – {thai_date(end)}")
    return twelve_month_round(fiscal_year)


@dataclass(frozen=True)
class Month:
    first: dt.date

    @property
    def label(self):
        return thai_month_year(self.first)


def months_of(period):
    """Every calendar month the period touches, in order (the columns of the monthly tables)."""
    months = []
    current = period.start.replace(day=1)
    while current <= period.end:
        months.append(Month(current))
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months
