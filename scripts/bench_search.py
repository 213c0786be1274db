"""Benchmark of the public search: seed Thai news pages, build the index, time /search/ requests.

    .venv/bin/python scripts/bench_search.py                 # 10,000 pages, SQLite file in /tmp
    .venv/bin/python scripts/bench_search.py --keep          # reuse the seeded file, measure again
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python scripts/bench_search.py
    .venv/bin/python scripts/bench_search.py --pages 2000 --requests 100 --profile

Not a test: it prints the seeding and indexing times, the index size, and p50/p95 of search
requests through Django's test client (the whole view: form, query, filters, excerpts, template),
first with the page cache bypassed (every request searches), then with it on (primed once per URL).
With SQLite it uses ``/tmp/esao-bench.sqlite3``, never the project's database; a ``DATABASE_URL``
must name a database whose name contains "bench", which it creates (tables) and fills.
``--profile`` prints cProfile's top functions over the uncached requests.
"""

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUBJECTS = [
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
    "รองผู้อำนวยการ",
    "ศึกษานิเทศก์",
    "คณะครูโรงเรียนบ้านนา",
    "กลุ่มส่งเสริมการจัดการศึกษา",
    "คณะกรรมการสถานศึกษาขั้นพื้นฐาน",
    "นักเรียนชั้นประถมศึกษาปีที่ 6",
    "ผอ.สพป.พัทลุง เขต 2",
    "เจ้าหน้าที่กลุ่มบริหารงานการเงินและสินทรัพย์",
]
ACTIONS = [
    "ประชุมคณะกรรมการติดตามการใช้งบประมาณ",
    "ลงพื้นที่นิเทศติดตามการจัดการเรียนรู้",
    "จัดอบรมเชิงปฏิบัติการการใช้ Google Classroom",
    "มอบทุนการศึกษาแก่นักเรียนที่ขาดแคลน",
    "ตรวจเยี่ยมโครงการอาหารกลางวัน",
    "ร่วมพิธีเปิดงานสัปดาห์วิทยาศาสตร์",
    "ประเมินคุณภาพการศึกษาภายในสถานศึกษา",
    "ขับเคลื่อนหลักสูตรฐานสมรรถนะ",
    "แข่งขันทักษะวิชาการระดับเขตพื้นที่",
    "ประชุมผู้ปกครองประจำภาคเรียน",
    "รับสมัครนักเรียนปีการศึกษา ๒๕๖๙",
    "คัดเลือกครูดีเด่นประจำปี",
]
PLACES = ["ณ ห้องประชุมสำนักงาน", "ณ โรงเรียนบ้านควนขนุน", "ผ่านระบบ Zoom", "ณ หอประชุมอำเภอ", "ณ ศูนย์การเรียนรู้"]
QUERIES = [
    "ประชุม",
    "โรงเรียน",
    "ผู้อำนวยการ",
    "ผอ.",
    "สพป.",
    "งบประมาณ ๒๕๖๙",
    "Google Classroom",
    "นิเทศติดตาม",
    "ทุนการศึกษา",
    "หลักสูตรฐานสมรรถนะ",
    "วิทยาศาสตร์",
    "ประชุมผู้ปกครอง",
    "ครูดีเด่น",
    "ผู่อำนวยการ",  # one wrong tone mark: the fuzzy retry
]


def sentence(rng):
    return f"{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)} {rng.choice(PLACES)}"


def percentile(sorted_values, share):
    return sorted_values[max(0, round(len(sorted_values) * share) - 1)]


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="reuse the seeded SQLite file if it exists")
    parser.add_argument("--reindex", action="store_true", help="rebuild the index even if it is complete")
    parser.add_argument("--profile", action="store_true", help="cProfile the uncached requests")
    parser.add_argument("--profile-sort", default="cumulative", help="pstats order: cumulative, tottime ...")
    return parser.parse_args()


def setup_django(args):
    bench_db = Path(tempfile.gettempdir()) / "esao-bench.sqlite3"
    if "DATABASE_URL" not in os.environ:
        if bench_db.exists() and not args.keep:
            bench_db.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{bench_db}"
    elif "bench" not in os.environ["DATABASE_URL"].rsplit("/", 1)[-1]:
        raise SystemExit("DATABASE_URL must name a database whose name contains 'bench'.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")  # DEBUG off, no query log
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("LOG_LEVEL", "WARNING")

    import django

    django.setup()


