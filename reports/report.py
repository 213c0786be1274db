"""The PR report of a period (รายงานผลการดำเนินงานประชาสัมพันธ์ รอบ 6/12 เดือน), as tables.

One ``Report`` feeds the admin page, its charts, the XLSX workbook (one sheet per table) and the
``pr_report`` command, so the three never disagree.
"""

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Q, Subquery

from feedback.figures import combined, satisfaction_parts
from home.models import DepartmentPage
from home.thai_dates import fiscal_year_of, thai_month_year
from reports import kpis
from reports.ownership import owner_expression
from reports.periods import months_of
from reports.sources import NewsPage

SHEET_NAMES = {
    "kpis": "ตัวชี้วัด",
    "channels": "ช่องทาง",
    "channels_by_month": "ช่องทางรายเดือน",
    "timeliness": "มาตรฐานระยะเวลา",
    "print_pickup": "สื่อสิ่งพิมพ์",
    "satisfaction": "ความพึงพอใจ",
    "turnaround": "ระยะเวลาอนุมัติ",
    "groups": "รายกลุ่มงาน",
}


@dataclass
class Table:
    key: str
    title: str
    headings: list
    rows: list = field(default_factory=list)
    # Bars drawn under the table: (label, value, maximum, target percent or None).
    bars: list = field(default_factory=list)
    note: str = ""
    # The XLSX sheet's name (Excel allows 31 characters).
    sheet: str = ""

    def __post_init__(self):
        self.sheet = (self.sheet or SHEET_NAMES.get(self.key) or self.title)[:31]

    @property
    def chart(self):
        """The bars as (label, value, width in percent of the widest, target position in percent)."""
        rows = []
        for label, value, maximum, target in self.bars:
            width = round(value * 100 / maximum, 1) if maximum else 0
            rows.append((label, value, width, target))
        return rows


def _percent(value):
    return "—" if value is None else f"{value:.1f}%"


def _verdict(ratio):
    if ratio.meets_target is None:
        return "ยังไม่มีข้อมูล" if ratio.total == 0 else "—"
    return "ผ่านเป้าหมาย" if ratio.meets_target else "ต่ำกว่าเป้าหมาย"


def _ratio_row(ratio):
    target = "—" if ratio.target is None else f"{ratio.target:g}%"
    return [ratio.label, ratio.hits, ratio.total, _percent(ratio.percent), target, _verdict(ratio)]


RATIO_HEADINGS = ["ตัวชี้วัด", "ผ่าน", "ทั้งหมด", "ร้อยละ", "เป้าหมาย", "ผล"]


def _ratio_bars(ratios):
    return [(ratio.label, ratio.percent or 0, 100, ratio.target) for ratio in ratios]


@dataclass
class Report:
    period: object
    department: object = None
    tables: list = field(default_factory=list)
    kpis: list = field(default_factory=list)

    @property
    def fiscal_year(self):
        return fiscal_year_of(self.period.end)

    @property
    def title(self):
        return f"รายงานผลการดำเนินงานประชาสัมพันธ์ {self.period.label}"

    def table(self, key):
        return next(table for table in self.tables if table.key == key)


def _channels_table(rows):
    top = max((count for _, _, count in rows), default=0)
    return Table(
        "channels",
        "จำนวนข่าวที่เผยแพร่ตามช่องทาง",
        ["ช่องทาง", "จำนวนเรื่อง"],
        [[label, count] for _, label, count in rows],
        bars=[(label, count, top, None) for _, label, count in rows],
        note=(
            "นับเรื่องที่ไม่ซ้ำกันในแต่ละช่องทาง เว็บไซต์นับข่าวที่เผยแพร่ครั้งแรกในช่วงเวลานี้ · "
            "ข่าวจากโรงเรียนและหน่วยงานที่ส่งต่อ: ข่าวที่โรงเรียนหรือหน่วยงานในเครือข่ายส่งมา สำนักงานนำไปทำข่าว"
            "และเผยแพร่ในช่องทางใดช่องทางหนึ่งครั้งแรกในช่วงเวลานี้"
        ),
    )


