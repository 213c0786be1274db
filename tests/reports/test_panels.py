"""The dashboard panel of each role: KPIs for PR officers and directors, the group's items for editors."""

import datetime as dt

import pytest

from network.models import NetworkMember
from newsroom.time_standards import Kind
from tests import factories
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


@pytest.fixture
def queues(this_year):
    """Two journal contributions and a school's news waiting, one of each already handled; a survey
    response of this fiscal year and one of the last."""
    from feedback.models import SurveyResponse
    from newsroom.models import JournalContribution
    from schoolnews.models import SchoolNewsLink, SchoolNewsSubmission

    for title, status in [("บทกวีวันครู", "new"), ("เรื่องเล่าจากห้องเรียน", "new"), ("ภาษาถิ่นพัทลุง", "accepted")]:
        JournalContribution.objects.create(
            name="นายสมหมาย ใจดี",
            school="โรงเรียนวัดป่าบอน",
            email="sommai@example.ac.th",
            title=title,
            status=status,
        )
    school = NetworkMember.objects.create(
        name="โรงเรียนวัดป่าบอน", status="active", member_type="organisation", scope="internal", kind="school"
    )
    link = SchoolNewsLink.objects.create(member=school)
    for title, status in [("กิจกรรมวันลอยกระทง", "new"), ("แข่งขันกีฬาสี", "used")]:
        SchoolNewsSubmission.objects.create(
            link=link,
            member=school,
            sender_name="นางสาวมาลี ศรีสุข",
            title=title,
            text="รายละเอียดกิจกรรม",
            status=status,
        )
    survey = factories.survey_page(this_year)
    for when in (at(2026, 11, 20), at(2026, 9, 30)):
        response = SurveyResponse.objects.create(page=survey, form_data={}, session_hash="")
        SurveyResponse.objects.filter(pk=response.pk).update(submit_time=when)
    return this_year


def test_the_pr_officer_sees_the_years_kpis_and_what_waits(this_year, login):
    page = login(this_year.users["pr"]).get("/admin/").content.decode()
    assert "ตัวชี้วัดงานประชาสัมพันธ์ ปีงบประมาณ 2570" in page
    assert "ข่าวบนเว็บไซต์ 2 เรื่อง" in page
    assert "100.0% (1/1)" in page
    assert "ใบสมัครเครือข่ายรอพิจารณา: 1" in page


def test_the_pr_officer_sees_each_queue_counted_and_linked(queues, login):
    page = login(queues.users["pr"]).get("/admin/").content.decode()
    assert (
        '<a href="/admin/snippets/network/networkmember/?status=pending">ใบสมัครเครือข่ายรอพิจารณา: 1</a>' in page
    )
    assert '<a href="/admin/newsroom/contributions/?status=new">บทความที่ส่งมายังไม่ได้อ่าน: 2</a>' in page
    assert '<a href="/admin/school-news/inbox/?status=new">ข่าวจากโรงเรียนและเครือข่ายยังไม่ได้เปิดอ่าน: 1</a>' in page
    assert '<a href="/admin/forms/">คำตอบแบบสำรวจความพึงพอใจในปีงบประมาณนี้: 1</a>' in page


def test_a_webmaster_has_no_report_panel(queues, login):
    page = login(queues.users["webmaster"]).get("/admin/").content.decode()
    assert "ตัวชี้วัดงานประชาสัมพันธ์" not in page and "บทความที่ส่งมายังไม่ได้อ่าน" not in page


def test_the_director_sees_the_kpis_without_the_pr_queue(this_year, login):
    page = login(this_year.users["director"]).get("/admin/").content.decode()
    assert "ตัวชี้วัดงานประชาสัมพันธ์ ปีงบประมาณ 2570" in page
    assert "ใบสมัครเครือข่ายรอพิจารณา" not in page


def test_an_editor_sees_only_their_groups_items(this_year, login):
    page = login(this_year.users["editor2"]).get("/admin/").content.decode()
    assert "ข่าวของกลุ่มบริหารงานบุคคล ปีงบประมาณ 2570" in page
    assert "ข่าวบนเว็บไซต์ 1 เรื่อง" in page
    assert "ตัวชี้วัดงานประชาสัมพันธ์" not in page
