"""Every public page type renders cold (a page cache miss) in at most 12 SQL queries, however many
items the office has: the site, its settings, the menu and the groups come from ``caching.sitewide``,
view restrictions and ``.public()`` cost one condition, lists prefetch their images' renditions.

"Cold" here is what a reader meets right after a purge: the page itself renders afresh (the page
cache is bypassed with ``PAGE_CACHE_SERVE = False``), while what the whole site shares is cached
and renditions exist (one earlier request made them, as on a running site).
"""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory import demo as directory_demo
from newsroom.models import JournalArticle, JournalColumn, NewsAttachment
from newsroom.models.news import Product, Stream
from services import demo as services_demo
from transparency import demo as ita_demo
from transparency.models import TransparencyPage

pytestmark = pytest.mark.django_db

MAX_COLD_QUERIES = 12


@pytest.fixture
def cold(settings, django_assert_max_num_queries):
    """``cold(client, url)``: ``(queries, response)`` of an anonymous miss of ``url``, which must
    answer 200 within ``MAX_COLD_QUERIES``."""
    settings.PAGE_CACHE_SERVE = False

    def _count(client, url):
        client.cookies.clear()
        assert client.get(url).status_code == 200, url  # renditions and the site-wide caches exist
        with django_assert_max_num_queries(MAX_COLD_QUERIES, info=url) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        return len(captured.captured_queries), response

    return _count


@pytest.fixture
def office(newsroom, make_news, make_issue):
    """The demo office with its directory, services, ITA tree, and a ``grow(n)`` that adds ``n``
    news items (covers, tags, attachments, activities, some under the groups' pages) and issues."""
    directory_demo.load(newsroom)
    services_demo.load(newsroom)
    ita_demo.load(newsroom)
    images = [newsroom.image(f"ภาพข่าวนับคำสั่ง {n}", seed=n, size=(800, 500)) for n in range(3)]
    departments = list(newsroom.departments.values())
    columns = list(JournalColumn.objects.all())
    document = newsroom.document("คำสั่งแต่งตั้งคณะกรรมการ", ["คำสั่ง"])
    newsroom.story = make_news(
        "ประกาศผลการสอบคัดเลือกครูผู้ช่วย",
        cover_image=images[0],
        cover_alt="ผู้เข้าสอบหน้าสำนักงาน",
        tags=["ประกาศผล", "ครูผู้ช่วย"],
        body=[("paragraph", "<p>รายชื่อผู้ผ่านการคัดเลือกตามเอกสารแนบ</p>")],
    )
    newsroom.issue = make_issue(12, 1, date(2026, 10, 1), cover_image=images[1])
    made = {"news": 0, "issues": 0}

    def grow(how_many):
        for _ in range(how_many):
            n = made["news"] = made["news"] + 1
            start = timezone.now() + timedelta(days=1 + n % 20)
            activity = {"kind": "activity", "event_start": start, "event_end": start + timedelta(hours=3)}
            make_news(
                f"ข่าวประชาสัมพันธ์ลำดับ {n}",
                parent=departments[n % len(departments)] if n % 2 else newsroom.news_index,
                published=timezone.now() - timedelta(hours=n),
                cover_image=images[n % len(images)],
                cover_alt="ภาพกิจกรรม",
                stream=list(Stream)[n % len(Stream)],
                product=list(Product)[n % len(Product)],
                featured=n % 7 == 0,
                tags=["ประกาศผล", f"แท็ก{n % 4}"],
                **(activity if n % 5 == 0 else {}),
            )
            NewsAttachment.objects.create(
                page=newsroom.story, document=document, title=f"บัญชีรายชื่อ {n}", sort_order=n
            )
            made["issues"] += 1
            k = made["issues"]
            make_issue(
                1 + k // 6, 1 + k % 6, date(2010, 1, 1) + timedelta(days=61 * k), cover_image=images[k % 3]
            )
            JournalArticle.objects.create(
                page=newsroom.issue,
                column=columns[k % len(columns)],
                title=f"บทความครูลำดับ {k}",
                author="ครูผู้เขียน",
                page_number=k,
                sort_order=k,
            )

    newsroom.grow = grow
    return newsroom


