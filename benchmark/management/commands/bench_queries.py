"""SQL queries of a cold render (page cache off) of each benchmark URL, for the benchmark report."""

import json
import re

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

URLS = ["/", "/news/", "{news_page}", "/news/?page=400", "/journal/", "/ita/", "/search/?q=ประชุม"]


class Command(BaseCommand):
    help = "Count the SQL queries of a cold render of each benchmark URL (JSON on stdout)."

    def handle(self, *args, **options):
        client = Client(HTTP_HOST="127.0.0.1")
        counts = {}
        with override_settings(PAGE_CACHE_ENABLED=False):
            listing = client.get("/news/").content.decode()
            news_page = re.search(r'href="(/news/bench-[^"/]+/)"', listing)
            for url in URLS:
                url = url.format(news_page=news_page.group(1) if news_page else "/news/")
                client.get(url)  # renditions and the site's root paths exist on a running site
                with CaptureQueriesContext(connection) as captured:
                    status = client.get(url).status_code
                if status == 200:
                    counts[url] = len(captured)
        self.stdout.write(json.dumps(counts, ensure_ascii=False))
