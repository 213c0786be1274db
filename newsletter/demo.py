"""Demo newsletter: ``/newsletter/`` and one issue a month, each carrying the live news of its month.

Runs after the reports' demo, which tops fiscal 2569 up to seed 004's 198 news items: the twelve
issues of 2569 carry all of them, so the report's newsletter channel reads 198 like seed 004; 2570
gets an issue for each month already over (October and November 2569 on 1 December 2569).
Idempotent: issues are found by their slug (``<BE year>-<month>``).
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from home.thai_dates import fiscal_year_period, thai_month_year
from newsletter.models import NewsletterIssuePage, NewsletterItem
from newsletter.prefill import news_between
from newsletter.skeleton import ensure_index

FIRST_FISCAL_YEAR = 2569
# Volume 1 was fiscal 2567.
FIRST_VOLUME_YEAR = 2567
EDITORIALS = [
    "ฉบับนี้รวบรวมข่าวการประชุม การตรวจเยี่ยมโรงเรียน และกิจกรรมเด่นของสำนักงานตลอดเดือนที่ผ่านมา",
    "ขอบคุณโรงเรียนและภาคีเครือข่ายที่ร่วมส่งข่าวกิจกรรม ติดตามข่าวสารของสำนักงานได้ทุกวันทางเว็บไซต์",
]


def load(ctx):
    index = ensure_index(ctx.home_page, user=ctx.users.get("admin"))
    today = timezone.localdate()
    made = 0
    for fiscal_year in (FIRST_FISCAL_YEAR, FIRST_FISCAL_YEAR + 1):
        for number, first in enumerate(_months(fiscal_year), start=1):
            last = _last_day(first)
            if last >= today:
                break
            made += _issue(ctx, index, fiscal_year, number, first, last)
    ctx.log(f"newsletter: {made} new issues, {NewsletterIssuePage.objects.count()} in all")


def _months(fiscal_year):
    first = fiscal_year_period(fiscal_year).start
    for offset in range(12):
        year, month = first.year + (first.month - 1 + offset) // 12, (first.month - 1 + offset) % 12 + 1
        yield date(year, month, 1)


def _last_day(first):
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _issue(ctx, index, fiscal_year, number, first, last):
    slug = f"{first.year + 543}-{first.month:02d}"
    if index.get_children().filter(slug=slug).exists():
        return 0
    volume = fiscal_year - FIRST_VOLUME_YEAR + 1
    month = thai_month_year(first)
    page = NewsletterIssuePage(
        title=f"จดหมายข่าว ปีที่ {volume} ฉบับที่ {number} ประจำเดือน{month}",
        slug=slug,
        volume=volume,
        number=number,
        issue_date=last,
        period_start=first,
        period_end=last,
        editorial=EDITORIALS[number % len(EDITORIALS)],
        cover_image=ctx.image(f"ภาพปกจดหมายข่าว {month}", f"Newsletter {slug}", seed=number, size=(1200, 600)),
        owner=ctx.users.get("pr"),
    )
    for order, news in enumerate(news_between(first, last)):
        page.items.add(NewsletterItem(news=news, sort_order=order))
    index.add_child(instance=page)
    page.save_revision(user=ctx.users.get("pr"), log_action=False).publish(log_action=False)
    # Out on the evening of the month's last day, in the fiscal year of its news.
    moment = datetime.combine(last, time(23, 59), tzinfo=timezone.get_current_timezone())
    NewsletterIssuePage.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)
    return 1
