"""Working days (Monday to Friday) for the post-publication verification deadline."""

import datetime as dt

VERIFICATION_WORKING_DAYS = 3


def add_working_days(start, days):
    """The date ``days`` working days after ``start`` (a date), skipping Saturdays and Sundays."""
    current = start
    remaining = days
    while remaining > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current
