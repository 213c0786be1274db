"""Every figure of the PR report from records with known outcomes, boundaries included.

Fiscal year 2569 runs from 1 October 2025 to 30 September 2026 (Bangkok time); moments below are
in Bangkok (``at`` takes CE years).
"""

import datetime as dt

import pytest

from network.models import (
    Channel,
    ChannelKind,
    ChannelLog,
    CoverageClipping,
    Delivery,
    DeliveryStatus,
    MediaOutlet,
    Release,
)
from newsroom.models import NewsPage
from newsroom.models.news import Stream
from newsroom.time_standards import Kind
from reports import kpis
from reports.periods import report_period
from reports.sources import PublicationRequest, VerificationCheck
from reports.sql import LocalMonth
from tests.reports.conftest import at

pytestmark = pytest.mark.django_db

H = dt.timedelta(hours=1)
FY2569 = kpis.Scope(report_period(2569, "12m"))
FY2570 = kpis.Scope(report_period(2570, "12m"))


def _channel(name, kind):
    return lambda: Channel.objects.get_or_create(name=name, defaults={"kind": kind})[0]


FACEBOOK = _channel("เพจ Facebook สพป.พัทลุง เขต 2", ChannelKind.FACEBOOK)
LINE_PR = _channel("กลุ่ม LINE ประชาสัมพันธ์", ChannelKind.LINE)
RADIO = _channel("วิทยุ", ChannelKind.RADIO)


def _draft(newsroom, title, **fields):
    page = NewsPage(title=title, slug=f"draft-{NewsPage.objects.count() + 1}", live=False, **fields)
    newsroom.news_index.add_child(instance=page)
    return page


def _timed(make_news, kind, start, end, published, title="ข่าว", **fields):
    return make_news(title, published=published, kind=kind, event_start=start, event_end=end, **fields)


def _approve(page, when):
    return PublicationRequest.objects.create(
        page=page,
        subject=page.title,
        fiscal_year=2569,
        office_decision=PublicationRequest.Decision.APPROVED,
        office_decided_at=when,
    )


def _ratios(scope):
    return {ratio.label: (ratio.hits, ratio.total, ratio.percent) for ratio in kpis.timeliness(scope)}


def test_meeting_summaries_exactly_three_hours_is_on_time_and_a_minute_more_is_late(make_news):
    end = at(2026, 3, 2, 12)
    _timed(make_news, Kind.MEETING, end - 2 * H, end, end + 3 * H, "ประชุมผู้บริหาร ครั้งที่ 1")
    _timed(make_news, Kind.MEETING, end - 2 * H, end, end + 3 * H + dt.timedelta(minutes=1), "ครั้งที่ 2")
    assert _ratios(FY2569)["ข่าวสรุปผลการประชุม"] == (1, 2, 50.0)


def test_a_meeting_across_midnight_counts_from_its_end_and_belongs_to_the_year_it_started(make_news):
    # 30 September 2026 22.00 – 1 October 01.00: deadline 04.00 on 1 October.
    start, end = at(2026, 9, 30, 22), at(2026, 10, 1, 1)
    _timed(make_news, Kind.MEETING, start, end, at(2026, 10, 1, 4), "ประชุมเตรียมความพร้อมปีงบประมาณใหม่")
    _timed(make_news, Kind.MEETING, start, end, at(2026, 10, 1, 4, 1), "ประชุมสรุปงบประมาณ")
    assert _ratios(FY2569)["ข่าวสรุปผลการประชุม"] == (1, 2, 50.0)
    assert _ratios(FY2570)["ข่าวสรุปผลการประชุม"] == (0, 0, None)


