"""The office's PR figures (seeds 000, 003, 004), each one computed by aggregation in the database.

Every function takes a ``Scope`` (the period and, optionally, one internal group) and returns plain
values; ``reports.report`` lays them out as tables. The rules of each figure are in its docstring;
the tests in ``tests/reports/`` pin them down with exact numbers and boundaries.
"""

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from home.departments import owned_by_q
from home.models import OfficeSettings
from home.thai_dates import Period
from network.models import Channel, ChannelLog, CoverageClipping, Delivery, DeliveryStatus
from newsletter.figures import newsletter_items, newsletter_items_by_month
from newsletter.models import NewsletterIssuePage
from reports.sources import STANDARDS, Kind, NewsPage, PublicationRequest, Stream, VerificationCheck
from reports.sql import EpochSeconds, LocalMonth
from reports.working_hours import WORKING_DAY_HOURS, calendar
from schoolnews.models import SchoolNewsSubmission

TIMELINESS_TARGET = 80
NOTICE_TARGET = 80
ACCURACY_TARGET = 90
# 002 §5.1: the group director's check and the director's approval each within one working day.
STEP_TARGET_HOURS = WORKING_DAY_HOURS
# A press release must be approved at least this long before the conference starts (003).
PRESS_APPROVAL_LEAD = dt.timedelta(hours=3)
# An activity is announced to the network at least this long before it starts (000 ผลผลิต 2).
NOTICE_LEAD = dt.timedelta(days=3)


def main_department_id():
    """The office's main group, owner of pages outside every group's room (``home.departments``)."""
    return (
        OfficeSettings.objects.exclude(main_department=None)
        .values_list("main_department_id", flat=True)
        .first()
    )


@dataclass(frozen=True)
class Scope:
    """The period of a report and, optionally, the one internal group (a DepartmentPage) it covers."""

    period: Period
    department: object = None

    @cached_property
    def range(self):
        return self.period.datetime_range()

    def owned(self, department=None, main_id=None, rooms=None):
        """The filter of the news ``department`` (default: the scope's) owns, by ``home.departments``' rule."""
        return owned_by_q(department or self.department, main_id or main_department_id(), rooms)


@dataclass
class Ratio:
    """``hits`` of ``total`` against a target percentage."""

    label: str
    hits: int
    total: int
    target: float | None = None

    @property
    def percent(self):
        return round(self.hits * 100 / self.total, 1) if self.total else None

    @property
    def meets_target(self):
        if self.target is None or self.percent is None:
            return None
        return self.percent >= self.target


def for_department(queryset, scope, page_lookup=None):
    """``queryset`` narrowed to the scope's group: news pages directly, other records by their page."""
    if scope.department is None:
        return queryset
    if page_lookup is None:
        return queryset.filter(scope.owned())
    return queryset.filter(**{f"{page_lookup}__in": NewsPage.objects.filter(scope.owned()).values("pk")})


# --- Items per channel -------------------------------------------------------------------------


def website_news(scope):
    """Live news first published in the period (the website's count)."""
    start, end = scope.range
    news = NewsPage.objects.live().filter(first_published_at__gte=start, first_published_at__lt=end)
    return for_department(news, scope)


def _email_deliveries(scope):
    """Releases sent in the period; a newsletter issue sent by e-mail counts in its own channel."""
    start, end = scope.range
    sent = Delivery.objects.filter(status=DeliveryStatus.SENT, sent_at__gte=start, sent_at__lt=end).exclude(
        release__page__content_type=ContentType.objects.get_for_model(NewsletterIssuePage)
    )
    return for_department(sent, scope, "release__page")


def _channel_logs(scope):
    start, end = scope.range
    logs = ChannelLog.objects.filter(published_at__gte=start, published_at__lt=end)
    return for_department(logs, scope, "page")


WEBSITE = "website"
EMAIL = "email"
SCHOOL_NEWS = "school_news"
NEWSLETTER = "newsletter"
OWN_CHANNELS = [(WEBSITE, "เว็บไซต์"), (EMAIL, "อีเมลถึงเครือข่าย (ข่าวแจก)"), (NEWSLETTER, "จดหมายข่าว")]
SCHOOL_NEWS_LABEL = "ข่าวจากโรงเรียนและหน่วยงานที่ส่งต่อ"
# Rows that count items already counted on the channels they went out on: not added to a total.
SUBSET_ROWS = {SCHOOL_NEWS}