def public_urls(office):
    item = TransparencyPage.objects.live().order_by("path").first()
    return {
        "home": "/",
        "news listing": "/news/",
        "news listing, page 3": "/news/?page=3",
        "news listing, filtered": "/news/?stream=policy&year=2570&tag=ประกาศผล",
        "news page": office.story.url,
        "activities": "/news/activities/",
        "news feed": "/news/feed/",
        "activities calendar": "/news/activities.ics",
        "journal": "/journal/",
        "journal issue": office.issue.url,
        "ITA index": "/ita/",
        "ITA year table": item.get_parent().url,
        "ITA item page": item.url,
        "groups": "/groups/",
        "group page": office.departments["personnel"].url,
        "standard page": "/about/",
        "standard sub-page": "/about/structure/",
        "directory": "/directory/",
        "services": "/services/",
        "question form": "/services/question/",
        "complaint form": "/services/complaint/",
        "Q&A": "/services/questions/",
        "complaint statistics": "/services/complaints/statistics/",
        "information center": "/services/information-center/",
        "network join form": "/network/join/",
        "sitemap": "/sitemap.xml",
    }


def test_every_public_page_is_cheap_cold_and_stays_so_as_content_grows(office, client, cold):
    office.grow(10)  # every kind present: featured, activities, covers, attachments, issues
    urls = public_urls(office)
    few = {name: cold(client, url)[0] for name, url in urls.items()}
    office.grow(40)
    many = {name: cold(client, url)[0] for name, url in urls.items()}

    assert many == few, many


def test_listings_show_the_content_they_count(office, client, cold):
    office.grow(30)
    _, listing = cold(client, "/news/")
    html = listing.content.decode()
    assert "ข่าวประชาสัมพันธ์ลำดับ 1<" in html and html.count('class="card news-card"') == 12
    _, home = cold(client, "/")
    assert "ประกาศผลการสอบคัดเลือกครูผู้ช่วย" in home.content.decode()
    _, story = cold(client, office.story.url)
    assert story.content.decode().count("บัญชีรายชื่อ") == 30


def test_the_cached_menu_and_settings_follow_a_change(office, client, cold, anonymous):
    from home.models import OfficeSettings

    cold(client, "/about/")
    settings = OfficeSettings.for_site(office.site)
    settings.office_name = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 9"
    settings.save()
    about = office.home_page.get_children().get(slug="about").specific
    about.title = "รู้จักสำนักงาน"
    about.save_revision().publish()
    _, response = cold(client, "/news/")
    html = response.content.decode()
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 9" in html
    assert ">รู้จักสำนักงาน</a>" in html


def test_page_urls_cost_no_cache_round_trip(office, client, cold, monkeypatch):
    """Wagtail reads the site root paths from the cache (Redis in production) once per page object
    not given the request; a cold page takes them from the site-wide snapshot instead."""
    from wagtail.models import Site

    office.grow(12)
    ita_index = TransparencyPage.objects.live().first().get_parent()
    urls = ["/", "/news/", office.story.url, "/journal/", ita_index.url, "/search/?q=ประกาศ"]
    for url in urls:
        cold(client, url)  # the snapshot exists
    reads = []
    original = Site.get_site_root_paths

    def counted():
        import traceback

        reads.append("".join(traceback.format_stack(limit=8)))
        return original()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    for url in urls:
        html = cold(client, url)[1].content.decode()
        assert 'href="/' in html, url
        assert reads == [], url + "\n" + "\n----\n".join(reads)


def test_the_logo_costs_a_cold_page_no_rendition_lookup(office, client, cold, monkeypatch):
    """The header's logo and the share image of pages without one come with the site's settings
    (``OfficeSettings.prepare_for_cache``): no rendition cache read, no rendition query. (Wagtail's
    ``get_rendition`` still writes the share image's rendition to its cache every time.)"""
    from wagtail.images import get_image_model

    rendition_model = get_image_model().get_rendition_model()
    urls = ["/about/", "/search/?q=ประกาศ"]
    for url in urls:
        cold(client, url)  # the snapshot exists
    backend = rendition_model.cache_backend
    lookups = []
    original = backend.get_many
    monkeypatch.setattr(backend, "get_many", lambda keys, **kw: lookups.append(keys) or original(keys, **kw))
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            html = cold(client, url)[1].content.decode()
        assert lookups == [], url
        assert not [q for q in captured.captured_queries if "wagtailimages_rendition" in q["sql"]], url
        assert (
            'class="site-brand__logo"' in html
            and "height-64.format-avif" in html
            and "height-64.format-png" in html
        )
        assert 'property="og:image" content="http://' in html and ".fill-1200x630" in html