def test_the_first_of_october_at_midnight_in_bangkok_opens_the_new_fiscal_year(make_news):
    # 1 October 2025 00.00 Bangkok is 30 September 17.00 UTC: it is fiscal 2569, not 2568.
    first = at(2025, 10, 1, 0)
    _timed(make_news, Kind.INSPECTION, first, first + 8 * H, first + 32 * H, "ตรวจเยี่ยมโรงเรียนบ้านควนขนุน")
    last_of_2568 = at(2025, 9, 30, 23, 59)
    _timed(make_news, Kind.INSPECTION, last_of_2568, last_of_2568 + H, last_of_2568 + 2 * H, "ตรวจเยี่ยม")
    assert _ratios(FY2569)["ข่าวการติดตามคณะผู้บริหารตรวจราชการ"] == (1, 1, 100.0)
    assert _ratios(kpis.Scope(report_period(2568, "12m")))["ข่าวการติดตามคณะผู้บริหารตรวจราชการ"] == (1, 1, 100.0)


def test_inspections_have_twenty_four_hours_after_they_end(make_news):
    end = at(2026, 1, 15, 16)
    _timed(make_news, Kind.INSPECTION, end - 6 * H, end, end + 24 * H, "ตรวจราชการอำเภอป่าบอน")
    _timed(make_news, Kind.INSPECTION, end - 6 * H, end, end + 25 * H, "ตรวจราชการอำเภอตะโหมด")
    assert _ratios(FY2569)["ข่าวการติดตามคณะผู้บริหารตรวจราชการ"] == (1, 2, 50.0)


def test_a_press_conference_needs_approval_three_hours_before_and_publication_within_an_hour(make_news):
    start = at(2026, 5, 12, 14)
    on_time = _timed(make_news, Kind.PRESS_CONFERENCE, start, start + 2 * H, start + H, "แถลงข่าวรับนักเรียน")
    _approve(on_time, start - 3 * H)  # exactly three hours ahead
    approved_late = _timed(
        make_news, Kind.PRESS_CONFERENCE, start, start + 2 * H, start + H / 2, "แถลงข่าวสอบครู"
    )
    _approve(approved_late, start - 3 * H + dt.timedelta(minutes=1))
    published_late = _timed(
        make_news, Kind.PRESS_CONFERENCE, start, start + 2 * H, start + 61 * H / 60, "แถลง"
    )
    _approve(published_late, start - 5 * H)
    _timed(make_news, Kind.PRESS_CONFERENCE, start, start + 2 * H, start + H / 2, "แถลงข่าวไม่มีคำขอ")
    assert _ratios(FY2569)["ข่าวเพื่อการแถลงข่าว"] == (1, 4, 25.0)


def test_activity_announcements_must_be_live_three_days_before_the_start(make_news):
    start = at(2026, 8, 20, 9)
    _timed(make_news, Kind.ACTIVITY, start, start + 6 * H, start - dt.timedelta(days=3), "ประกาศวันภาษาไทย")
    _timed(make_news, Kind.ACTIVITY, start, start + 6 * H, start - dt.timedelta(days=2), "ประกาศแข่งขันทักษะ")
    assert _ratios(FY2569)["ข่าวประกาศกิจกรรม"] == (1, 2, 50.0)


def test_unpublished_items_count_as_late_once_their_deadline_has_passed(newsroom, make_news):
    past = at(2026, 2, 3, 12)
    _timed(make_news, Kind.MEETING, past - H, past, past + H, "ประชุมที่เผยแพร่ทัน")
    _draft(newsroom, "ประชุมที่ไม่มีใครเขียน", kind=Kind.MEETING, event_start=past - H, event_end=past)
    general = make_news("ข่าวทั่วไป", published=past, kind=Kind.GENERAL)
    assert general.kind == Kind.GENERAL  # general news has no standard and is not counted
    ratios = _ratios(FY2569)
    assert ratios["ข่าวสรุปผลการประชุม"] == (1, 2, 50.0)
    assert ratios["รวมทุกชนิดข่าว"] == (1, 2, 50.0)


def test_an_item_before_its_deadline_is_not_counted_yet(newsroom):
    from django.utils import timezone

    soon = timezone.now() + dt.timedelta(days=10)
    _draft(newsroom, "ประชุมสัปดาห์หน้า", kind=Kind.MEETING, event_start=soon, event_end=soon + H)
    assert _ratios(kpis.Scope(report_period(2570, "12m")))["ข่าวสรุปผลการประชุม"] == (0, 0, None)


