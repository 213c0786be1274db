"""Reading the dates Thai staff type: Buddhist-Era years, in every layout they use.

One parser for the admin's date fields and for spreadsheet imports. Accepted: ``20/12/2569``,
``20-12-2569``, ``20.12.2569``, ``20 12 2569``, ``2569-12-20``, ``20/12/69``, ``20 ธ.ค. 2569``,
``20 ธันวาคม 2569``, Thai digits (``๒๐/๑๒/๒๕๖๙``), and for date-times a time after the date:
``20/12/2569 09:00``, ``20/12/2569 9.00 น.``, ``20/12/2569 เวลา 09.00 น.``.

A year between 2400 and 2800 is Buddhist Era; a year between 1900 and 2300 is a Christian-era
year typed by habit: imports understand it (other systems export CE), the admin refuses it with
a Thai message naming the BE year, so no date is ever stored 543 years off.
"""

import datetime as dt
import re

from pythainlp.util import thai_digit_to_arabic_digit

from home.thai_dates import BE_OFFSET, to_local

BE_YEARS = range(2400, 2801)
CE_YEARS = range(1900, 2301)

FULL_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
SHORT_MONTHS = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
_MONTHS = {name: number for number, name in enumerate(FULL_MONTHS, start=1)}
_MONTHS.update({name: number for number, name in enumerate(SHORT_MONTHS, start=1)})
_MONTHS.update({name.replace(".", ""): number for name, number in list(_MONTHS.items())})
_MONTH_NAMES = "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))

_SEP = r"\s*[/.\-\s]\s*"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{2}}|\d{{4}})$")
_YEAR_FIRST = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$")
_NAMED_MONTH = re.compile(rf"^(\d{{1,2}})\s*({_MONTH_NAMES})\s*(?:พ\.?ศ\.?\s*)?(\d{{2}}|\d{{4}})$")
_TIME = re.compile(r"^(?:เวลา\s*)?(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?\s*(?:น\.?)?$")
_DATE_THEN_TIME = re.compile(r"^(?P<date>.+?)(?:\s+|\s*,\s*)(?P<time>(?:เวลา\s*)?\d{1,2}\s*[:.]\s*\d{2}.*)$")

DATE_EXAMPLE = "20/12/2569"
DATETIME_EXAMPLE = "20/12/2569 09:00"


class ThaiDateError(ValueError):
    """A date that cannot be read; the message is Thai and is shown to the person who typed it."""


def _normalise(value):
    return re.sub(r"\s+", " ", thai_digit_to_arabic_digit(str(value)).strip())


def ce_year(year, allow_ce=False, typed=""):
    """The Christian-era year of a typed year (two digits mean 25xx)."""
    if year < 100:
        year += 2500
    if year in BE_YEARS:
        return year - BE_OFFSET
    if year in CE_YEARS:
        if allow_ce:
            return year
        raise ThaiDateError(
            f"ปี {year} ใน “{typed}” เป็นปีคริสต์ศักราช กรุณาพิมพ์ปีพุทธศักราช ({year + BE_OFFSET}) เช่น {DATE_EXAMPLE}"
        )
    raise ThaiDateError(f"ปี {year} ใน “{typed}” ไม่ถูกต้อง กรุณาพิมพ์ปีพุทธศักราช เช่น {DATE_EXAMPLE}")


def parse_date(value, allow_ce=False):
    """A ``date`` from typed text (or a date/datetime, e.g. an Excel cell); None when empty."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return to_local(value).date()
    if isinstance(value, dt.date):
        return value
    text = _normalise(value)
    if not text:
        return None
    if match := _YEAR_FIRST.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.match(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := _NAMED_MONTH.match(text):
        day, month, year = int(match[1]), _MONTHS[match[2]], int(match[3])
    else:
        raise ThaiDateError(f"อ่านวันที่ “{value}” ไม่ได้ กรุณาพิมพ์ในรูปแบบ วว/ดด/ปปปป (พ.ศ.) เช่น {DATE_EXAMPLE}")
    try:
        return dt.date(ce_year(year, allow_ce, str(value)), month, day)
    except ValueError as error:
        if isinstance(error, ThaiDateError):
            raise
        raise ThaiDateError(f"ไม่มีวันที่ “{value}” ในปฏิทิน กรุณาตรวจสอบวันและเดือน") from None


def parse_time(text):
    match = _TIME.match(_normalise(text))
    if not match:
        raise ThaiDateError(f"อ่านเวลา “{text}” ไม่ได้ กรุณาพิมพ์ในรูปแบบ ชช:นน เช่น 09:00")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise ThaiDateError(f"ไม่มีเวลา “{text}” กรุณาตรวจสอบชั่วโมง (0–23) และนาที (0–59)") from None


def parse_datetime(value, allow_ce=False):
    """A naive ``datetime`` (local time) from typed text; None when empty. The time is required."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    text = _normalise(value)
    if not text:
        return None
    match = _DATE_THEN_TIME.match(text)
    if not match:
        parse_date(text, allow_ce)  # a bad date reports itself first
        raise ThaiDateError(f"กรุณาระบุเวลาต่อท้ายวันที่ เช่น {DATETIME_EXAMPLE}")
    date = parse_date(match["date"], allow_ce)
    return dt.datetime.combine(date, parse_time(match["time"]))


def format_date(value):
    """``20/12/2569``: how the admin shows a date for editing."""
    if not value:
        return ""
    value = to_local(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return f"{value.day:02d}/{value.month:02d}/{value.year + BE_OFFSET}"


def format_datetime(value):
    """``20/12/2569 09:00`` in the site's time zone."""
    if not value:
        return ""
    value = to_local(value)
    return f"{format_date(value)} {value.hour:02d}:{value.minute:02d}"
