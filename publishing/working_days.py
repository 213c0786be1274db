"""Working days for deadlines: Monday to Friday, less Thailand's public holidays (the ``holidays``
package) and the closures the office enters in the admin (``OfficeClosure``)."""

import datetime as dt
from functools import lru_cache

import holidays

VERIFICATION_WORKING_DAYS = 3


@lru_cache(maxsize=32)
def _public_holidays(year):
    return frozenset(holidays.Thailand(years=year))


def closed_days(start, end, site=None):
    """The dates between ``start`` and ``end`` (inclusive) the office does not work, weekends aside."""
    from django.db.models import Q

    from publishing.models import OfficeClosure

    days = {day for year in range(start.year, end.year + 1) for day in _public_holidays(year)}
    closures = OfficeClosure.objects.filter(start_date__lte=end).filter(
        Q(end_date__gte=start) | Q(end_date__isnull=True, start_date__gte=start)
    )
    closures = closures.filter(Q(site__isnull=True) | Q(site=site)) if site else closures
    for closure in closures:
        day = closure.start_date
        while day <= (closure.end_date or closure.start_date):
            days.add(day)
            day += dt.timedelta(days=1)
    return {day for day in days if start <= day <= end}


def add_working_days(start, days, site=None):
    """The date ``days`` working days after ``start`` (a date)."""
    # A generous window: ``days`` working days never span more than twice as many calendar
    # days plus a long holiday (Songkran).
    closed = closed_days(start, start + dt.timedelta(days=days * 2 + 14), site)
    current = start
    remaining = days
    while remaining > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5 and current not in closed:
            remaining -= 1
    return current


def is_working_day(day, site=None):
    return day.weekday() < 5 and day not in closed_days(day, day, site)