def _monthly_table(scope, period, channel_rows):
    months = months_of(period)
    by_channel = kpis.channel_items_by_month(scope)
    rows, channels = [], []
    for key, label, _ in channel_rows:
        per_month = by_channel.get(key, {})
        counts = [per_month.get(month.first, 0) for month in months]
        row = [str(label), *counts, sum(counts)]
        rows.append(row)
        if key not in kpis.SUBSET_ROWS:
            channels.append(row)
    totals = [sum(row[index] for row in channels) for index in range(1, len(months) + 2)]
    website = by_channel[kpis.WEBSITE]
    top = max(website.values(), default=0)
    return Table(
        "channels_by_month",
        "จำนวนเรื่องรายเดือนตามช่องทาง",
        ["ช่องทาง", *[month.label for month in months], "รวม"],
        [*rows, ["รวมทุกช่องทาง", *totals]],
        bars=[(month.label, website.get(month.first, 0), top, None) for month in months],
        note=(
            "แผนภูมิแสดงจำนวนข่าวบนเว็บไซต์รายเดือน · ข่าวจากโรงเรียนและหน่วยงานที่ส่งต่อนับในเดือนที่เผยแพร่ครั้งแรก"
            " และนับรวมอยู่ในช่องทางที่เผยแพร่แล้ว จึงไม่รวมในแถวรวมทุกช่องทาง"
        ),
    )


def _ratio_table(key, title, ratios, note=""):
    return Table(
        key, title, RATIO_HEADINGS, [_ratio_row(r) for r in ratios], bars=_ratio_bars(ratios), note=note
    )


def _pickup_table(scope):
    months, total = kpis.print_pickup(scope)
    rows = [
        [thai_month_year(month), ratio.hits, ratio.total, _percent(ratio.percent)] for month, ratio in months
    ]
    rows.append(["รวม", total.hits, total.total, _percent(total.percent)])
    return (
        Table(
            "print_pickup",
            "ร้อยละของข่าวนโยบายที่สื่อสิ่งพิมพ์นำไปเผยแพร่ รายเดือน",
            ["เดือน", "สื่อนำไปเผยแพร่", "ข่าวนโยบาย", "ร้อยละ"],
            rows,
            bars=[(thai_month_year(month), ratio.percent or 0, 100, None) for month, ratio in months],
        ),
        total,
    )


def _turnaround_table(scope):
    steps = kpis.turnaround(scope)
    rows = [
        [
            step.label,
            step.count,
            "—" if step.median is None else step.median,
            "—" if step.p90 is None else step.p90,
            step.target_hours,
            _percent(step.ratio.percent),
        ]
        for step in steps
    ]
    return Table(
        "turnaround",
        "ระยะเวลาการอนุมัติ (ชั่วโมงทำการ)",
        ["ขั้นตอน", "จำนวน", "มัธยฐาน", "เปอร์เซ็นไทล์ที่ 90", "เป้าหมาย (ชม.)", "ร้อยละที่ทันเป้าหมาย"],
        rows,
        note="ชั่วโมงทำการ 08.30–16.30 น. วันจันทร์–ศุกร์; เป้าหมายขั้นละ 1 วันทำการ (8 ชั่วโมงทำการ)",
    )