def test_the_overall_timeliness_meets_the_80_percent_target_at_exactly_80(make_news):
    end = at(2026, 4, 1, 12)
    for n in range(4):
        _timed(make_news, Kind.MEETING, end - H, end, end + H, f"ประชุม {n}")
    _timed(make_news, Kind.MEETING, end - H, end, end + 4 * H, "ประชุมที่ล่าช้า")
    overall = kpis.timeliness(FY2569)[-1]
    assert (overall.hits, overall.total, overall.percent, overall.meets_target) == (4, 5, 80.0, True)


# --- Channels -------------------------------------------------------------------------------------


def _counts(scope):
    return {value: count for value, _, count in kpis.channel_items(scope)}


def test_items_per_channel_count_distinct_items_inside_the_year(demo, make_news):
    first, last = at(2025, 10, 1, 0), at(2026, 9, 30, 23, 59)
    a = make_news("ข่าว ก", published=first)
    b = make_news("ข่าว ข", published=last)
    before = make_news("ข่าวปีก่อน", published=at(2025, 9, 30, 23, 59))
    pr = demo.users["pr"]
    ChannelLog.objects.create(page=a, channel=FACEBOOK(), published_at=first, recorded_by=pr)
    ChannelLog.objects.create(page=a, channel=FACEBOOK(), published_at=first + H, recorded_by=pr)
    ChannelLog.objects.create(page=b, channel=FACEBOOK(), published_at=last, recorded_by=pr)
    ChannelLog.objects.create(page=b, channel=LINE_PR(), published_at=last, recorded_by=pr)
    ChannelLog.objects.create(page=before, channel=RADIO(), published_at=at(2025, 9, 30, 23, 59))
    ChannelLog.objects.create(page=b, channel=RADIO(), published_at=at(2026, 10, 1, 0))
    release = Release.objects.create(page=a, created_by=pr)
    Delivery.objects.create(
        release=release, email="a@example.com", name="ก", status="sent", sent_at=first + H
    )
    Delivery.objects.create(
        release=release, email="b@example.com", name="ข", status="sent", sent_at=first + 2 * H
    )
    Delivery.objects.create(release=release, email="c@example.com", name="ค", status=DeliveryStatus.FAILED)
    counts = _counts(FY2569)
    assert counts[kpis.WEBSITE] == 2
    assert counts[FACEBOOK().pk] == 2
    assert counts[LINE_PR().pk] == 1
    assert counts[RADIO().pk] == 0
    assert counts[kpis.EMAIL] == 1
    assert _counts(FY2570)[RADIO().pk] == 1


def test_the_six_month_round_ends_on_31_march(make_news):
    make_news("ข่าวสิ้นเดือนมีนาคม", published=at(2026, 3, 31, 23, 59))
    make_news("ข่าวต้นเดือนเมษายน", published=at(2026, 4, 1, 0))
    assert _counts(kpis.Scope(report_period(2569, "6m")))[kpis.WEBSITE] == 1
    assert _counts(FY2569)[kpis.WEBSITE] == 2


def test_items_per_month_per_channel(demo, make_news):
    oct_news = make_news("ข่าวตุลาคม", published=at(2025, 10, 31, 23))
    nov_news = make_news("ข่าวพฤศจิกายน", published=at(2025, 11, 1, 8))
    ChannelLog.objects.create(page=oct_news, channel=FACEBOOK(), published_at=at(2025, 11, 1, 1))
    ChannelLog.objects.create(page=nov_news, channel=FACEBOOK(), published_at=at(2025, 11, 2, 1))
    months = kpis.channel_items_by_month(FY2569)
    assert months[kpis.WEBSITE] == {dt.date(2025, 10, 1): 1, dt.date(2025, 11, 1): 1}
    assert months[FACEBOOK().pk] == {dt.date(2025, 11, 1): 2}


# --- Network notice, print pick-up ----------------------------------------------------------------


