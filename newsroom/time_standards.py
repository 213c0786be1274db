"""The time standards of news (003 มาตรฐานระยะเวลา): how soon each kind must be published.

Kept apart from the models so the KPI reports can count them without importing page code.
"""

from datetime import timedelta

from django.db import models


class Kind(models.TextChoices):
    MEETING = "meeting", "ข่าวสรุปผลการประชุม"
    INSPECTION = "inspection", "ข่าวการติดตามคณะผู้บริหารตรวจราชการ"
    PRESS_CONFERENCE = "press_conference", "ข่าวเพื่อการแถลงข่าว"
    ACTIVITY = "activity", "ข่าวประกาศกิจกรรม"
    GENERAL = "general", "ข่าวทั่วไป"

    @property
    def needs_event_times(self):
        return self in STANDARDS


# kind -> (the event moment the standard counts from, offset of the deadline from it)
STANDARDS = {
    Kind.MEETING: ("end", timedelta(hours=3)),
    Kind.INSPECTION: ("end", timedelta(hours=24)),
    # 003: a press conference is published within one hour after it starts.
    Kind.PRESS_CONFERENCE: ("start", timedelta(hours=1)),
    # An announcement must be out at least three days before the activity starts.
    Kind.ACTIVITY: ("start", -timedelta(days=3)),
}


# 003: the release of a press conference is approved at least three hours before it starts
# (the publication itself follows ``STANDARDS``). Only the assignment desk plans for it.
PRESS_RELEASE_APPROVED_BEFORE = timedelta(hours=3)


def release_approved_by(kind, event_start):
    """The latest moment a press conference's release must be approved, else ``None``."""
    if kind != Kind.PRESS_CONFERENCE or event_start is None:
        return None
    return event_start - PRESS_RELEASE_APPROVED_BEFORE


def deadline_for(kind, event_start, event_end):
    """The latest moment the item may be published, or ``None`` when its kind has no standard."""
    rule = STANDARDS.get(kind)
    if rule is None:
        return None
    anchor, offset = rule
    moment = event_end if anchor == "end" else event_start
    if moment is None:
        return None
    return moment + offset


def meets_time_standard(kind, event_start, event_end, published_at):
    deadline = deadline_for(kind, event_start, event_end)
    if deadline is None or published_at is None:
        return None
    return published_at <= deadline
