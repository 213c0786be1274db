"""Deep pages of /news/ cost what the first page costs: keys are skipped, not full rows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_a_deep_page_reads_only_its_own_cards_in_full(newsroom, make_news, client):
    now = timezone.now()
    for n in range(30):
        make_news(f"ข่าวลำดับที่ {n:02d}", published=now - timedelta(hours=n))
    client.get("/news/?page=3")  # the site's root paths, as on a running server
    with CaptureQueriesContext(connection) as deep:
        response = client.get("/news/?page=3")
    body = response.content.decode()
    # Newest first, twelve a page: the third page holds items 24 to 29, in order.
    assert [n for n in range(30) if f"ข่าวลำดับที่ {n:02d}" in body] == list(range(24, 30))
    assert body.index("ข่าวลำดับที่ 24") < body.index("ข่าวลำดับที่ 29")
    with CaptureQueriesContext(connection) as first:
        client.get("/news/")
    assert len(deep) == len(first)
    # Every query that skips rows (OFFSET) selects keys only, never the news bodies.
    skipping = [query["sql"] for query in deep.captured_queries if "OFFSET" in query["sql"].upper()]
    assert skipping and all('"body"' not in sql for sql in skipping)