def test_activities_announced_to_the_network_three_days_ahead(demo, make_news):
    start = at(2026, 6, 10, 9)
    mailed = make_news(
        "กิจกรรมวันสุนทรภู่",
        published=start - dt.timedelta(days=5),
        kind=Kind.ACTIVITY,
        event_start=start,
        event_end=start + H,
    )
    release = Release.objects.create(page=mailed)
    Delivery.objects.create(
        release=release,
        email="n@example.com",
        name="เครือข่าย",
        status="sent",
        sent_at=start - dt.timedelta(days=3),
    )
    logged_late = make_news(
        "กิจกรรมวันไหว้ครู",
        published=start - dt.timedelta(days=5),
        kind=Kind.ACTIVITY,
        event_start=start,
        event_end=start + H,
    )
    ChannelLog.objects.create(page=logged_late, channel=LINE_PR(), published_at=start - dt.timedelta(days=2))
    logged = make_news(
        "กิจกรรมวันต่อต้านยาเสพติด",
        published=start - dt.timedelta(days=5),
        kind=Kind.ACTIVITY,
        event_start=start,
        event_end=start + H,
    )
    ChannelLog.objects.create(page=logged, channel=LINE_PR(), published_at=start - dt.timedelta(days=4))
    make_news(
        "กิจกรรมที่ไม่ได้แจ้งเครือข่าย",
        published=start - dt.timedelta(days=5),
        kind=Kind.ACTIVITY,
        event_start=start,
        event_end=start + H,
    )
    notice = kpis.network_notice(FY2569)
    assert (notice.hits, notice.total, notice.percent, notice.meets_target) == (2, 4, 50.0, False)


def test_print_pickup_of_policy_news_by_month(make_news):
    outlet = MediaOutlet.objects.create(name="หนังสือพิมพ์ทักษิณโพสต์", kind="newspaper")
    clipped = make_news("นโยบายลดภาระครู", published=at(2025, 10, 5), stream=Stream.POLICY)
    make_news("นโยบายเรียนดีมีความสุข", published=at(2025, 10, 20), stream=Stream.POLICY)
    make_news("ผลการดำเนินงานโครงการอาหารกลางวัน", published=at(2025, 11, 3), stream=Stream.POLICY)
    proactive = make_news("กิจกรรมจิตอาสา", published=at(2025, 11, 4), stream=Stream.PROACTIVE)
    for headline in ("สพป.ลดภาระครู", "ลดภาระครูคืนครูสู่ห้องเรียน"):
        CoverageClipping.objects.create(
            outlet=outlet, page=clipped, headline=headline, published_on=dt.date(2025, 10, 6)
        )
    CoverageClipping.objects.create(
        outlet=outlet, page=proactive, headline="จิตอาสา", published_on=dt.date(2025, 11, 5)
    )
    months, total = kpis.print_pickup(FY2569)
    assert [(month, r.hits, r.total, r.percent) for month, r in months] == [
        (dt.date(2025, 10, 1), 1, 2, 50.0),
        (dt.date(2025, 11, 1), 0, 1, 0.0),
    ]
    assert (total.hits, total.total, total.percent) == (1, 3, 33.3)


# --- Accuracy, turnaround, ITA ---------------------------------------------------------------------


def _checked(result, when, department=None):
    request = PublicationRequest.objects.create(
        subject="ข่าวที่ตรวจสอบแล้ว", fiscal_year=2569, department=department
    )
    return VerificationCheck.objects.create(publication_request=request, result=result, checked_at=when)


def test_accuracy_is_the_share_of_checks_found_correct(demo):
    for n in range(9):
        _checked(PublicationRequest.Verification.CORRECT, at(2025, 10, 1, 0) + n * H)
    _checked(PublicationRequest.Verification.NEEDS_FIX, at(2026, 9, 30, 23, 59))
    needs_fix = _checked(PublicationRequest.Verification.NEEDS_FIX, at(2026, 10, 1, 0))  # fiscal 2570
    PublicationRequest.objects.create(subject="ยังไม่ตรวจสอบ", fiscal_year=2569)
    accuracy = kpis.accuracy(FY2569)
    assert (accuracy.hits, accuracy.total, accuracy.percent, accuracy.meets_target) == (9, 10, 90.0, True)
    # Checked again after the fix: the history holds two checks, one of them correct.
    VerificationCheck.objects.create(
        publication_request=needs_fix.publication_request, result="correct", checked_at=at(2026, 10, 3)
    )
    later = kpis.accuracy(FY2570)
    assert (later.hits, later.total, later.percent, later.meets_target) == (1, 2, 50.0, False)


