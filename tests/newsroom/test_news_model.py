"""NewsPage rules: kinds that need event times, photo consent, cover alt text, the time standard."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsroom.models import NewsPage
from newsroom.time_standards import Kind, deadline_for, meets_time_standard


def _page(**fields):
    fields.setdefault("title", "ประชุมผู้บริหารสถานศึกษา")
    fields.setdefault("slug", "meeting")
    return NewsPage(**fields)


@pytest.mark.parametrize("kind", [Kind.MEETING, Kind.INSPECTION, Kind.PRESS_CONFERENCE, Kind.ACTIVITY])
def test_kinds_with_a_time_standard_need_event_start_and_end(kind):
    with pytest.raises(ValidationError) as error:
        _page(kind=kind).clean()
    assert "ต้องระบุวันเวลาเริ่มกิจกรรม" in error.value.message_dict["event_start"][0]
    assert "ต้องระบุวันเวลาสิ้นสุดกิจกรรม" in error.value.message_dict["event_end"][0]


def test_general_news_needs_no_event_times():
    _page(kind=Kind.GENERAL).clean()


def test_event_end_before_start_is_refused_in_thai():
    start = timezone.now()
    with pytest.raises(ValidationError) as error:
        _page(kind=Kind.MEETING, event_start=start, event_end=start - timedelta(hours=1)).clean()
    assert error.value.message_dict["event_end"] == ["วันเวลาสิ้นสุดต้องไม่ก่อนวันเวลาเริ่มกิจกรรม"]


@pytest.mark.django_db
def test_photos_need_the_consent_of_the_people_shown(demo):
    image = demo.image("ภาพกิจกรรม", seed=2)
    page = _page(body=[("image", {"image": image, "alt_text": "ครูและนักเรียน", "caption": "", "credit": ""})])
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "ยินยอมให้เผยแพร่" in error.value.message_dict["photo_consent"][0]
    page.photo_consent = True
    page.clean()


@pytest.mark.django_db
def test_a_cover_needs_consent_and_alt_text(demo):
    page = _page(cover_image=demo.image("ภาพปก", seed=3))
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"cover_alt", "photo_consent"}


def test_text_only_news_needs_no_photo_consent():
    page = _page(body=[("paragraph", "<p>ข้อความล้วน</p>")])
    assert page.has_photos is False
    page.clean()


@pytest.mark.parametrize(
    ("kind", "anchor", "expected"),
    [
        (Kind.MEETING, "end", timedelta(hours=3)),
        (Kind.INSPECTION, "end", timedelta(hours=24)),
        (Kind.PRESS_CONFERENCE, "start", timedelta(hours=1)),
        (Kind.ACTIVITY, "start", -timedelta(days=3)),
    ],
)
def test_deadline_of_each_kind(kind, anchor, expected):
    start = timezone.now()
    end = start + timedelta(hours=2)
    assert deadline_for(kind, start, end) == (end if anchor == "end" else start) + expected


def test_meeting_summary_meets_the_standard_within_three_hours_of_the_end():
    end = timezone.now()
    start = end - timedelta(hours=2)
    assert meets_time_standard(Kind.MEETING, start, end, end + timedelta(hours=2, minutes=59)) is True
    assert meets_time_standard(Kind.MEETING, start, end, end + timedelta(hours=3, minutes=1)) is False


def test_activity_announcement_must_be_out_three_days_before():
    start = timezone.now() + timedelta(days=10)
    end = start + timedelta(hours=4)
    page = _page(
        kind=Kind.ACTIVITY, event_start=start, event_end=end, first_published_at=start - timedelta(days=4)
    )
    assert page.meets_time_standard is True
    page.first_published_at = start - timedelta(days=2)
    assert page.meets_time_standard is False


def test_general_and_unpublished_news_have_no_verdict():
    assert _page(kind=Kind.GENERAL, first_published_at=timezone.now()).meets_time_standard is None
    start = timezone.now()
    assert _page(kind=Kind.MEETING, event_start=start, event_end=start).meets_time_standard is None


@pytest.mark.django_db
def test_share_image_is_the_cover_unless_a_social_image_is_set(demo):
    cover = demo.image("ภาพปกข่าว", seed=4)
    social = demo.image("ภาพแชร์", seed=5)
    page = _page(cover_image=cover)
    assert page.get_share_image() == cover
    page.social_image = social
    assert page.get_share_image() == social


@pytest.mark.django_db
def test_news_may_live_under_a_group_page_and_the_group_owns_it(newsroom, make_news):
    personnel = newsroom.departments["personnel"]
    page = make_news("ประกาศผลการสอบครูผู้ช่วย", parent=personnel)
    assert page.owning_department == personnel
    own = make_news("ข่าวของนักประชาสัมพันธ์", department=newsroom.departments["supervision"])
    assert own.owning_department == newsroom.departments["supervision"]
    unowned = make_news("ข่าวไม่ระบุกลุ่ม")
    assert unowned.owning_department == newsroom.departments["general-administration"]
