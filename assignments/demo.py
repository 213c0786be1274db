"""Demo agenda and assignments for fiscal 2569 and 2570 (``manage.py load_demo_data``). Idempotent:
agenda items are found by their title.

Done items mirror the live news of the newsroom's and the report's demos that have a time standard
(the news written for them, linked); in 2570 some are pending, one is a draft written from its
assignment, one meeting ended two hours ago with nothing submitted and one activity is four days
away with no announcement live (both warn on the dashboard), and one item waits to be assigned.
No news page is published here, so the report's demo figures do not move.
"""

from datetime import timedelta

from django.utils import timezone

from assignments.models import AgendaItem, AgendaKind, Assignment
from assignments.write_news import write_news
from home.models import Person
from home.thai_dates import fiscal_year_period
from newsroom.models import NewsPage
from newsroom.time_standards import STANDARDS

DONE_PER_YEAR = {2569: 16, 2570: 6}
PLACE = "หอประชุม สพป.พัทลุง เขต 2"
# title, kind, start (hours from now), duration (hours), place, state: "draft", "assigned", "unassigned"
PENDING = [
    ("ประชุมคณะกรรมการติดตามการใช้งบประมาณ ไตรมาส 1/2570", AgendaKind.MEETING, -5, 3, PLACE, "assigned"),
    (
        "ประกาศจัดงานวันเด็กแห่งชาติ ประจำปี 2570",
        AgendaKind.ACTIVITY,
        4 * 24 - 1,
        6,
        "ลานกิจกรรม สพป.พัทลุง เขต 2",
        "assigned",
    ),
    ("ตรวจเยี่ยมโรงเรียนขนาดเล็กในพื้นที่อำเภอป่าบอน", AgendaKind.INSPECTION, 26, 5, "โรงเรียนบ้านป่าบอน", "draft"),
    ("แถลงข่าวผลการทดสอบ NT ปีการศึกษา 2569", AgendaKind.PRESS_CONFERENCE, 50, 1, PLACE, "assigned"),
    ("ประชุมผู้บริหารสถานศึกษา ครั้งที่ 3/2570", AgendaKind.MEETING, 7 * 24, 3, PLACE, "assigned"),
    (
        "ประกาศการแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่",
        AgendaKind.ACTIVITY,
        20 * 24,
        8,
        "โรงเรียนอนุบาลพัทลุง",
        "unassigned",
    ),
]
DEPARTMENT_WRITERS = {"general-administration": "editor", "personnel": "editor2"}


def load(ctx):
    executives = list(Person.objects.filter(is_executive=True).order_by("sort_order", "pk"))
    if not executives or ctx.site is None:
        return
    desk = ctx.users["pr"]
    counter = 0
    for year, wanted in DONE_PER_YEAR.items():
        start, end = fiscal_year_period(year).datetime_range()
        pages = (
            NewsPage.objects.live()
            .filter(kind__in=[kind.value for kind in STANDARDS], first_published_at__range=(start, end))
            .exclude(event_start=None)
            .exclude(event_end=None)
            .order_by("first_published_at", "pk")
        )
        chosen = list(pages)[:: max(pages.count() // wanted, 1)][:wanted]
        for page in chosen:
            executive = executives[counter % len(executives)]
            counter += 1
            item = _agenda_item(
                ctx,
                page.title,
                page.kind,
                page.event_start,
                page.event_end,
                page.event_location or PLACE,
                executive,
            )
            department = _department(ctx, page)
            assignee = ctx.users.get(DEPARTMENT_WRITERS.get(department.slug, ""), desk)
            _assign(ctx, item, assignee, department, desk, news_page=page)
    now = timezone.localtime(ctx.now).replace(second=0, microsecond=0)
    for n, (title, kind, hours, duration, place, state) in enumerate(PENDING):
        starts_at = now + timedelta(hours=hours)
        item = _agenda_item(
            ctx,
            title,
            kind,
            starts_at,
            starts_at + timedelta(hours=duration),
            place,
            executives[n % len(executives)],
        )
        if state == "unassigned":
            continue
        writer = ctx.users["editor"] if n % 2 == 0 else desk
        assignment = _assign(
            ctx, item, writer, ctx.departments["general-administration"], ctx.users["groupdirector"]
        )
        if state == "draft" and not assignment.news_page_id:
            write_news(assignment, writer)
    ctx.log(
        f"assignments: {AgendaItem.objects.count()} agenda items, {Assignment.objects.count()} assignments"
    )


def _agenda_item(ctx, title, kind, starts_at, ends_at, place, executive):
    item, created = AgendaItem.objects.get_or_create(
        site=ctx.site,
        title=title,
        defaults={
            "kind": kind,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "place": place,
            "executive": executive,
            "created_by": ctx.users["pr"],
        },
    )
    if created:
        # Entered in the week before the event, as the office's agenda is.
        AgendaItem.objects.filter(pk=item.pk).update(created_at=min(starts_at - timedelta(days=7), ctx.now))
        item.refresh_from_db()
    return item


def _assign(ctx, item, assignee, department, assigned_by, news_page=None):
    existing = Assignment.objects.filter(agenda_item=item).first()
    if existing:
        return existing
    return Assignment.objects.create(
        agenda_item=item,
        assignee=assignee,
        department=department,
        assigned_by=assigned_by,
        # Within the hour of the pick (002: assign within 1 hour).
        assigned_at=item.created_at + timedelta(minutes=25 + item.pk % 30),
        news_page=news_page,
        note="ถ่ายภาพผู้บริหารขณะกล่าวเปิด และสรุปประเด็นสำคัญ",
    )


def _department(ctx, page):
    from home.departments import department_for_page

    return department_for_page(page) or ctx.departments["general-administration"]
