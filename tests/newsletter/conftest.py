"""Fixtures of the newsletter tests: ``/news/`` with news of three groups, and ``/newsletter/``."""

from datetime import datetime

import pytest
from django.utils import timezone

from tests import factories
from tests.newsroom.conftest import cover, make_news, newsroom  # noqa: F401

BANGKOK = timezone.get_fixed_timezone(7 * 60)


def bangkok(year, month, day, hour=10):
    return datetime(year, month, day, hour, 0, tzinfo=BANGKOK)


@pytest.fixture
def letter(newsroom):  # noqa: F811 - the newsroom fixture imported above
    """The newsroom's office plus the newsletter archive."""
    newsroom.newsletter_index = factories.newsletter_index(newsroom)
    return newsroom


@pytest.fixture
def make_issue(letter):
    def _make(news=(), **fields):
        return factories.newsletter_issue(letter.newsletter_index, news, **fields)

    return _make


@pytest.fixture
def three_news(letter, make_news, cover):  # noqa: F811
    """Three live news of November 2569 (2026): the PR officer's, the personnel group's, the ICT group's."""
    personnel = letter.departments["personnel"]
    ict = letter.departments["ict"]
    return [
        make_news(
            "ประชุมผู้บริหารสถานศึกษาประจำเดือนพฤศจิกายน",
            published=bangkok(2026, 11, 3),
            cover_image=cover,
            intro="ผู้อำนวยการสำนักงานชี้แจงนโยบายลดภาระครูแก่ผู้บริหารสถานศึกษาทุกแห่ง",
        ),
        make_news(
            "ประกาศรายชื่อผู้ผ่านการประเมินครูผู้ช่วย",
            parent=personnel,
            published=bangkok(2026, 11, 12),
            intro="กลุ่มบริหารงานบุคคลประกาศรายชื่อครูผู้ช่วยที่ผ่านการประเมินเตรียมความพร้อม",
        ),
        make_news(
            "อบรมการใช้ระบบสารสนเทศโรงเรียน",
            parent=ict,
            published=bangkok(2026, 11, 20),
            intro="ครูผู้รับผิดชอบงานสารสนเทศจากโรงเรียนในสังกัดร่วมอบรมการใช้ระบบ",
        ),
    ]
