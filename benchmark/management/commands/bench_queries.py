"""SQL queries of a cold render (page cache off) of each benchmark URL, for the benchmark report."""

import json
import re
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

URLS = ["/", "/news/", "{news_page}", "/news/?page=400", "/journal/", "/ita/", "/search/?q=ประชุม"]


class Command(BaseCommand):
    help = "Count the SQL queries of a cold render of each benchmark URL (JSON on stdout)."

    def handle(self, *args, **options):
        client = Client(HTTP_HOST="127.0.0.1")
        counts = {}
        with override_settings(PAGE_CACHE_SERVE=False):
            listing = client.get("/news/").content.decode()
            news_page = re.search(r'href="(/news/bench-[^"/]+/)"', listing)
            for url in URLS:
                url = url.format(news_page=news_page.group(1) if news_page else "/news/")
                client.get(url)  # renditions and the site's root paths exist on a running site
                with CaptureQueriesContext(connection) as captured:
                    status = client.get(url).status_code
                if status == 200:
                    counts[url] = len(captured)
        self.stdout.write(
            json.dumps({"queries": counts, "admin_seconds": self.admin_timings()}, ensure_ascii=False)
        )

    def admin_timings(self):
        """Seconds to open the admin screens that grow with the content, as a superuser."""
        from django.contrib.auth import get_user_model
        from wagtail.snippets.models import get_snippet_models

        from newsroom.models import NewsIndexPage

        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(get_user_model().objects.filter(is_superuser=True).first())
        urls = {
            "page explorer of /news/": reverse("wagtailadmin_explore", args=[NewsIndexPage.objects.get().pk])
        }
        for model in get_snippet_models():
            if model._meta.app_label == "network":
                urls[f"register: {model._meta.verbose_name_plural}"] = reverse(
                    model.snippet_viewset.get_url_name("list")
                )
        timings = {}
        for label, url in urls.items():
            client.get(url)
            started = time.perf_counter()
            status = client.get(url).status_code
            timings[label] = round(time.perf_counter() - started, 3) if status == 200 else f"HTTP {status}"
        return timings
