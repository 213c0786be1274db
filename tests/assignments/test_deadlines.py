"""Deadlines per kind, computed by one function, at their boundaries."""

from datetime import timedelta

import pytest

from assignments.deadlines import deadlines_for
from newsroom.time_standards import Kind, meets_time_standard
from tests import factories
from tests.assignments.conftest import bangkok


def test_meeting_published_within_three_hours_after_it_ends():
    deadlines = deadlines_for(Kind.MEETING, bangkok(2026, 12, 3, 9, 0), bangkok(2026, 12, 3, 12, 0))
    assert deadlines.publish_by == bangkok(2026, 12, 3, 15, 0)
    assert deadlines.approve_by is None
    # Warned two hours after it ended, one hour before the deadline.
    assert deadlines.warn_at == bangkok(2026, 12, 3, 14, 0)


def test_meeting_across_midnight_counts_from_its_end_on_the_next_day():
    deadlines = deadlines_for(Kind.MEETING, bangkok(2026, 12, 3, 22, 0), bangkok(2026, 12, 4, 0, 30))
    assert deadlines.publish_by == bangkok(2026, 12, 4, 3, 30)
    assert deadlines.warn_at == bangkok(2026, 12, 4, 2, 30)


def test_a_meeting_ending_late_in_the_evening_has_its_deadline_after_midnight():
    deadlines = deadlines_for(Kind.MEETING, bangkok(2026, 12, 3, 19, 0), bangkok(2026, 12, 3, 22, 15))
    assert deadlines.publish_by == bangkok(2026, 12, 4, 1, 15)


def test_inspection_published_within_24_hours_after_it_ends():
    deadlines = deadlines_for(Kind.INSPECTION, bangkok(2026, 12, 3, 9, 0), bangkok(2026, 12, 3, 16, 0))
    assert deadlines.publish_by == bangkok(2026, 12, 4, 16, 0)
    assert deadlines.warn_at == bangkok(2026, 12, 4, 10, 0)


def test_press_conference_release_approved_three_hours_before_and_published_within_one_hour():
    deadlines = deadlines_for(Kind.PRESS_CONFERENCE, bangkok(2026, 12, 3, 10, 0), bangkok(2026, 12, 3, 11, 0))
    assert deadlines.approve_by == bangkok(2026, 12, 3, 7, 0)
    assert deadlines.publish_by == bangkok(2026, 12, 3, 11, 0)
    assert deadlines.first == deadlines.approve_by
    assert deadlines.warn_at == bangkok(2026, 12, 3, 6, 0)


def test_activity_announced_three_days_before_it_starts():
    deadlines = deadlines_for(Kind.ACTIVITY, bangkok(2026, 12, 10, 9, 0), bangkok(2026, 12, 10, 16, 0))
    assert deadlines.publish_by == bangkok(2026, 12, 7, 9, 0)
    # "An activity 4 days away with no announcement live" warns.
    assert deadlines.warn_at == bangkok(2026, 12, 6, 9, 0)


def test_general_news_has_no_standard_to_plan_for():
    with pytest.raises(ValueError):
        deadlines_for(Kind.GENERAL, bangkok(2026, 12, 3, 9, 0), bangkok(2026, 12, 3, 12, 0))


def test_exactly_three_hours_is_on_time_and_one_second_more_is_late():
    start, end = bangkok(2026, 12, 3, 9, 0), bangkok(2026, 12, 3, 12, 0)
    deadline = deadlines_for(Kind.MEETING, start, end).publish_by
    assert meets_time_standard(Kind.MEETING, start, end, deadline) is True
    assert meets_time_standard(Kind.MEETING, start, end, deadline + timedelta(seconds=1)) is False


def test_the_assignment_stores_its_deadlines_and_follows_a_moved_meeting(office):
    item = factories.agenda_item(office, starts_at=bangkok(2026, 12, 3, 13, 0), hours=2)
    assignment = factories.assignment(office, item=item)
    assert assignment.publish_by == bangkok(2026, 12, 3, 18, 0)
    assignment.warned_at = bangkok(2026, 12, 3, 17, 0)
    assignment.save(update_fields=["warned_at"])

    item.starts_at, item.ends_at = bangkok(2026, 12, 4, 22, 0), bangkok(2026, 12, 5, 0, 30)
    item.save()
    assignment.refresh_from_db()
    assert assignment.publish_by == bangkok(2026, 12, 5, 3, 30)
    # New deadlines, a new warning.
    assert assignment.warned_at is None


def test_published_exactly_at_the_deadline_counts_as_on_time(office):
    item = factories.agenda_item(office, starts_at=bangkok(2026, 11, 20, 9, 0), hours=3)
    page = factories.news_page(
        factories.news_index(office),
        title=item.title,
        published=bangkok(2026, 11, 20, 15, 0),
        kind="meeting",
        event_start=item.starts_at,
        event_end=item.ends_at,
    )
    assignment = factories.assignment(office, item=item, news_page=page)
    assert assignment.progress_label == "เผยแพร่แล้ว"
    assert assignment.published_on_time is True
    page.first_published_at = bangkok(2026, 11, 20, 15, 0, 1)
    assert assignment.published_on_time is False
