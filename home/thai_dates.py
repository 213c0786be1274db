"""Buddhist-Era dates and Thai fiscal years.

Formatting delegates to PyThaiNLP's ``thai_strftime`` (Thai month names, BE years, Thai
digits). Aware datetimes are first converted to the site's time zone, so a UTC instant that is
already tomorrow in Bangkok prints as tomorrow.

The fiscal year (ปีงบประมาณ) runs 1 October – 30 September and is named by the BE year it
ends in: 1 Oct 2025 – 30 Sep 2026 is 2569.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from pythainlp.util import arabic_digit_to_thai_digit, thai_strftime

BE_OFFSET = 543
FISCAL_YEAR_START_MONTH = 10


def to_local(value):
    """A date stays a date; an aware datetime moves to the site's zone; naive stays as given."""
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _as_datetime(value):
    value = to_local(value)
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


def _format(value, fmt, thai_digits=False):
    if value in (None, ""):
        return ""
    return thai_strftime(_as_datetime(value), fmt, thaidigit=thai_digits)


def be_year(value):
    """The Buddhist-Era year of a date or datetime (local time)."""
    return to_local(value).year + BE_OFFSET


def thai_date(value, thai_digits=False):
    """``23 พฤศจิกายน 2569``"""
    return _format(value, "%-d %B %Y", thai_digits)


def thai_date_short(value, thai_digits=False):
    """``23 พ.ย. 69``"""
    return _format(value, "%-d %b %y", thai_digits)


def thai_time(value, thai_digits=False):
    """``14.30 น.``"""
    return _format(value, "%H.%M น.", thai_digits)


def thai_datetime(value, thai_digits=False):
    """``23 พฤศจิกายน 2569 เวลา 14.30 น.``"""
    if value in (None, ""):
        return ""
    return f"{thai_date(value, thai_digits)} เวลา {thai_time(value, thai_digits)}"


def thai_month_year(value, thai_digits=False):
    """``พฤศจิกายน 2569``"""
    return _format(value, "%B %Y", thai_digits)


def to_thai_digits(value):
    return arabic_digit_to_thai_digit(str(value))


def fiscal_year_of(value):
    """The BE fiscal year a date (or aware datetime, read in Bangkok) falls in."""
    local = to_local(value)
    year = local.year + 1 if local.month >= FISCAL_YEAR_START_MONTH else local.year
    return year + BE_OFFSET


def current_fiscal_year():
    return fiscal_year_of(timezone.localdate())


@dataclass(frozen=True)
class Period:
    """An inclusive range of dates with a Thai label."""

    start: dt.date
    end: dt.date
    label: str

    def __contains__(self, value):
        return self.start <= _as_date(value) <= self.end

    def datetime_range(self):
        """Aware [start, end) datetimes in the site's zone, for filtering DateTimeFields."""
        zone = timezone.get_current_timezone()
        start = dt.datetime.combine(self.start, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        return start, end


def _as_date(value):
    value = to_local(value)
    return value.date() if isinstance(value, dt.datetime) else value


def fiscal_year_period(fiscal_year):
    """1 October of the previous CE year to 30 September of the fiscal year's CE year."""
    ce_end = fiscal_year - BE_OFFSET
    return Period(dt.date(ce_end - 1, 10, 1), dt.date(ce_end, 9, 30), f"ปีงบประมาณ {fiscal_year}")


def fiscal_year_bounds(fiscal_year):
    period = fiscal_year_period(fiscal_year)
    return period.start, period.end


def six_month_round(fiscal_year):
    """The first round: 1 October – 31 March."""
    ce_end = fiscal_year - BE_OFFSET
    return Period(
        dt.date(ce_end - 1, 10, 1),
        dt.date(ce_end, 3, 31),
        f"รอบ 6 เดือน ปีงบประมาณ {fiscal_year}",
    )


def twelve_month_round(fiscal_year):
    """The whole fiscal year, as the 12-month report covers it."""
    period = fiscal_year_period(fiscal_year)
    return Period(period.start, period.end, f"รอบ 12 เดือน ปีงบประมาณ {fiscal_year}")


QUARTER_LABELS = ("ต.ค.–ธ.ค.", "ม.ค.–มี.ค.", "เม.ย.–มิ.ย.", "ก.ค.–ก.ย.")


def fiscal_quarter(value):
    """1 to 4: ต.ค.–ธ.ค. is the first quarter of the fiscal year."""
    month = _as_date(value).month
    return ((month - FISCAL_YEAR_START_MONTH) % 12) // 3 + 1


def fiscal_quarter_period(fiscal_year, quarter):
    if quarter not in (1, 2, 3, 4):
        raise ValueError("quarter must be 1 to 4")
    start = fiscal_year_period(fiscal_year).start
    month_index = start.month - 1 + (quarter - 1) * 3
    first = dt.date(start.year + month_index // 12, month_index % 12 + 1, 1)
    after_index = month_index + 3
    after = dt.date(start.year + after_index // 12, after_index % 12 + 1, 1)
    return Period(
        first,
        after - dt.timedelta(days=1),
        f"ไตรมาสที่ {quarter} ({QUARTER_LABELS[quarter - 1]}) ปีงบประมาณ {fiscal_year}",
    )


def fiscal_year_choices(first, last=None):
    """(value, label) pairs, newest first, for filters and year choosers."""
    last = last or current_fiscal_year()
    return [(year, f"ปีงบประมาณ {year}") for year in range(last, first - 1, -1)]