# Items on a logged channel: distinct pages, plus each entry about something that is not a page.
_LOGGED_ITEMS = Count("page", distinct=True) + Count("pk", filter=Q(page__isnull=True))


def _channels_with_logs(scope):
    """The office's channels (``network.Channel``), active or with entries in the period."""
    logged = _channel_logs(scope).values("channel").annotate(items=_LOGGED_ITEMS).order_by()
    counts = {row["channel"]: row["items"] for row in logged}
    channels = Channel.objects.filter(Q(active=True) | Q(pk__in=list(counts)))
    return [(channel, counts.get(channel.pk, 0)) for channel in channels]


def relayed_school_news(scope):
    """News sent in by schools and units (``schoolnews``) that the office made into news and relayed,
    counted in the period of its first going out (``SchoolNewsSubmission.objects.relayed``); a
    group's report counts the news its group owns, like every other figure."""
    start, end = scope.range
    relayed = SchoolNewsSubmission.objects.relayed().filter(relayed_at__gte=start, relayed_at__lt=end)
    return for_department(relayed, scope, "news_page")


def channel_label(channel):
    return f"{channel.name} ({channel.members:,} คน)" if channel.members else channel.name


def channel_items(scope):
    """``[(key, label, items)]``: distinct items that went out on each channel in the period.

    The website counts live news first published in the period, e-mail the pages with a delivery
    sent in the period, every office channel its log (an item posted twice counts once; an entry
    about something that is not a page of the site is one item).
    """
    website = website_news(scope).count()
    email = _email_deliveries(scope).values("release__page").distinct().count()
    rows = [(WEBSITE, OWN_CHANNELS[0][1], website), (EMAIL, OWN_CHANNELS[1][1], email)]
    rows.append((NEWSLETTER, OWN_CHANNELS[2][1], newsletter_items(scope)))
    rows += [(channel.pk, channel_label(channel), items) for channel, items in _channels_with_logs(scope)]
    rows.append((SCHOOL_NEWS, SCHOOL_NEWS_LABEL, relayed_school_news(scope).count()))
    return rows


def channel_items_by_month(scope):
    """``{channel key: {first day of month: items}}``: website, e-mail, the newsletter, every logged
    channel and the
    relayed school news."""
    by_channel = {WEBSITE: {}, EMAIL: {}, NEWSLETTER: {}, SCHOOL_NEWS: {}}
    website = (
        website_news(scope)
        .annotate(month=LocalMonth("first_published_at"))
        .values("month")
        .annotate(items=Count("pk"))
        .order_by()
    )
    for row in website:
        by_channel[WEBSITE][row["month"]] = row["items"]
    email = (
        _email_deliveries(scope)
        .annotate(month=LocalMonth("sent_at"))
        .values("month")
        .annotate(items=Count("release__page", distinct=True))
        .order_by()
    )
    for row in email:
        by_channel[EMAIL][row["month"]] = row["items"]
    for month, items in newsletter_items_by_month(scope).items():
        by_channel[NEWSLETTER][month] = items
    logged = (
        _channel_logs(scope)
        .annotate(month=LocalMonth("published_at"))
        .values("channel", "month")
        .annotate(items=_LOGGED_ITEMS)
        .order_by()
    )
    for row in logged:
        by_channel.setdefault(row["channel"], {})[row["month"]] = row["items"]
    relayed = (
        relayed_school_news(scope)
        .annotate(month=LocalMonth("relayed_at"))
        .values("month")
        .annotate(items=Count("pk"))
        .order_by()
    )
    for row in relayed:
        by_channel[SCHOOL_NEWS][row["month"]] = row["items"]
    return by_channel


# --- Timeliness ---------------------------------------------------------------------------------


def _deadline():
    """Each kind's deadline as one SQL expression of whole seconds since 1970
    (``newsroom.time_standards.STANDARDS``; ``reports.sql`` for why not datetime arithmetic)."""
    whens = []
    for kind, (anchor, offset) in STANDARDS.items():
        moment = "event_end" if anchor == "end" else "event_start"
        seconds = int(offset.total_seconds())
        whens.append(When(kind=kind, then=EpochSeconds(F(moment)) + Value(seconds)))
    return Case(*whens, default=Value(None), output_field=BigIntegerField())


def _epoch(moment):
    return int(moment.timestamp())