def test_turnaround_in_working_hours_median_and_90th_percentile(demo):
    # Monday 9 March 2026 (a week without holidays).
    steps = [
        (at(2026, 3, 9, 9), at(2026, 3, 9, 15), at(2026, 3, 10, 9)),  # 6 h; then 1.5 + 0.5 = 2 h
        (
            at(2026, 3, 6, 16),
            at(2026, 3, 9, 9, 30),
            at(2026, 3, 9, 10),
        ),  # Fri 16.00 → Mon 09.30 = 1.5 h; 0.5 h
        (at(2026, 3, 9, 8, 30), at(2026, 3, 11, 8, 30), at(2026, 3, 13, 16, 30)),  # 16 h; 8 + 8 + 8 = 24 h
    ]
    for submitted, group, office in steps:
        PublicationRequest.objects.create(
            subject="ข่าว",
            fiscal_year=2569,
            submitted_at=submitted,
            group_decided_at=group,
            office_decided_at=office,
        )
    group_step, director_step = kpis.turnaround(FY2569)
    assert (group_step.count, group_step.median, group_step.p90, group_step.within_target) == (
        3,
        6.0,
        16.0,
        2,
    )
    assert (director_step.count, director_step.median, director_step.p90, director_step.within_target) == (
        3,
        2.0,
        24.0,
        2,
    )


def test_a_step_sent_back_and_sent_again_counts_from_its_new_start(demo):
    """The requester's correcting time is not the approvers': each step runs from when it last
    began; a request kept before those moments falls back to the submission and the group decision."""
    PublicationRequest.objects.create(
        subject="ประกาศรับสมัครครูผู้ช่วย (แก้ไขแล้ว)",
        fiscal_year=2569,
        submitted_at=at(2026, 3, 9, 9),  # first sent Monday 09.00, sent back, sent again Tuesday 09.00
        group_started_at=at(2026, 3, 10, 9),
        group_decided_at=at(2026, 3, 10, 11),  # 2 h after the new submission, not 10
        office_started_at=at(2026, 3, 11, 9),  # the director sent it back too; sent again Wednesday
        office_decided_at=at(2026, 3, 11, 10),  # 1 h
    )
    PublicationRequest.objects.create(
        subject="ข่าวกิจกรรมวันครู",
        fiscal_year=2569,
        submitted_at=at(2026, 3, 9, 9),
        group_decided_at=at(2026, 3, 9, 13),  # 4 h from the submission (no start recorded)
        office_decided_at=at(2026, 3, 9, 16),  # 3 h from the group decision
    )
    group_step, director_step = kpis.turnaround(FY2569)
    assert (group_step.count, group_step.median, group_step.p90) == (2, 3.0, 4.0)
    assert (director_step.count, director_step.median, director_step.p90) == (2, 2.0, 3.0)


def test_ita_readiness_of_the_year(demo):
    from transparency import demo as ita_demo
    from transparency.models import ItaItem

    index = ita_demo.ensure_index(demo)
    ita_demo.assign_departments(demo, 2569)
    year_page = ita_demo.ensure_year_page(demo, index, 2569)
    items = list(ItaItem.objects.filter(fiscal_year=2569).order_by("pk"))
    ita_demo.item_page(demo, year_page, items[0], publish=True)
    ita_demo.item_page(demo, year_page, items[1], publish=True)
    ita_demo.item_page(demo, year_page, items[2], publish=False)
    ratio = kpis.ita_readiness(2569)
    assert (ratio.hits, ratio.total) == (2, len(items))


# --- Per group -----------------------------------------------------------------------------------