def seed_news(index, departments, count, start_number, rng):
    """``count`` live news pages under ``index``, inserted in batches (tens of seconds for 10,000).

    Django cannot bulk-create a multi-table model, so the ``Page`` rows go first (``bulk_create``
    returns their ids), then the ``NewsPage`` rows with ``raw=True`` (no second walk up to the
    parent). Tree paths are computed as treebeard's ``add_child`` would, without a query per page.
    No signal runs: the search index is built afterwards, as ``update_index`` on an installation.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from newsroom.models import NewsPage

    content_type = ContentType.objects.get_for_model(NewsPage)
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    news_fields = NewsPage._meta.local_concrete_fields
    last = index.get_last_child()
    position = last._get_lastpos_in_path() if last else 0
    now = timezone.now()
    # Three fiscal years of news, newest first: the year filter has something to cut.
    spacing = timedelta(days=3 * 365) / max(count + start_number, 1)
    batch = []

    def flush():
        parents = Page.objects.bulk_create(
            [Page(**{field.attname: getattr(page, field.attname) for field in page_fields}) for page in batch]
        )
        for page, parent in zip(batch, parents, strict=True):
            page.id = page.page_ptr_id = parent.pk
        NewsPage._base_manager._insert(batch, fields=news_fields, raw=True)
        batch.clear()

    with transaction.atomic():
        for offset in range(count):
            number = start_number + offset
            published = now - spacing * number
            slug = f"bench-{number + 1}"
            title = f"{sentence(rng)} ครั้งที่ {number + 1}"
            batch.append(
                NewsPage(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=NewsPage._get_path(index.path + "0000", index.depth + 1, position + offset + 1),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=index.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    department=departments[number % len(departments)],
                    intro=sentence(rng),
                    body=[("paragraph", f"<p>{sentence(rng)} {sentence(rng)}</p><p>{sentence(rng)}</p>")],
                )
            )
            if len(batch) == 200:
                flush()
        if batch:
            flush()
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())


def index_size(connection):
    from wagtail.search.models import IndexEntry

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # The entries, their FTS5 table and its shadow tables, and the indexes on them.
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name IN "
                "(SELECT name FROM sqlite_master WHERE tbl_name LIKE %s)",
                [f"{IndexEntry._meta.db_table}%"],
            )
        else:
            cursor.execute(f"SELECT pg_total_relation_size('{IndexEntry._meta.db_table}')")  # noqa: S608
        return cursor.fetchone()[0] or 0


def request_plan(count):
    plan = []
    for number in range(count):
        params = {"q": QUERIES[number % len(QUERIES)]}
        if number % 3 == 1:
            params["year"] = 2569
        if number % 4 == 2:
            params["page"] = 2
        if number % 7 == 3:
            params["type"] = "news"
        plan.append(params)
    return plan


def measure(client, plan):
    """Wall-clock and CPU milliseconds per request, each as (p50, p95, max). On a machine shared
    with other work the wall clock includes waiting for a core; the CPU time (SQLite runs in this
    process) is what a request costs on a core of its own."""
    wall, cpu = [], []
    for params in plan:
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get("/search/", params)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"/search/ answered {response.status_code} for {params}")
    return [
        (statistics.median(values), percentile(values, 0.95), values[-1])
        for values in (sorted(wall), sorted(cpu))
    ]


def report(label, plan, figures, digits=0):
    (p50, p95, worst), (cpu50, cpu95, _) = figures
    print(
        f"{label}: {len(plan)} requests, wall p50 {p50:.{digits}f} ms, p95 {p95:.{digits}f} ms, "
        f"max {worst:.{digits}f} ms; CPU p50 {cpu50:.{digits}f} ms, p95 {cpu95:.{digits}f} ms",
        flush=True,
    )


def main():
    args = parse_args()
    setup_django(args)

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings
    from wagtail.search.models import IndexEntry

    from caching import store
    from home.demo import DemoContext
    from home.demo import load as load_home
    from home.models import DepartmentPage
    from newsroom.models import NewsIndexPage, NewsPage
    from search.demo import load as load_synonyms

    call_command("migrate", verbosity=0)
    search_off = {"default": {"BACKEND": "search.backends", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=search_off):
        ctx = DemoContext(password="bench-only")  # noqa: S106 (a throw-away database)
        load_home(ctx)
        load_synonyms(ctx)
        index = ctx.page(ctx.home_page, NewsIndexPage, "news", title="ข่าวประชาสัมพันธ์")
        existing = NewsPage.objects.count()
        if existing < args.pages:
            start = time.perf_counter()
            departments = list(DepartmentPage.objects.order_by("path"))
            seed_news(index, departments, args.pages - existing, existing, random.Random(11))  # noqa: S311
            print(
                f"seeding {args.pages - existing} news pages: {time.perf_counter() - start:.1f} s", flush=True
            )

    if args.reindex or IndexEntry.objects.count() < NewsPage.objects.count():
        start = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"update_index: {time.perf_counter() - start:.1f} s", flush=True)

    entries = IndexEntry.objects.count()
    print(
        f"{connection.vendor}: {NewsPage.objects.count()} news pages, {entries} index entries, "
        f"index {index_size(connection) / 2**20:.1f} MiB",
        flush=True,
    )
    if hasattr(os, "getloadavg"):
        print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    client = Client()
    plan = request_plan(args.requests)
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get("/search/", {"q": "ประชุม"})  # the dictionary loads once, as on a worker's first search
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        figures = measure(client, plan)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats(args.profile_sort).print_stats(
                os.environ.get("PROFILE_FILTER", ""), 45
            )
    report("uncached (page cache bypassed)", plan, figures)

    with override_settings(PAGE_CACHE_ENABLED=True):
        store.clear()
        for params in {tuple(sorted(p.items())): p for p in plan}.values():
            client.get("/search/", params)
        figures = measure(client, plan)
    report("cached (page cache on, primed)", plan, figures, digits=1)


if __name__ == "__main__":
    main()