def _press_release_approved_early():
    """Press conferences also need the director's approval at least three hours before they start."""
    approvals = PublicationRequest.objects.annotate(decided=EpochSeconds("office_decided_at")).filter(
        page=OuterRef("pk"),
        office_decision=PublicationRequest.Decision.APPROVED,
        decided__lte=EpochSeconds(OuterRef("event_start")) - int(PRESS_APPROVAL_LEAD.total_seconds()),
    )
    return Exists(approvals)


def timed_news(scope):
    """News with a time standard whose event starts in the period and whose outcome is known.

    An item is counted once it is published, or once its deadline has passed without publication
    (then it is late); an item still before its deadline is not counted yet. The event's start (in
    Bangkok) places it in a period, so a meeting from 30 September 22.00 to 1 October 01.00 belongs
    to the fiscal year that ends on 30 September.
    """
    start, end = scope.range
    news = NewsPage.objects.filter(
        kind__in=list(STANDARDS), event_start__gte=start, event_start__lt=end, event_end__isnull=False
    ).annotate(
        deadline=_deadline(),
        published=EpochSeconds("first_published_at"),
        approved_early=_press_release_approved_early(),
    )
    news = news.filter(Q(first_published_at__isnull=False) | Q(deadline__lt=_epoch(timezone.now())))
    on_time = Q(published__lte=F("deadline")) & (~Q(kind=Kind.PRESS_CONFERENCE) | Q(approved_early=True))
    return for_department(news, scope).annotate(
        on_time=Case(When(on_time, then=Value(True)), default=Value(False), output_field=BooleanField())
    )


def timeliness(scope):
    """``[Ratio per kind] + [Ratio for all kinds]``: the share published within its standard."""
    rows = (
        timed_news(scope).values("kind").annotate(total=Count("pk"), hits=Count("pk", filter=Q(on_time=True)))
    )
    by_kind = {row["kind"]: row for row in rows.order_by()}
    ratios = []
    for kind in STANDARDS:
        row = by_kind.get(kind, {"hits": 0, "total": 0})
        ratios.append(Ratio(Kind(kind).label, row["hits"], row["total"], TIMELINESS_TARGET))
    ratios.append(
        Ratio(
            "รวมทุกชนิดข่าว",
            sum(r.hits for r in ratios),
            sum(r.total for r in ratios),
            TIMELINESS_TARGET,
        )
    )
    return ratios


# --- Network notice and print pick-up ----------------------------------------------------------


def network_notice(scope):
    """Activities starting in the period announced to the network at least three days before.

    Announced means an e-mail delivery of the page sent, or a channel-log entry for it, no later
    than three days before the start. Counted once that moment has passed.
    """
    start, end = scope.range
    lead_time = EpochSeconds(OuterRef("event_start")) - int(NOTICE_LEAD.total_seconds())
    mailed = Delivery.objects.annotate(sent=EpochSeconds("sent_at")).filter(
        release__page=OuterRef("pk"), status=DeliveryStatus.SENT, sent__lte=lead_time
    )
    logged = ChannelLog.objects.annotate(posted=EpochSeconds("published_at")).filter(
        page=OuterRef("pk"), posted__lte=lead_time
    )
    activities = NewsPage.objects.filter(
        kind=Kind.ACTIVITY,
        event_start__gte=start,
        event_start__lt=end,
        event_start__lte=timezone.now() + NOTICE_LEAD,
    )
    counts = (
        for_department(activities, scope)
        .annotate(announced=Exists(mailed) | Exists(logged))
        .aggregate(total=Count("pk"), hits=Count("pk", filter=Q(announced=True)))
    )
    return Ratio("ประกาศกิจกรรมถึงเครือข่ายล่วงหน้าอย่างน้อย 3 วัน", counts["hits"], counts["total"], NOTICE_TARGET)


def print_pickup(scope):
    """``(rows, total)``: policy news published per month and how many a newspaper picked up.

    Each row is ``(month first day, Ratio)``; picked up means at least one clipping of the page.
    """
    clipped = CoverageClipping.objects.filter(page=OuterRef("pk"))
    rows = (
        website_news(scope)
        .filter(stream=Stream.POLICY)
        .annotate(month=LocalMonth("first_published_at"), clipped=Exists(clipped))
        .values("month")
        .annotate(total=Count("pk"), hits=Count("pk", filter=Q(clipped=True)))
        .order_by("month")
    )
    months = [(row["month"], Ratio("", row["hits"], row["total"])) for row in rows]
    total = Ratio(
        "ข่าวนโยบายที่สื่อสิ่งพิมพ์นำไปเผยแพร่",
        sum(ratio.hits for _, ratio in months),
        sum(ratio.total for _, ratio in months),
    )
    return months, total