def test_figures_of_one_group_follow_the_tree_then_the_department_field(demo, make_news):
    personnel = demo.departments["personnel"]
    finance = demo.departments["finance-and-assets"]
    end = at(2026, 2, 10, 12)
    _timed(make_news, Kind.MEETING, end - H, end, end + H, "ข่าวในหน้ากลุ่มบุคคล", parent=personnel)
    _timed(make_news, Kind.MEETING, end - H, end, end + 5 * H, "ข่าวส่วนกลางของกลุ่มบุคคล", department=personnel)
    make_news("ข่าวกลุ่มการเงิน", published=end, department=finance)
    # Under the personnel page the tree wins over a department field naming another group.
    make_news("ข่าวในหน้ากลุ่มบุคคลที่ระบุกลุ่มอื่น", parent=personnel, published=end, department=finance)
    personnel_scope = kpis.Scope(FY2569.period, personnel)
    assert _counts(personnel_scope)[kpis.WEBSITE] == 3
    assert _counts(kpis.Scope(FY2569.period, finance))[kpis.WEBSITE] == 1
    assert _ratios(personnel_scope)["ข่าวสรุปผลการประชุม"] == (1, 2, 50.0)
    _checked(PublicationRequest.Verification.CORRECT, end, department=personnel)
    _checked(PublicationRequest.Verification.NEEDS_FIX, end, department=finance)
    assert kpis.accuracy(personnel_scope).percent == 100.0


def test_the_per_group_table_of_the_report(demo, make_news):
    from reports.report import build_report

    personnel = demo.departments["personnel"]
    end = at(2026, 2, 10, 12)
    _timed(make_news, Kind.MEETING, end - H, end, end + H, "ประชุมกลุ่มบุคคล", parent=personnel)
    _timed(make_news, Kind.MEETING, end - H, end, end + 4 * H, "ประชุมกลุ่มบุคคลล่าช้า", parent=personnel)
    make_news("ข่าวส่วนกลาง", published=end)  # outside every room, no field: the main group's
    _checked(PublicationRequest.Verification.CORRECT, end, department=personnel)
    rows = {row[0]: row[1:] for row in build_report(FY2569.period).table("groups").rows}
    assert rows["กลุ่มบริหารงานบุคคล"] == [2, 0, "1/2", "50.0%", "1/1", "100.0%"]
    assert rows["กลุ่มอำนวยการ"] == [1, 0, "0/0", "—", "0/0", "—"]
    assert rows["กลุ่มบริหารงานการเงินและสินทรัพย์"] == [0, 0, "0/0", "—", "0/0", "—"]
    only = build_report(FY2569.period, personnel).table("groups").rows
    assert only == [["กลุ่มบริหารงานบุคคล", 2, 0, "1/2", "50.0%", "1/1", "100.0%"]]


def test_items_that_are_not_pages_count_on_their_channel(demo, make_news):
    news = make_news("ข่าวสำนักงาน", published=at(2026, 1, 5))
    line_pr = LINE_PR()
    ChannelLog.objects.create(page=news, channel=line_pr, published_at=at(2026, 1, 5, 11))
    ChannelLog.objects.create(page=news, channel=line_pr, published_at=at(2026, 1, 6, 11))
    for title in ("ข่าวโรงเรียนวัดป่าบอน", "ข่าวโรงเรียนบ้านควนขนุน"):
        ChannelLog.objects.create(title=title, channel=line_pr, published_at=at(2026, 1, 7, 11))
    assert _counts(FY2569)[line_pr.pk] == 3
    assert kpis.channel_items_by_month(FY2569)[line_pr.pk] == {dt.date(2026, 1, 1): 3}
    # A channel retired before the period with no entries leaves the report; one with entries stays.
    RADIO().__class__.objects.filter(pk=RADIO().pk).update(active=False)
    line_pr.active = False
    line_pr.save()
    counts = _counts(FY2569)
    assert counts[line_pr.pk] == 3 and RADIO().pk not in counts


