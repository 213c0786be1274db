"""The dashboard panel of each role: KPIs for PR officers and directors, the group's items for editors."""

import datetime as dt

import pytest

from network.models import NetworkMember
from newsroom.time_standards import Kind
from tests.reports.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def this_year(demo, make_news):
    personnel = demo.departments["personnel"]
    end = at(2026, 11, 10, 12)
    make_news(
        "ประชุมกลุ่มบุคคล",
        parent=personnel,
        published=end + dt.timedelta(hours=2),
        kind=Kind.MEETING,
        event_start=end.replace(hour=10),
        event_end=end,
    )
    make_news("ข่าวส่วนกลาง", published=at(2026, 11, 12))
    NetworkMember.objects.create(
        name="โรงเรียนบ้านควนขนุน", status="pending", member_type="organisation", scope="internal", kind="school"
    )
    return demo


def test_the_pr_officer_sees_the_years_kpis_and_what_waits(this_year, login):
    page = login(this_year.users["pr"]).get("/admin/").content.decode()
    assert "ตัวชี้วัดงานประชาสัมพันธ์ ปีงบประมาณ 2570" in page
    assert "ข่าวบนเว็บไซต์ 2 เรื่อง" in page
    assert "100.0% (1/1)" in page
    assert "ใบสมัครเครือข่ายรอพิจารณา: 1" in page


def test_the_director_sees_the_kpis_without_the_pr_queue(this_year, login):
    page = login(this_year.users["director"]).get("/admin/").content.decode()
    assert "ตัวชี้วัดงานประชาสัมพันธ์ ปีงบประมาณ 2570" in page
    assert "ใบสมัครเครือข่ายรอพิจารณา" not in page


def test_an_editor_sees_only_their_groups_items(this_year, login):
    page = login(this_year.users["editor2"]).get("/admin/").content.decode()
    assert "ข่าวของกลุ่มบริหารงานบุคคล ปีงบประมาณ 2570" in page
    assert "ข่าวบนเว็บไซต์ 1 เรื่อง" in page
    assert "ตัวชี้วัดงานประชาสัมพันธ์" not in page
