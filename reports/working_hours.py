"""Working hours between two moments: office hours 08.30–16.30, Monday to Friday, Bangkok time.

Weekends are skipped as in the publication workflow's working days; one working day is eight
working hours, the unit of 002's step times ("within 1 working day").
"""

import datetime as dt

from django.utils import timezone

OPENS = dt.time(8, 30)
CLOSES = dt.time(16, 30)
WORKING_DAY_HOURS = 8


def _clamp(day, moment):
    zone = moment.tzinfo
    opens = dt.datetime.combine(day, OPENS, tzinfo=zone)
    closes = dt.datetime.combine(day, CLOSES, tzinfo=zone)
    return min(max(moment, opens), closes)


def working_hours(began, ended):
    """Office hours elapsed from ``began`` to ``ended`` (aware datetimes), to the minute; 0 if reversed."""
    began, ended = timezone.localtime(began), timezone.localtime(ended)
    if ended <= began:
        return 0.0
    total = dt.timedelta()
    day = began.date()
    while day <= ended.date():
        if day.weekday() < 5:
            total += max(dt.timedelta(), _clamp(day, ended) - _clamp(day, began))
        day += dt.timedelta(days=1)
    return round(total.total_seconds() / 3600, 2)
