"""Benchmark: the PR report over 5,000 news items with their records (not a test; a figure for the README).

    DJANGO_SETTINGS_MODULE=config.settings.test .venv/bin/python scripts/benchmark_pr_report.py [--items 5000]

Creates a throw-away test database (SQLite by default, PostgreSQL with ``DATABASE_URL``), builds the
demo office's skeleton, 5,000 news items of fiscal 2569 spread over the year, groups, kinds and
streams, with channel-log entries, e-mail deliveries, clippings, publication requests, page ratings
and satisfaction-survey answers; then times ``build_report`` (every figure and table) and the XLSX
workbook, best and worst of ``--runs``, and drops the database (``--keep`` leaves it, and
``--existing NAME`` times the report again on it; ``--queries`` lists the SQL of one run).
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print where the time of one run goes")
    parser.add_argument("--queries", action="store_true", help="print the SQL queries of one run")
    parser.add_argument("--keep", action="store_true", help="keep the database and print its name")
    parser.add_argument("--existing", help="time the report on a database an earlier --keep run left")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    if args.existing:
        connection.close()
        connection.settings_dict["NAME"] = args.existing
        _time(args)
        return
    old_name = connection.settings_dict["NAME"]
    test_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        _build(args)
        _time(args)
    finally:
        if args.keep:
            print(f"database kept: {test_name} (time again with --existing {test_name})")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def _build(args):
    from django.utils import timezone

    from feedback.models import PageRating
    from home.demo import DemoContext
    from home.demo import load as load_home
    from network.demo import ensure_channels
    from network.models import ChannelLog, CoverageClipping, Delivery, MediaOutlet, Release
    from newsroom.models.news import Stream
    from newsroom.time_standards import Kind
    from publishing.models import PublicationRequest, VerificationCheck
    from tests import factories

    rng = random.Random(2569)  # noqa: S311 - benchmark data, not security
    office = DemoContext(password="demo1234")  # noqa: S106 - a throw-away database
    load_home(office)
    index = factories.news_index(office)
    parents = [index, *office.departments.values()]
    zone = timezone.get_current_timezone()
    year_start = dt.datetime(2025, 10, 1, 8, tzinfo=zone)
    outlet = MediaOutlet.objects.create(name="หนังสือพิมพ์ท้องถิ่น", kind="newspaper")
    kinds = [Kind.MEETING, Kind.INSPECTION, Kind.PRESS_CONFERENCE, Kind.ACTIVITY, Kind.GENERAL]
    logged = list(ensure_channels().values())
    started = time.perf_counter()
    logs, deliveries, clippings, requests, ratings = [], [], [], [], []
    for n in range(args.items):
        event = year_start + dt.timedelta(hours=rng.randrange(0, 364 * 24))
        kind = kinds[n % len(kinds)]
        late = dt.timedelta(hours=rng.choice([1, 2, 3, 5, 30]))
        published = event - dt.timedelta(days=4) if kind == Kind.ACTIVITY else event + late
        page = factories.news_page(
            parents[n % len(parents)],
            f"ข่าวทดสอบความเร็ว {n}",
            published,
            kind=kind,
            stream=[Stream.POLICY, Stream.PROACTIVE][n % 2],
            event_start=event - dt.timedelta(hours=2),
            event_end=event,
        )
        for channel in rng.sample(logged, 3):
            logs.append(
                ChannelLog(page=page, channel=channel, published_at=published + dt.timedelta(hours=1))
            )
        release = Release.objects.create(page=page)
        deliveries.append(
            Delivery(release=release, email=f"r{n}@example.com", name="ผู้รับ", status="sent", sent_at=published)
        )
        if n % 7 == 0:
            clippings.append(
                CoverageClipping(outlet=outlet, page=page, headline=page.title, published_on=published.date())
            )
        requests.append(
            PublicationRequest(
                page=page,
                subject=page.title,
                fiscal_year=2569,
                submitted_at=published - dt.timedelta(hours=30),
                group_decided_at=published - dt.timedelta(hours=20),
                office_decided_at=published - dt.timedelta(hours=4),
                office_decision="approved",
            )
        )
        ratings.append(PageRating(page=page, level=5 - n % 4, session_hash=f"{n:064d}", created_at=published))
    ChannelLog.objects.bulk_create(logs)
    Delivery.objects.bulk_create(deliveries)
    CoverageClipping.objects.bulk_create(clippings)
    created = PublicationRequest.objects.bulk_create(requests)
    checks = [
        VerificationCheck(
            publication_request=request,
            result="correct" if n % 10 else "needs_fix",
            checked_at=request.office_decided_at + dt.timedelta(days=1),
        )
        for n, request in enumerate(created)
    ]
    VerificationCheck.objects.bulk_create(checks)
    PageRating.objects.bulk_create(ratings)
    answers = _survey(office, args.items // 5, rng, year_start)
    print(
        f"built {args.items} news items and {len(logs) + len(deliveries) + len(clippings) + len(requests) + len(checks) + len(ratings) + answers} records "
        f"in {time.perf_counter() - started:.0f} s"
    )


def _survey(office, count, rng, year_start):
    """``count`` survey responses of six ratings each over the year; the number of records made."""
    from feedback.models import SurveyRating, SurveyResponse
    from tests import factories

    survey = factories.survey_page(office, ratings=[f"ข้อคำถามที่ {n}" for n in range(1, 7)])
    responses = SurveyResponse.objects.bulk_create(
        SurveyResponse(page=survey, form_data={}, session_hash=f"bench-{n:058d}") for n in range(count)
    )
    ratings = [
        SurveyRating(
            response=response,
            question=f"ข้อคำถามที่ {k}",
            level=rng.choice([5, 5, 4, 4, 4, 3, 2]),
            created_at=year_start + dt.timedelta(hours=rng.randrange(0, 364 * 24)),
        )
        for response in responses
        for k in range(1, 7)
    ]
    SurveyRating.objects.bulk_create(ratings)
    return len(responses) + len(ratings)


def _time(args):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from reports.periods import report_period
    from reports.report import build_report
    from reports.xlsx import workbook_bytes

    period = report_period(2569, "12m")
    timings, cpu = [], []
    for _ in range(args.runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        report = build_report(period)
        workbook_bytes(report)
        timings.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    with CaptureQueriesContext(connection) as queries:
        build_report(period)
    print(f"{len(queries)} SQL queries per report")
    if args.queries:
        for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"])):
            print(f"{query['time']} s  {query['sql'][:300]}")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(build_report, period)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    website = {row[0]: row[1] for row in report.table("channels").rows}["เว็บไซต์"]
    print(
        f"{connection_vendor()}: report + XLSX over {website} live news: best {min(timings):.2f} s, "
        f"worst {max(timings):.2f} s ({args.runs} runs); CPU time of this process best {min(cpu):.2f} s "
        f"(on SQLite the queries run in it too); load average {os.getloadavg()[0]:.1f}"
    )


def connection_vendor():
    from django.db import connection

    return connection.vendor


if __name__ == "__main__":
    main()
