"""The demo report: fiscal 2569 reads like seed 004's ผลการดำเนินงาน, and 2570 is not empty."""

from io import StringIO

import pytest
from django.core.management import call_command

from reports.periods import report_period
from reports.report import build_report

pytestmark = pytest.mark.django_db


def test_the_demo_year_2569_reads_like_seed_004_and_2570_is_under_way():
    call_command("load_demo_data", stdout=StringIO())
    channels = dict(build_report(report_period(2569, "12m")).table("channels").rows)
    assert channels["เว็บไซต์"] == 198
    assert channels["จดหมายข่าว"] == 198  # the items of the twelve demo issues (newsletter.demo)
    assert channels["เพจ Facebook สพป.พัทลุง เขต 2 (2,450 คน)"] == 198
    assert channels["หนังสือพิมพ์"] == 17
    assert channels["วิทยุ"] == 32
    assert channels["โทรทัศน์"] == 2
    assert channels["กลุ่ม LINE สพป.พัทลุง เขต 2 (61 คน)"] == 198
    assert channels["กลุ่ม LINE ประชาสัมพันธ์ (240 คน)"] == 311
    assert channels["กลุ่ม LINE Family (410 คน)"] == 385
    report = build_report(report_period(2569, "12m"))
    verdicts = {ratio.label: ratio for ratio in report.kpis}
    assert all(ratio.total > 0 for ratio in verdicts.values())
    assert verdicts["รวมทุกชนิดข่าว"].meets_target
    assert verdicts["ตรวจสอบหลังเผยแพร่แล้วถูกต้องครบถ้วน"].meets_target
    assert verdicts["ผู้ใช้บริการพึงพอใจระดับมากถึงมากที่สุด"].meets_target
    current = dict(build_report(report_period(2570, "12m")).table("channels").rows)
    assert current["เว็บไซต์"] > 0 and current["เพจ Facebook สพป.พัทลุง เขต 2 (2,450 คน)"] > 0
