"""Seed the benchmark database: the demo office, 10,000 news items over ten groups and three
fiscal years, 60 journal issues and the ITA item pages of two fiscal years.

Only for a database whose name contains "bench" (``make bench`` makes one): never the dev database.
Idempotent: it adds only what is missing.
"""

import itertools
from datetime import date, timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.demo import DemoContext
from home.management.commands.load_demo_data import DEFAULT_PASSWORD
from home.models import DepartmentPage
from home.thai_dates import fiscal_year_of, fiscal_year_period
from newsroom.demo import NEWS_TOPICS
from newsroom.models import JournalIndexPage, JournalIssuePage, NewsIndexPage, NewsPage
from newsroom.models.news import Product, Stream
from transparency.models import ItaItem, TransparencyIndexPage, TransparencyPage, TransparencyYearPage


class Command(BaseCommand):
    help = "Seed the benchmark database (refuses any database whose name lacks 'bench')."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000)
        parser.add_argument("--issues", type=int, default=60)

    def handle(self, *args, **options):
        name = str(settings.DATABASES["default"]["NAME"])
        if "bench" not in name:
            raise CommandError(
                f"Refusing to seed {name!r}: the benchmark database's name must contain 'bench'."
            )
        call_command("load_demo_data", allow_production=True, stdout=self.stdout)
        # Nothing is cached while seeding (no purge per page), and the search index is not updated
        # page by page: `manage.py update_index` builds it when a benchmark measures search.
        search = {
            name: {**backend, "AUTO_UPDATE": False}
            for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        # Nor is Wagtail's reference index: a bench news item references only its group page, and
        # the benchmark measures reading (its rows cost about half of each save in a profile).
        with (
            override_settings(PAGE_CACHE_ENABLED=False, WAGTAILSEARCH_BACKENDS=search),
            disable_reference_index_auto_update(),
            transaction.atomic(),
        ):
            self.news(options["news"])
            self.issues(options["issues"])
            self.ita()
        self.stdout.write(self.style.SUCCESS("benchmark database ready"))

    def news(self, target):
        index = NewsIndexPage.objects.get()
        departments = list(DepartmentPage.objects.order_by("path"))
        missing = target - NewsPage.objects.count()
        if missing <= 0:
            return
        # Three fiscal years up to today, spread evenly, newest last.
        start, _ = fiscal_year_period(fiscal_year_of(timezone.now()) - 2).datetime_range()
        step = (timezone.now() - start) / missing
        topics = itertools.cycle(NEWS_TOPICS)
        streams, products = itertools.cycle(Stream.values), itertools.cycle(Product.values)
        last = index.get_last_child()
        position = last._get_lastpos_in_path() if last else 0
        # Paths made here, not by add_child: the same tree, without a query for the last child each time.
        for number in range(missing):
            title, intro, _tags = next(topics)
            published = start + step * number
            path = NewsPage._get_path(index.path + "0000", index.depth + 1, position + number + 1)
            page = NewsPage(
                title=f"{title} ครั้งที่ {number + 1}",
                slug=f"bench-{number + 1}",
                path=path,
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}bench-{number + 1}/",
                live=True,
                first_published_at=published,
                last_published_at=published,
                intro=intro,
                stream=next(streams),
                product=next(products),
                department=departments[number % len(departments)],
                locale_id=index.locale_id,
            )
            page.save(clean=False)
            if number % 1000 == 999:
                self.stdout.write(f"news: {number + 1}/{missing}")
        NewsIndexPage.objects.filter(pk=index.pk).update(numchild=index.get_children().count())

    def issues(self, target):
        index = JournalIndexPage.objects.get()
        existing = JournalIssuePage.objects.count()
        for number in range(existing, target):
            month = date(2020, 1, 1) + timedelta(days=31 * number)
            index.add_child(
                instance=JournalIssuePage(
                    title=f"วารสารประชาสัมพันธ์ ฉบับที่ {number + 1}",
                    slug=f"bench-issue-{number + 1}",
                    volume=1 + number // 12,
                    number=1 + number % 12,
                    period_start=month.replace(day=1),
                    live=True,
                    first_published_at=timezone.now(),
                )
            )

    def ita(self):
        from transparency.demo import demo_fields, item_page

        ctx = DemoContext(password=DEFAULT_PASSWORD)
        index = TransparencyIndexPage.objects.get()
        for year_page in TransparencyYearPage.objects.child_of(index).order_by("-fiscal_year")[:2]:
            for item in ItaItem.objects.filter(fiscal_year=year_page.fiscal_year).order_by("sort_order"):
                if not TransparencyPage.objects.filter(item=item).exists():
                    item_page(ctx, year_page, item, **demo_fields(item))
