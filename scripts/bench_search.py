"""Benchmark of the public search: seed Thai news pages, rebuild the index, time /search/ requests.

    .venv/bin/python scripts/bench_search.py                 # 10,000 pages, SQLite file in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python scripts/bench_search.py
    .venv/bin/python scripts/bench_search.py --pages 2000 --requests 100

Not a test: it prints the seeding and ``update_index`` times, the index size, and p50/p95 of search
requests through Django's test client (the whole view: form, query, filters, excerpts, template).
With SQLite it uses (and reuses, with --keep) ``/tmp/esao-bench.sqlite3``, never the project's database.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
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
]


def sentence(rng):
    return f"{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)} {rng.choice(PLACES)}"


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="reuse the seeded SQLite file if it exists")
    args = parser.parse_args()

    bench_db = Path(tempfile.gettempdir()) / "esao-bench.sqlite3"
    if "DATABASE_URL" not in os.environ:
        if bench_db.exists() and not args.keep:
            bench_db.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{bench_db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")  # DEBUG off, no query log
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("LOG_LEVEL", "WARNING")

    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models.signals import post_save
    from django.test import Client
    from django.utils import timezone
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.search.models import IndexEntry

    from home.demo import DemoContext
    from home.demo import load as load_home
    from newsroom.models import NewsIndexPage, NewsPage

    call_command("migrate", verbosity=0)
    ctx = DemoContext(password="bench-only")  # noqa: S106 (a throw-away database)
    load_home(ctx)
    index = ctx.page(ctx.home_page, NewsIndexPage, "news", title="ข่าวประชาสัมพันธ์")

    existing = NewsPage.objects.count()
    rng = random.Random(11)  # noqa: S311 (sample text, not secrets)
    if existing < args.pages:
        # Seed without indexing page by page, then rebuild the index as an installation would.
        post_save.disconnect(post_save_signal_handler, sender=NewsPage)
        start = time.perf_counter()
        now = timezone.now()
        for number in range(existing, args.pages):
            with transaction.atomic():
                published = now - timezone.timedelta(hours=number * 3)
                page = NewsPage(
                    title=f"{sentence(rng)} ครั้งที่ {number + 1}",
                    slug=f"bench-{number}",
                    intro=sentence(rng),
                    body=[("paragraph", f"<p>{sentence(rng)} {sentence(rng)} {sentence(rng)}</p>")],
                    live=True,
                    first_published_at=published,
                    last_published_at=published,
                )
                index.add_child(instance=page)
            if (number + 1) % 1000 == 0:
                print(f"seeded {number + 1} pages", flush=True)
        print(f"seeding: {time.perf_counter() - start:.0f} s")
    if IndexEntry.objects.count() < NewsPage.objects.count():
        # Also after a seeding run that was interrupted (--keep picks it up).
        start = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"update_index: {time.perf_counter() - start:.0f} s")

    entries = IndexEntry.objects.count()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'wagtailsearch_indexentry%' "
                "OR name LIKE 'modelsearch_indexentry%'"
            )
            size = cursor.fetchone()[0] or 0
    else:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT pg_total_relation_size('{IndexEntry._meta.db_table}')")  # noqa: S608
            size = cursor.fetchone()[0]
    print(
        f"{connection.vendor}: {NewsPage.objects.count()} news pages, {entries} index entries, index {size / 2**20:.1f} MiB"
    )

    client = Client()
    client.get("/search/", {"q": "ประชุม"})  # load the dictionary once, as the first request of a worker does
    timings = []
    for number in range(args.requests):
        params = {"q": QUERIES[number % len(QUERIES)]}
        if number % 3 == 1:
            params["year"] = 2569
        if number % 4 == 2:
            params["page"] = 2
        start = time.perf_counter()
        response = client.get("/search/", params)
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"/search/ answered {response.status_code} for {params}")
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{len(timings)} search requests: p50 {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
