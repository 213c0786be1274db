"""Working hours between two moments: office hours 08.30–16.30 on working days, Bangkok time.

Working days are the publishing workflow's (``publishing.working_days``: Monday to Friday, less
Thai public holidays and the office's closures); one working day is eight working hours, the unit
of 002's step times ("within 1 working day").

``OfficeCalendar`` numbers the working minutes of a range of dates once, so the hours between any
two moments are one subtraction, however far apart they are.
"""

import datetime as dt

from django.utils import timezone

from publishing.working_days import closed_days

OPENS = dt.time(8, 30)
CLOSES = dt.time(16, 30)
WORKING_DAY_HOURS = 8
_DAY_MINUTES = WORKING_DAY_HOURS * 60
_OPENS_MINUTE = OPENS.hour * 60 + OPENS.minute


class OfficeCalendar:
    def __init__(self, start, end):
        closed = closed_days(start, end)
        self.start, self.end = start, end
        self._before = {}  # date -> working days strictly before it within the range
        self._working = set()
        count, day = 0, start
        while day <= end:
            self._before[day] = count
            if day.weekday() < 5 and day not in closed:
                self._working.add(day)
                count += 1
            day += dt.timedelta(days=1)

    def _minute(self, moment):
        """Working minutes from the start of the range to ``moment`` (clamped to the range)."""
        local = timezone.localtime(moment)
        day = min(max(local.date(), self.start), self.end)
        minutes = self._before[day] * _DAY_MINUTES
        if day == local.date() and day in self._working:
            into_day = local.hour * 60 + local.minute + local.second / 60 - _OPENS_MINUTE
            minutes += min(max(into_day, 0), _DAY_MINUTES)
        elif local.date() > self.end:
            minutes += _DAY_MINUTES if day in self._working else 0
        return minutes

    def hours(self, began, ended):
        """Office hours from ``began`` to ``ended`` (aware datetimes); 0 when reversed."""
        return round(max(self._minute(ended) - self._minute(began), 0) / 60, 2)


def calendar(start, end):
    return OfficeCalendar(start, end)


def working_hours(began, ended, office_calendar=None):
    """Office hours between two moments; builds a calendar of their dates when none is given."""
    if office_calendar is None:
        office_calendar = OfficeCalendar(timezone.localtime(began).date(), timezone.localtime(ended).date())
    return office_calendar.hours(began, ended)