# --- Accuracy, turnaround ----------------------------------------------------------------------


def requests_of(scope):
    requests = PublicationRequest.objects.all()
    if scope.department is not None:
        requests = requests.filter(department=scope.department)
    return requests


def checks_of(scope):
    """Post-publication checks recorded in the period (every check of the history counts once)."""
    start, end = scope.range
    checks = VerificationCheck.objects.filter(checked_at__gte=start, checked_at__lt=end)
    if scope.department is not None:
        checks = checks.filter(publication_request__department=scope.department)
    return checks


CORRECT = Q(result=VerificationCheck.Result.CORRECT)


def accuracy(scope):
    """The share of post-publication checks in the period that found the page correct (target 90%).

    A page found "ต้องแก้ไข" and correct after its fix counts two checks, one of them correct.
    """
    counts = checks_of(scope).aggregate(total=Count("pk"), hits=Count("pk", filter=CORRECT))
    return Ratio("ตรวจสอบหลังเผยแพร่แล้วถูกต้องครบถ้วน", counts["hits"], counts["total"], ACCURACY_TARGET)


@dataclass
class StepTimes:
    label: str
    count: int
    median: float | None
    p90: float | None
    within_target: int
    target_hours: float = STEP_TARGET_HOURS

    @property
    def ratio(self):
        return Ratio(self.label, self.within_target, self.count)


def turnaround(scope):
    """Working hours of the two approval steps decided in the period: median and 90th percentile.

    Each step runs from the moment it last began to its decision, as the publication request copies
    them from the workflow's task states: a request sent back for changes and sent again starts the
    step anew, so the time the requester spent correcting is not the approver's. Requests recorded
    before those moments were kept count from the submission (group step) and from the group
    director's decision (office step). The database does all of it (``reports.working_hours``): one
    query for the dates the steps span (the calendar's range), then one per step.
    """
    start, end = scope.range
    requests = (
        requests_of(scope)
        .order_by()
        .annotate(
            group_from=Coalesce("group_started_at", "submitted_at"),
            office_from=Coalesce("office_started_at", "group_decided_at"),
        )
    )
    group_q = Q(group_decided_at__gte=start, group_decided_at__lt=end)
    director_q = Q(office_decided_at__gte=start, office_decided_at__lt=end, office_from__isnull=False)
    bounds = requests.aggregate(
        group_first=Min("group_from", filter=group_q),
        group_last=Max("group_from", filter=group_q),
        director_first=Min("office_from", filter=director_q),
        director_last=Max("office_from", filter=director_q),
    )
    dates = [scope.period.start, scope.period.end]
    dates += [timezone.localtime(moment).date() for moment in bounds.values() if moment is not None]
    office_calendar = calendar(min(dates), max(dates))
    steps = [
        (
            "ผอ.กลุ่มตรวจสอบ (นับจากเสนอ ผอ.กลุ่ม ครั้งล่าสุด)",
            requests.filter(group_q).values_list("group_from", "group_decided_at"),
        ),
        (
            "ผอ.สพท. อนุมัติ (นับจากเสนอ ผอ.สพท. ครั้งล่าสุด)",
            requests.filter(director_q).values_list("office_from", "office_decided_at"),
        ),
    ]
    times = []
    for label, pairs in steps:
        figures = office_calendar.step_figures(pairs, STEP_TARGET_HOURS)
        times.append(StepTimes(label, figures.count, figures.median, figures.p90, figures.within_target))
    return times


# --- ITA readiness -------------------------------------------------------------------------------


def ita_readiness(fiscal_year, department=None):
    """The year's ITA items whose page is live (``transparency``'s readiness, as one aggregate)."""
    from transparency.models import ItaItem, TransparencyPage

    items = ItaItem.objects.filter(fiscal_year=fiscal_year)
    if department is not None:
        items = items.filter(department=department)
    live_page = TransparencyPage.objects.live().filter(item=OuterRef("pk"))
    counts = items.annotate(ready=Exists(live_page)).aggregate(
        total=Count("pk"), hits=Count("pk", filter=Q(ready=True))
    )
    return Ratio(f"ข้อการประเมิน ITA ปีงบประมาณ {fiscal_year} ที่เผยแพร่แล้ว", counts["hits"], counts["total"], 100)
