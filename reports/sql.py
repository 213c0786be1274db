"""Date arithmetic of the report as plain SQL, the same results on SQLite and PostgreSQL.

Django computes time zones and ``datetime + timedelta`` on SQLite with Python functions it registers
on the connection (``django_datetime_trunc``, ``django_format_dtdelta``): called once per row, they
were most of the report's time. Thailand keeps one UTC offset all year, so local time is UTC plus a
constant and everything here is integer arithmetic on seconds since 1970 or one ``strftime``.
"""

import datetime as dt

from django.db.models import BigIntegerField, DateField, Func
from django.utils import timezone


def utc_offset_seconds(*days):
    """The current time zone's offset, which must be the same on every one of ``days`` (no DST)."""
    zone = timezone.get_current_timezone()
    offsets = {zone.utcoffset(dt.datetime.combine(day, dt.time(12))) for day in days}
    offsets.add(zone.utcoffset(dt.datetime(2026, 1, 1, 12)))
    offsets.add(zone.utcoffset(dt.datetime(2026, 7, 1, 12)))
    if len(offsets) != 1:
        raise NotImplementedError("the report's SQL needs a time zone without daylight saving")
    return int(offsets.pop().total_seconds())


# Whole seconds since 1970 (UTC) of a timestamp; fractions of a second dropped on both databases.
# (``%%`` survives Django's parameter substitution as one ``%``.)
EPOCH_SQL = {
    "sqlite": "CAST(strftime('%%s', {}) AS INTEGER)",
    "postgresql": "CAST(FLOOR(EXTRACT(EPOCH FROM {})) AS BIGINT)",
}


def epoch_sql(vendor, column_sql):
    try:
        return EPOCH_SQL[vendor].format(column_sql)
    except KeyError:
        raise NotImplementedError(f"the report's SQL on {vendor}") from None


class EpochSeconds(Func):
    """Whole seconds since 1970 (UTC) of a timestamp expression."""

    output_field = BigIntegerField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        # ``template`` goes through ``%`` formatting once more in Func; here the SQL is final.
        return epoch_sql(connection.vendor, sql), params


class LocalMonth(Func):
    """The first day of the timestamp's month in local time, as a date."""

    output_field = DateField()

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        offset = utc_offset_seconds()
        return f"date({sql}, '{offset:+d} seconds', 'start of month')", params

    def as_postgresql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(DATE_TRUNC('month', {sql} AT TIME ZONE %s) AS DATE)", [
            *params,
            timezone.get_current_timezone_name(),
        ]
