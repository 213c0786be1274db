"""Working hours between two moments: office hours 08.30–16.30 on working days, Bangkok time.

Working days are the publishing workflow's (``publishing.working_days``: Monday to Friday, less
Thai public holidays and the office's closures); one working day is eight working hours, the unit
of 002's step times ("within 1 working day").
"""

import datetime as dt

from django.utils import timezone

from publishing.working_days import closed_days

OPENS = dt.time(8, 30)
CLOSES = dt.time(16, 30)
WORKING_DAY_HOURS = 8


def _clamp(day, moment):
    zone = moment.tzinfo
    opens = dt.datetime.combine(day, OPENS, tzinfo=zone)
    closes = dt.datetime.combine(day, CLOSES, tzinfo=zone)
    return min(max(moment, opens), closes)


def calendar(start, end):
    """The closed days between two dates, fetched once for many ``working_hours`` calls."""
    return frozenset(closed_days(start, end))


def working_hours(began, ended, closed=frozenset()):
    """Office hours from ``began`` to ``ended`` (aware datetimes) on working days; 0 if reversed.

    ``closed`` holds the holidays and closures in between (``calendar``).
    """
    began, ended = timezone.localtime(began), timezone.localtime(ended)
    if ended <= began:
        return 0.0
    total = dt.timedelta()
    day = began.date()
    while day <= ended.date():
        if day.weekday() < 5 and day not in closed:
            total += max(dt.timedelta(), _clamp(day, ended) - _clamp(day, began))
        day += dt.timedelta(days=1)
    return round(total.total_seconds() / 3600, 2)
