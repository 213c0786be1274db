"""Demo records behind the PR report: fiscal 2569 looks like seed 004's ผลการดำเนินงาน, 2570 is under way.

Seed 004 counts, for one year: จดหมายข่าว 198, เว็บไซต์ 198, facebook 198, หนังสือพิมพ์ 17, วิทยุ 32,
โทรทัศน์ 2, กลุ่มไลน์ 198 / 311 / 385 (the LINE PR and Family groups also relay schools' news, which
are not pages of the site). This tops the newsroom's demo news up to 198 live items in 2569 and
adds their channel log, clippings, publication requests with checks, and readers' ratings; then a
smaller, current 2570. Idempotent: the items are found by slug, the records by their demo note.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from feedback.models import Level, PageRating
from home.departments import attach_departments
from home.thai_dates import fiscal_year_of, fiscal_year_period
from network.demo import ensure_channels
from network.models import ChannelLog, CoverageClipping, MediaOutlet
from newsroom.models import NewsIndexPage, NewsPage
from newsroom.models.news import Stream
from newsroom.time_standards import Kind
from publishing.models import PublicationRequest, VerificationCheck

NOTE = "ข้อมูลตัวอย่างรายงานผลการดำเนินงาน"
SLUG = "pr-report-{year}-{n:03d}"
WEBSITE_2569 = 198
# Channel name -> items of 2569 (pages first, then other items such as schools' news).
# The newsletter's 198 are the items of the demo issues (``newsletter.demo``), not log entries.
SEED_004 = {
    "เพจ Facebook สพป.พัทลุง เขต 2": 198,
    "หนังสือพิมพ์": 17,
    "วิทยุ": 32,
    "โทรทัศน์": 2,
    "กลุ่ม LINE สพป.พัทลุง เขต 2": 198,
    "กลุ่ม LINE ประชาสัมพันธ์": 311,
    "กลุ่ม LINE Family": 385,
}
KINDS = [Kind.MEETING, Kind.INSPECTION, Kind.PRESS_CONFERENCE, Kind.ACTIVITY, Kind.GENERAL]
TOPICS = [
    "ประชุมผู้บริหารสถานศึกษาประจำเดือน",
    "ติดตามการจัดการเรียนการสอนโรงเรียนขนาดเล็ก",
    "แถลงข่าวผลการดำเนินงานตามนโยบายลดภาระครู",
    "ประกาศจัดกิจกรรมส่งเสริมการอ่าน",
    "มอบเกียรติบัตรครูดีเด่น",
    "ประชุมคณะกรรมการเขตพื้นที่การศึกษา",
    "ตรวจเยี่ยมโรงเรียนในพื้นที่อำเภอศรีนครินทร์",
    "ประกาศรับสมัครการแข่งขันทักษะวิชาการ",
]
SCHOOLS = ["โรงเรียนบ้านควนขนุน", "โรงเรียนวัดป่าบอน", "โรงเรียนบ้านโหล๊ะจันกระ", "โรงเรียนอนุบาลศรีนครินทร์"]


def load(ctx):
    news_index = NewsIndexPage.objects.first()
    if news_index is None:
        return
    channels = ensure_channels()
    today = timezone.localdate()
    period_2569 = fiscal_year_period(2569)
    items_2569 = _items(ctx, news_index, 2569, period_2569.start, period_2569.end, WEBSITE_2569)
    period_2570 = fiscal_year_period(2570)
    end_2570 = min(today - timedelta(days=1), period_2570.end)
    days_2570 = (end_2570 - period_2570.start).days
    items_2570 = _items(ctx, news_index, 2570, period_2570.start, end_2570, max(days_2570 // 3, 1))
    if ChannelLog.objects.filter(note=NOTE).exists():
        return  # records already loaded
    _channel_log(ctx, channels, items_2569, SEED_004)
    _channel_log(
        ctx, channels, items_2570, {name: len(items_2570) * count // 198 for name, count in SEED_004.items()}
    )
    _clippings(ctx, items_2569 + items_2570)
    _requests_and_checks(ctx, items_2569 + items_2570)
    _ratings(items_2569 + items_2570)
    ctx.log(f"reports: {len(items_2569)} demo items in 2569, {len(items_2570)} in 2570")


def _moment(day, hour):
    return datetime.combine(day, time(hour, 0), tzinfo=timezone.get_current_timezone())


def _items(ctx, news_index, year, first_day, last_day, wanted):
    """Top the year's live news up to ``wanted``, spread evenly over its days; all of them, in order."""
    start, end = fiscal_year_period(year).datetime_range()
    existing = NewsPage.objects.live().filter(first_published_at__gte=start, first_published_at__lt=end)
    missing = wanted - existing.count()
    departments = list(ctx.departments.values())
    span = (last_day - first_day).days
    for n in range(max(missing, 0)):
        day = first_day + timedelta(days=span * n // max(missing, 1))
        kind = KINDS[n % len(KINDS)]
        late = n % 8 == 0  # seven of eight on time: above the 80% target, not perfect
        event_end = _moment(day, 11)
        event_start = event_end - timedelta(hours=2)
        if kind == Kind.ACTIVITY:
            event_start = _moment(day + timedelta(days=2 if late else 5), 9)
            event_end = event_start + timedelta(hours=6)
            published = _moment(day, 10)
        elif kind == Kind.PRESS_CONFERENCE:
            published = event_start + timedelta(minutes=90 if late else 40)
        elif kind == Kind.INSPECTION:
            published = event_end + timedelta(hours=30 if late else 20)
        else:
            published = event_end + timedelta(hours=5 if late else 2)
        parent = news_index if n % 3 == 0 else departments[n % len(departments)]
        title = f"{TOPICS[n % len(TOPICS)]} ({n + 1})"
        page = NewsPage(
            title=title,
            slug=SLUG.format(year=year, n=n + 1),
            live=True,
            first_published_at=published,
            last_published_at=published,
            intro=f"{title} สพป.พัทลุง เขต 2",
            kind=kind,
            stream=Stream.POLICY if n % 2 == 0 else Stream.PROACTIVE,
            event_start=event_start if kind != Kind.GENERAL else None,
            event_end=event_end if kind != Kind.GENERAL else None,
        )
        parent.add_child(instance=page)
    return list(existing.order_by("first_published_at", "pk"))


def _channel_log(ctx, channels, items, counts):
    """Each channel's count: the year's items first, then schools' news that are not pages."""
    pr = ctx.users.get("pr")
    entries = []
    for name, count in counts.items():
        channel = channels[name]
        for item in items[:count]:
            entries.append(
                ChannelLog(
                    channel=channel,
                    page=item,
                    published_at=item.first_published_at + timedelta(hours=1),
                    note=NOTE,
                    recorded_by=pr,
                )
            )
        for n in range(max(count - len(items), 0)):
            item = items[n % len(items)]
            entries.append(
                ChannelLog(
                    channel=channel,
                    title=f"ข่าวกิจกรรม{SCHOOLS[n % len(SCHOOLS)]} ครั้งที่ {n + 1}",
                    published_at=item.first_published_at + timedelta(hours=3),
                    note=NOTE,
                    recorded_by=pr,
                )
            )
    ChannelLog.objects.bulk_create(entries)


def _clippings(ctx, items):
    outlet = MediaOutlet.objects.filter(kind="newspaper").first()
    if outlet is None:
        return
    policy = [item for item in items if item.stream == Stream.POLICY]
    CoverageClipping.objects.bulk_create(
        CoverageClipping(
            outlet=outlet,
            page=item,
            headline=item.title,
            published_on=(item.first_published_at + timedelta(days=1)).date(),
            page_number="หน้า 9",
            recorded_by=ctx.users.get("pr"),
        )
        for item in policy[::6]
    )


def _requests_and_checks(ctx, items):
    """One approved request per item with its step times; one check in twenty finds a fix needed."""
    editor, group_director, director = (
        ctx.users.get(name) for name in ("editor", "groupdirector", "director")
    )
    attach_departments(items)
    requests = []
    for n, item in enumerate(items):
        published = item.first_published_at
        approved = min(published, item.event_start or published) - timedelta(hours=4)
        requests.append(
            PublicationRequest(
                page=item,
                subject=item.title,
                department=item.owning_group,
                department_name=item.owning_group.title if item.owning_group else "",
                fiscal_year=fiscal_year_of(published),
                status=PublicationRequest.Status.PUBLISHED,
                requester=editor,
                requester_name=editor.display_name if editor else "",
                submitted_at=approved - timedelta(hours=3 + n % 10),
                group_director=group_director,
                group_decision=PublicationRequest.Decision.APPROVED,
                group_decided_at=approved - timedelta(hours=1 + n % 3),
                office_director=director,
                office_decision=PublicationRequest.Decision.APPROVED,
                office_decided_at=approved,
                published_at=published,
            )
        )
    created = PublicationRequest.objects.bulk_create(requests)
    VerificationCheck.objects.bulk_create(
        VerificationCheck(
            publication_request=request,
            checked_by=group_director,
            checked_by_name=group_director.display_name if group_director else "",
            checked_at=request.published_at + timedelta(days=1),
            result=VerificationCheck.Result.NEEDS_FIX if n % 20 == 0 else VerificationCheck.Result.CORRECT,
        )
        for n, request in enumerate(created)
    )


def _ratings(items):
    levels = [
        Level.VERY_HIGH,
        Level.HIGH,
        Level.VERY_HIGH,
        Level.HIGH,
        Level.MEDIUM,
        Level.VERY_HIGH,
        Level.HIGH,
    ]
    PageRating.objects.bulk_create(
        PageRating(
            page=item,
            level=levels[n % len(levels)],
            session_hash=f"demo-{n:058d}",
            created_at=item.first_published_at + timedelta(hours=5),
        )
        for n, item in enumerate(items)
    )
