"""The deadlines of an assignment: one function, from the kind's standard in ``newsroom.time_standards``.

- meeting: published within 3 hours after it ends;
- field inspection: published within 24 hours after it ends;
- press conference: the release approved at least 3 hours before it starts, published within 1 hour
  after it starts;
- activity: announced (live on the site and sent to the network) at least 3 days before it starts.

An assignment warns once, a little before its first deadline, while nothing has been done for it
(a meeting that ended 2 hours ago with nothing submitted; an activity 4 days away with no
announcement live). How much before is the desk's own rule, kept here.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from newsroom.time_standards import Kind, deadline_for, release_approved_by

# kind -> how long before its first deadline the desk warns
WARN_BEFORE = {
    Kind.MEETING: timedelta(hours=1),
    Kind.INSPECTION: timedelta(hours=6),
    Kind.PRESS_CONFERENCE: timedelta(hours=1),
    Kind.ACTIVITY: timedelta(days=1),
}


@dataclass(frozen=True)
class Deadlines:
    publish_by: datetime
    approve_by: datetime | None
    warn_at: datetime

    @property
    def first(self):
        """The deadline that comes first: the release's approval for a press conference."""
        return self.approve_by or self.publish_by


def deadlines_for(kind, starts_at, ends_at):
    """The deadlines of an agenda item of ``kind`` held from ``starts_at`` to ``ends_at``."""
    kind = Kind(kind)
    if kind not in WARN_BEFORE:
        raise ValueError(f"No time standard for {kind!r}")
    publish_by = deadline_for(kind, starts_at, ends_at)
    approve_by = release_approved_by(kind, starts_at)
    first = approve_by or publish_by
    return Deadlines(publish_by=publish_by, approve_by=approve_by, warn_at=first - WARN_BEFORE[kind])