def _groups_table(scope):
    """Per internal group: website items, relayed school news, timeliness and accuracy, one grouped
    query each."""
    departments = DepartmentPage.objects.order_by("path").values_list("pk", "title")
    if scope.department is not None:
        departments = departments.filter(pk=scope.department.pk)
    owner = owner_expression(kpis.main_department_id())
    news = (
        kpis.website_news(scope)
        .annotate(owning_group=owner)
        .values("owning_group")
        .annotate(items=Count("pk"))
        .order_by()
    )
    items = {row["owning_group"]: row["items"] for row in news}
    timed = (
        kpis.timed_news(scope)
        .annotate(owning_group=owner)
        .values("owning_group")
        .annotate(total=Count("pk"), hits=Count("pk", filter=Q(on_time=True)))
        .order_by()
    )
    timely = {row["owning_group"]: row for row in timed}
    checks = (
        kpis.checks_of(scope)
        .values("publication_request__department")
        .annotate(total=Count("pk"), hits=Count("pk", filter=kpis.CORRECT))
        .order_by()
    )
    checked = {row["publication_request__department"]: row for row in checks}
    school_news_owner = Subquery(
        NewsPage.objects.filter(pk=OuterRef("news_page"))
        .annotate(owning_group=owner)
        .values("owning_group")[:1]
    )
    school_news = (
        kpis.relayed_school_news(scope)
        .annotate(owning_group=school_news_owner)
        .values("owning_group")
        .annotate(items=Count("pk"))
        .order_by()
    )
    relayed = {row["owning_group"]: row["items"] for row in school_news}
    empty = {"hits": 0, "total": 0}
    rows = []
    for pk, title in departments:
        on_time = kpis.Ratio("", timely.get(pk, empty)["hits"], timely.get(pk, empty)["total"])
        correct = kpis.Ratio("", checked.get(pk, empty)["hits"], checked.get(pk, empty)["total"])
        rows.append(
            [
                title,
                items.get(pk, 0),
                relayed.get(pk, 0),
                f"{on_time.hits}/{on_time.total}",
                _percent(on_time.percent),
                f"{correct.hits}/{correct.total}",
                _percent(correct.percent),
            ]
        )
    return Table(
        "groups",
        "ผลการดำเนินงานรายกลุ่มงาน",
        [
            "กลุ่มงาน",
            "ข่าวบนเว็บไซต์",
            "ข่าวจากโรงเรียนที่ส่งต่อ",
            "ทันมาตรฐานเวลา",
            "ร้อยละ",
            "ถูกต้องหลังตรวจสอบ",
            "ร้อยละ",
        ],
        rows,
    )


def build_report(period, department=None):
    """The whole report of ``period``; ``department`` (a DepartmentPage) narrows it to one group."""
    scope = kpis.Scope(period, department)
    report = Report(period=period, department=department)
    timeliness = kpis.timeliness(scope)
    notice = kpis.network_notice(scope)
    accuracy = kpis.accuracy(scope)
    ita = kpis.ita_readiness(report.fiscal_year, department)
    pickup_table, pickup = _pickup_table(scope)
    channel_rows = kpis.channel_items(scope)
    satisfaction_sources = satisfaction_parts(scope)
    satisfaction = combined(satisfaction_sources)
    report.kpis = [timeliness[-1], notice, pickup, accuracy, satisfaction, ita]
    report.tables = [
        _ratio_table("kpis", "ตัวชี้วัดเทียบกับเป้าหมาย", report.kpis),
        _channels_table(channel_rows),
        _monthly_table(scope, period, channel_rows),
        _ratio_table(
            "timeliness",
            "ข่าวที่เผยแพร่ทันตามมาตรฐานระยะเวลา แยกตามชนิดข่าว",
            timeliness,
            note=(
                "ประชุม: ภายใน 3 ชม. หลังเลิกประชุม · ตรวจราชการ: ภายใน 24 ชม. หลังเสร็จสิ้น · "
                "แถลงข่าว: อนุมัติก่อนเริ่มอย่างน้อย 3 ชม. และเผยแพร่ภายใน 1 ชม. หลังเริ่ม · "
                "ประกาศกิจกรรม: ล่วงหน้าอย่างน้อย 3 วัน"
            ),
        ),
        pickup_table,
        _ratio_table(
            "satisfaction",
            "ความพึงพอใจของผู้ใช้บริการ (ระดับมากถึงมากที่สุด)",
            [*satisfaction_sources, satisfaction],
            note=(
                "ตัวชี้วัดนับรวมทุกคำตอบ: ความพึงพอใจท้ายหน้าเว็บ (หนึ่งคำตอบต่อหน้าต่อผู้เข้าชม) และทุกข้อคำถาม"
                "แบบ 5 ระดับในแบบสำรวจความพึงพอใจ (หนึ่งข้อเป็นหนึ่งคำตอบ); รายงานรายกลุ่มงานนับเฉพาะความพึงพอใจต่อข่าวของกลุ่ม"
            ),
        ),
        _turnaround_table(scope),
        _groups_table(scope),
    ]
    return report