def test_working_hours_skip_thai_holidays_and_office_closures(demo):
    from publishing.models import OfficeClosure
    from reports.working_hours import calendar, working_hours

    # Tuesday 3 March 2026 is Makha Bucha: Monday 16.00 → Wednesday 09.00 is half an hour each side.
    closed = calendar(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert working_hours(at(2026, 3, 2, 16), at(2026, 3, 4, 9), closed) == 1.0
    OfficeClosure.objects.create(start_date=dt.date(2026, 3, 4), reason="วันหยุดราชการเพิ่มเป็นกรณีพิเศษ")
    closed = calendar(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert working_hours(at(2026, 3, 2, 16), at(2026, 3, 5, 9), closed) == 1.0
    assert working_hours(at(2026, 3, 5, 9), at(2026, 3, 2, 16), closed) == 0.0


# --- Relayed school news --------------------------------------------------------------------------


def _school(name):
    from network.models import MemberKind, MemberStatus, NetworkMember

    return NetworkMember.objects.get_or_create(
        name=name, defaults={"kind": MemberKind.SCHOOL, "status": MemberStatus.ACTIVE}
    )[0]


def _submission(page=None, status="used", school="โรงเรียนบ้านป่าบอน", title=None):
    from schoolnews.models import SchoolNewsLink, SchoolNewsSubmission

    member = _school(school)
    link = SchoolNewsLink.objects.get_or_create(member=member)[0]
    return SchoolNewsSubmission.objects.create(
        link=link,
        member=member,
        sender_name="นางสาวสุดารัตน์ ทองเนื้อดี",
        title=title or (page.title if page else "ข่าวที่ยังไม่ได้ใช้"),
        text="นักเรียนร่วมกิจกรรม",
        status=status,
        news_page=page,
    )


@pytest.fixture
def relayed(demo, newsroom, make_news):
    """School news of known fates around fiscal 2569 (Bangkok time):

    - October 2025: two made into news published on the website (one of the main group, one of the
      personnel group's room), one more relayed only on LINE (its page still a draft);
    - November 2025: one published in November but e-mailed in late October (counts in October: the
      first going out), one published on 1 November 00.00;
    - not counted: news published before the year, a draft nobody relayed, a new and a declined
      submission, a used one whose page was deleted, one published after the year.
    """
    personnel = demo.departments["personnel"]
    pr = demo.users["pr"]
    _submission(make_news("โรงเรียนบ้านป่าบอนจัดกีฬาสี", published=at(2025, 10, 1, 0)))
    _submission(
        make_news("โรงเรียนวัดควนขนุนแข่งขันทักษะวิชาการ", parent=personnel, published=at(2025, 10, 31, 23, 59)),
        school="โรงเรียนวัดควนขนุน",
    )
    line_only = _draft(newsroom, "โรงเรียนบ้านโหล๊ะจันกระทำบุญตักบาตร")
    ChannelLog.objects.create(
        page=line_only, channel=LINE_PR(), published_at=at(2025, 10, 15, 9), recorded_by=pr
    )
    _submission(line_only)
    mailed = make_news("โรงเรียนบ้านท่าแค ปลูกป่า", published=at(2025, 11, 5, 9))
    Delivery.objects.create(
        release=Release.objects.create(page=mailed, created_by=pr),
        email="media@example.com",
        name="สื่อ",
        status=DeliveryStatus.SENT,
        sent_at=at(2025, 10, 30, 16),
    )
    _submission(mailed)
    _submission(make_news("โรงเรียนบ้านนาวง ลอยกระทง", published=at(2025, 11, 1, 0)))
    _submission(make_news("ข่าวโรงเรียนปีงบประมาณก่อน", published=at(2025, 9, 30, 23, 59)))
    _submission(_draft(newsroom, "ร่างข่าวโรงเรียนที่ยังไม่เผยแพร่"))
    _submission(status="new", title="ข่าวใหม่ที่ยังไม่พิจารณา")
    _submission(status="declined", title="ข่าวที่ไม่นำไปใช้")
    _submission(status="used", title="ข่าวที่หน้าถูกลบแล้ว")
    _submission(make_news("ข่าวโรงเรียนปีงบประมาณถัดไป", published=at(2026, 10, 1, 0)))
    return personnel


def test_relayed_school_news_is_its_own_channel_figure(relayed):
    counts = _counts(FY2569)
    assert counts[kpis.SCHOOL_NEWS] == 5
    assert _counts(FY2570)[kpis.SCHOOL_NEWS] == 1
    assert _counts(kpis.Scope(report_period(2569, "12m"), relayed))[kpis.SCHOOL_NEWS] == 1


def test_relayed_school_news_per_month_counts_the_first_going_out(relayed):
    months = kpis.channel_items_by_month(FY2569)
    assert months[kpis.SCHOOL_NEWS] == {dt.date(2025, 10, 1): 4, dt.date(2025, 11, 1): 1}


def test_relayed_school_news_per_group_and_in_the_report_tables(relayed):
    from reports.report import build_report

    report = build_report(FY2569.period)
    groups = {row[0]: row[1:] for row in report.table("groups").rows}
    assert groups["กลุ่มบริหารงานบุคคล"][1] == 1
    assert groups["กลุ่มอำนวยการ"][1] == 4  # the PR officer's news index belongs to the main group
    channels = {row[0]: row[1] for row in report.table("channels").rows}
    assert channels[kpis.SCHOOL_NEWS_LABEL] == 5
    monthly = {row[0]: row[1:] for row in report.table("channels_by_month").rows}
    assert monthly[kpis.SCHOOL_NEWS_LABEL][:2] == [4, 1] and monthly[kpis.SCHOOL_NEWS_LABEL][-1] == 5
    # Already counted on the channels it went out on: not added again to the total of all channels.
    others = [row for label, row in monthly.items() if label not in (kpis.SCHOOL_NEWS_LABEL, "รวมทุกช่องทาง")]
    assert monthly["รวมทุกช่องทาง"][-1] == sum(row[-1] for row in others)
    only = build_report(FY2569.period, relayed)
    assert {row[0]: row[1] for row in only.table("channels").rows}[kpis.SCHOOL_NEWS_LABEL] == 1


def test_relayed_school_news_is_one_aggregate_query(relayed, django_assert_num_queries):
    scope = FY2569
    with django_assert_num_queries(1):
        assert kpis.relayed_school_news(scope).count() == 5
    with django_assert_num_queries(1):
        list(
            kpis.relayed_school_news(scope)
            .annotate(month=LocalMonth("relayed_at"))
            .values("month")
            .annotate(items=kpis.Count("pk"))
            .order_by()
        )


def test_turnaround_target_is_at_most_eight_working_hours_and_long_steps_keep_their_holidays(demo):
    """Within target means at most 8 working hours, to the second; a step begun months before the
    period counts every working day since (the calendar spans the steps, not a fixed window)."""
    from publishing.working_days import closed_days

    for decided in (at(2026, 3, 10, 8, 30), at(2026, 3, 10, 8, 31)):  # Mon 08.30 → Tue 08.30 / 08.31
        PublicationRequest.objects.create(
            subject="ข่าว", fiscal_year=2569, submitted_at=at(2026, 3, 9, 8, 30), group_decided_at=decided
        )
    group_step, _ = kpis.turnaround(FY2569)
    assert (group_step.count, group_step.within_target, group_step.median, group_step.p90) == (2, 1, 8.0, 8.0)

    PublicationRequest.objects.all().delete()
    began, ended = at(2025, 5, 1, 16, 30), at(2025, 10, 1, 8, 30)  # both ends outside office hours
    PublicationRequest.objects.create(
        subject="ข่าวที่ค้างนาน", fiscal_year=2568, submitted_at=began, group_decided_at=ended
    )
    first, last = dt.date(2025, 5, 2), dt.date(2025, 9, 30)
    closed = closed_days(first, last)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    working = sum(1 for day in days if day.weekday() < 5 and day not in closed)
    group_step, _ = kpis.turnaround(FY2569)  # decided on 1 October 2025: fiscal 2569
    assert group_step.count == 1
    assert group_step.median == 8.0 * working
