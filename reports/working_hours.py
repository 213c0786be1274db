"""Working hours between two moments, in SQL: office hours 08.30–16.30 on working days, Bangkok time.

Working days are the publishing workflow's (``publishing.working_days``: Monday to Friday, less
Thai public holidays and the office's closures); one working day is eight working hours, the unit
of 002's step times ("within 1 working day").

How the database does it, the same on SQLite and PostgreSQL, without a Python loop over rows:

- Every moment becomes whole seconds since 1970 in local time (Thailand keeps one offset all year,
  so local time is UTC plus a constant; a time zone with daylight saving is refused), then a day
  number and the seconds into that day, by integer arithmetic.
- The calendar of the range is a recursive CTE: one row per day, working when it is a weekday and
  not among the closed days. The closed days come from Python, because Thai holidays come from
  the ``holidays`` package and closures from ``publishing.OfficeClosure``: a few dozen constants a
  year, passed as parameters. A running ``SUM`` numbers the working days before each day.
- A moment's working seconds = 8 h × working days before its day + its clamped seconds into office
  hours when its day is a working day; a step's length is the difference of its two ends.
- Median and 90th percentile (nearest rank) are picked with ``ROW_NUMBER() OVER (ORDER BY ...)``,
  so only the two or three rows at those ranks come back.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from publishing.working_days import closed_days
from reports.sql import epoch_sql, utc_offset_seconds

OPENS = dt.time(8, 30)
CLOSES = dt.time(16, 30)
WORKING_DAY_HOURS = 8
_DAY_SECONDS = 24 * 60 * 60
_WORKING_DAY_SECONDS = WORKING_DAY_HOURS * 60 * 60
_OPENS_SECOND = (OPENS.hour * 60 + OPENS.minute) * 60
_EPOCH = dt.date(1970, 1, 1)

# Two moments given as parameters, as a one-row table of timestamps.
_PAIR_SQL = {
    "sqlite": "SELECT %s, %s",
    "postgresql": "SELECT CAST(%s AS TIMESTAMP WITH TIME ZONE), CAST(%s AS TIMESTAMP WITH TIME ZONE)",
}


def _day_number(day):
    return (day - _EPOCH).days


@dataclass
class StepFigures:
    """What the database returns for one step: the count, how many within the target, and the
    working hours at the median rank(s) and at the 90th percentile's rank."""

    count: int
    within_target: int
    median: float | None
    p90: float | None


def _hours(seconds):
    return round(seconds / 3600, 2)


class OfficeCalendar:
    """The office's calendar of the dates ``start``..``end`` (inclusive), as SQL."""

    def __init__(self, start, end):
        self.start, self.end = start, end
        self.closed = sorted(
            _day_number(day) for day in closed_days(start, end) if day.weekday() < 5 and start <= day <= end
        )
        self.offset = utc_offset_seconds(start, end)

    def _epoch(self, column):
        return epoch_sql(connection.vendor, column)

    def _sql(self, steps_sql, steps_params, target_seconds, percentile_tenths):
        """The whole query over ``steps_sql`` (a SELECT of two timestamp columns) and its parameters."""
        closed = "".join(", (%s)" for _ in self.closed)
        opens, length = _OPENS_SECOND, _WORKING_DAY_SECONDS

        def into_day(column):
            # Seconds of office hours already passed on that day: 0 before 08.30, 8 h after 16.30.
            return (
                f"CASE WHEN {column} < {opens} THEN 0 WHEN {column} > {opens + length} THEN {length} "
                f"ELSE {column} - {opens} END"
            )

        percentile_tenths = int(percentile_tenths)
        # Only constants of this module and the compiled queryset go into the text; values are parameters.
        sql = f"""
WITH RECURSIVE
steps(began, ended) AS ({steps_sql}),
moments(b, e) AS (SELECT {self._epoch("began")} + %s, {self._epoch("ended")} + %s FROM steps),
split(bday, bsec, eday, esec) AS (
    SELECT b / {_DAY_SECONDS}, b - (b / {_DAY_SECONDS}) * {_DAY_SECONDS},
           e / {_DAY_SECONDS}, e - (e / {_DAY_SECONDS}) * {_DAY_SECONDS}
    FROM moments
),
days(d) AS (SELECT %s UNION ALL SELECT d + 1 FROM days WHERE d < %s),
closed(d) AS (VALUES (-1){closed}),
calendar(d, working) AS (
    SELECT d, CASE WHEN (d + 3) - ((d + 3) / 7) * 7 < 5 AND d NOT IN (SELECT d FROM closed) THEN 1 ELSE 0 END
    FROM days
),
numbered(d, working, prior) AS (
    SELECT d, working, SUM(working) OVER (ORDER BY d) - working FROM calendar
),
worked(seconds) AS (
    SELECT (ce.prior - cb.prior) * {length}
           + ce.working * ({into_day("split.esec")}) - cb.working * ({into_day("split.bsec")})
    FROM split
    JOIN numbered cb ON cb.d = split.bday
    JOIN numbered ce ON ce.d = split.eday
),
clamped(seconds) AS (SELECT CASE WHEN seconds > 0 THEN seconds ELSE 0 END FROM worked),
ranked(seconds, rnk, n) AS (
    SELECT seconds, ROW_NUMBER() OVER (ORDER BY seconds), COUNT(*) OVER () FROM clamped
)
SELECT rnk, n, seconds, (SELECT COUNT(*) FROM clamped WHERE seconds <= %s)
FROM ranked
WHERE rnk = (n + 1) / 2 OR rnk = n / 2 + 1 OR rnk = (n * {percentile_tenths} + 9) / 10
ORDER BY rnk
"""  # noqa: S608
        params = [
            *steps_params,
            self.offset,
            self.offset,
            _day_number(self.start),
            _day_number(self.end),
            *self.closed,
            target_seconds,
        ]
        return sql, params

    def step_figures(self, steps, target_hours=WORKING_DAY_HOURS, percentile_tenths=9):
        """Figures of ``steps``, a queryset of ``values_list(began, ended)``: one query.

        Both ends of every step must fall in the calendar's dates. The median follows
        ``statistics.median`` (the mean of the two middle values when the count is even); the
        percentile is the nearest rank (the smallest value with at least that share at or below it).
        """
        steps_sql, steps_params = steps.query.sql_with_params()
        sql, params = self._sql(steps_sql, steps_params, target_hours * 3600, percentile_tenths)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not rows:
            return StepFigures(0, 0, None, None)
        total, within = int(rows[0][1]), int(rows[0][3])
        at_rank = {int(position): _hours(int(seconds)) for position, _, seconds, _ in rows}
        median = (at_rank[(total + 1) // 2] + at_rank[total // 2 + 1]) / 2
        p90 = at_rank[(total * percentile_tenths + 9) // 10]
        return StepFigures(total, within, round(median, 1), round(p90, 1))

    def hours(self, began, ended):
        """Office hours from ``began`` to ``ended`` (aware datetimes); 0 when reversed. One query."""
        adapt = connection.ops.adapt_datetimefield_value
        steps_sql, steps_params = _PAIR_SQL[connection.vendor], [adapt(began), adapt(ended)]
        sql, params = self._sql(steps_sql, steps_params, 0, 9)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return _hours(int(cursor.fetchone()[2]))


def calendar(start, end):
    return OfficeCalendar(start, end)


def working_hours(began, ended, office_calendar=None):
    """Office hours between two moments; builds a calendar of their dates when none is given."""
    if office_calendar is None:
        office_calendar = OfficeCalendar(timezone.localtime(began).date(), timezone.localtime(ended).date())
    return office_calendar.hours(began, ended)
