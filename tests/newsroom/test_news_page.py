"""A news page: what a reader sees, what a LINE/Facebook preview reads, and the related news."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Site

from newsroom.models import NewsAttachment

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def story(newsroom, make_news, cover):
    gallery = {
        "title": "ภาพกิจกรรม",
        "images": [
            {
                "image": cover,
                "alt_text": "ผู้อำนวยการมอบเกียรติบัตร",
                "caption": "มอบเกียรติบัตร",
                "credit": "งานประชาสัมพันธ์",
            },
        ],
    }
    page = make_news(
        "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 10/2569",
        parent=newsroom.departments["general-administration"],
        published=datetime(2026, 11, 23, 14, 30, tzinfo=BANGKOK),
        cover_image=cover,
        cover_alt="ผู้บริหารสถานศึกษาร่วมประชุมในหอประชุม",
        body=[("paragraph", "<p>ที่ประชุมรับทราบนโยบายการจัดการศึกษา</p>"), ("gallery", gallery)],
        sources="ข้อมูลจากที่ประชุม\nhttps://www.obec.go.th/",
        credits="ข่าว: จ่าเอกสุริยนต์ ชมภู",
        tags=["ประชุม"],
    )
    document = Document(title="วาระการประชุม")
    document.file.save("agenda.pdf", ContentFile(b"%PDF-1.4 agenda" + b"0" * 2048), save=False)
    document.file_size = document.file.size  # as Wagtail's upload form records it
    document.save()
    NewsAttachment.objects.create(page=page, document=document, title="วาระการประชุมผู้บริหาร")
    return page


def test_page_shows_breadcrumbs_date_group_gallery_attachments_sources(story, client):
    response = client.get(story.url)
    html = response.content.decode()
    assert response.status_code == 200
    crumbs = re.search(
        r'<nav class="breadcrumbs container" aria-label="เส้นทางนำทาง">(.*?)</nav>', html, re.S
    ).group(1)
    assert ">หน้าแรก</a>" in crumbs and ">กลุ่มอำนวยการ</a>" in crumbs
    assert '<li aria-current="page">ประชุมผู้บริหารสถานศึกษา ครั้งที่ 10/2569</li>' in crumbs
    assert "23 พฤศจิกายน 2569 เวลา 14.30 น." in html
    assert "กลุ่มอำนวยการ</a>" in html
    # The gallery opens the large image by a plain link: no JavaScript needed.
    assert re.search(r'<a href="[^"]+max-1600x1600[^"]*" class="gallery__link">', html)
    assert "วาระการประชุมผู้บริหาร" in html and "(PDF, 2.0" in html
    assert "ข้อมูลจากที่ประชุม" in html and 'href="https://www.obec.go.th/"' in html
    assert "ข่าว: จ่าเอกสุริยนต์ ชมภู" in html
    assert "{% block page_notices %}" not in html


def test_share_links_for_facebook_line_x_and_copy(story, client):
    html = client.get(story.url).content.decode()
    url = story.full_url
    encoded = re.escape(url.replace(":", "%3A").replace("/", "%2F"))
    assert re.search(rf'href="https://www.facebook.com/sharer/sharer.php\?u={encoded}"', html)
    assert re.search(rf'href="https://social-plugins.line.me/lineit/share\?url={encoded}"', html)
    assert re.search(rf'href="https://twitter.com/intent/tweet\?url={encoded}&amp;text=', html)
    assert f'<input id="share-url" class="share__url" type="url" value="{url}" readonly>' in html


def test_open_graph_and_twitter_tags_use_an_absolute_cover_url(story, client):
    html = client.get(story.url).content.decode()
    og_image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert og_image.startswith("http://testserver/") and "fill-1200x630" in og_image
    assert re.search(r'<meta name="twitter:image" content="http://testserver/[^"]+">', html)
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:title" content="ประชุมผู้บริหารสถานศึกษา ครั้งที่ 10/2569">' in html
    assert 'property="article:published_time"' in html


def test_print_stylesheet_is_linked(story, client):
    html = client.get(story.url).content.decode()
    assert re.search(r'<link rel="stylesheet" href="[^"]*css/print.css" media="print">', html)


def test_related_news_share_a_tag_or_the_group(story, newsroom, make_news, client):
    make_news("ประชุมครั้งก่อน", parent=newsroom.departments["ict"], tags=["ประชุม"])
    make_news("ข่าวอื่นของกลุ่มอำนวยการ", parent=newsroom.departments["general-administration"])
    make_news("ข่าวไม่เกี่ยวข้อง", parent=newsroom.departments["ict"], tags=["กีฬา"])
    related = [page.title for page in client.get(story.url).context["related_news"]]
    assert related[0] == "ประชุมครั้งก่อน"
    assert "ข่าวอื่นของกลุ่มอำนวยการ" in related
    assert "ข่าวไม่เกี่ยวข้อง" not in related
    assert story.title not in related


def test_tag_links_lead_to_the_filtered_listing(story, client):
    html = client.get(story.url).content.decode()
    assert 'href="/news/?tag=%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1" rel="tag"' in html


def test_activity_shows_its_dates_and_place(newsroom, make_news, client):
    from tests.newsroom.conftest import activity_times

    page = make_news("ประกาศจัดงานวันครู", event_location="หอประชุมอำเภอ", **activity_times(10))
    html = client.get(page.url).content.decode()
    assert "หอประชุมอำเภอ" in html and "<dt>วันเวลา</dt>" in html


def test_news_describes_itself_as_an_article_to_facebook_and_line(story, client):
    html = client.get(story.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="article:section" content="{story.get_stream_display()}">' in html
    # The 1.91:1 card Facebook and LINE crop to, with its size stated so the preview shows at once.
    width = int(re.search(r'<meta property="og:image:width" content="(\d+)">', html).group(1))
    height = int(re.search(r'<meta property="og:image:height" content="(\d+)">', html).group(1))
    assert abs(width / height - 1200 / 630) < 0.01
    # Other pages stay websites.
    assert '<meta property="og:type" content="website">' in client.get("/").content.decode()


def test_every_absolute_link_uses_the_configured_base_url_not_the_request_host(story, client, settings):
    """Reached as 127.0.0.1 behind a proxy, the page still links to the office's address."""
    settings.WAGTAILADMIN_BASE_URL = "https://www.phatthalung2.go.th/"
    Site.objects.update(hostname="www.phatthalung2.go.th", port=443)
    html = client.get(story.url, HTTP_HOST="127.0.0.1").content.decode()
    expected = f"https://www.phatthalung2.go.th{story.url}"
    assert f'<meta property="og:url" content="{expected}">' in html
    assert f'<link rel="canonical" href="{expected}">' in html
    assert f'value="{expected}" readonly' in html
    assert re.search(r'<meta property="og:image" content="https://www.phatthalung2.go.th/media/', html)
    assert "127.0.0.1" not in html
    feed = client.get("/news/feed/", HTTP_HOST="127.0.0.1").content.decode()
    assert "<link>https://www.phatthalung2.go.th/news/</link>" in feed
    assert "127.0.0.1" not in feed


def test_a_group_news_item_links_its_own_offices_listing(newsroom, client):
    """A news item kept under a group's page (not under /news/) links its tags to the listing of
    its own office when one installation hosts two (a Wagtail Site each)."""
    from wagtail.models import Page

    from home.models import DepartmentPage, HomePage
    from home.skeleton import ensure_page
    from newsroom.skeleton import ensure_indexes
    from tests import factories

    other_home = ensure_page(Page.get_first_root_node(), HomePage, "office-2", title="สพป.ทดสอบ เขต 2")
    Site.objects.create(hostname="office2.example.go.th", port=80, root_page=other_home, site_name="เขต 2")
    ensure_indexes(other_home)
    group = ensure_page(other_home, DepartmentPage, "personnel", title="กลุ่มบริหารงานบุคคล")
    item = factories.news_page(group, "ประชุมครูผู้ช่วย เขต 2", tags=["ประชุม"])
    html = client.get(
        "/personnel/" + item.slug + "/", headers={"host": "office2.example.go.th"}
    ).content.decode()
    # Its own office's /news/ is on the same host (a relative link); the other office's is absolute.
    assert 'href="/news/?tag=%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1" rel="tag"' in html
    assert "testserver/news/" not in html
