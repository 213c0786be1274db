"""``/news/``: every live news item of the site, newest first, 12 a page, filters that combine."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from newsroom.models.news import Product, Stream

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")


def titles(response):
    return [item.title for item in response.context["news_items"]]


def test_lists_live_news_of_the_index_and_of_group_pages_newest_first(newsroom, make_news, client):
    make_news("ข่าวเก่า", published=datetime(2026, 1, 5, 9, 0, tzinfo=BANGKOK))
    make_news(
        "ข่าวของกลุ่มบริหารงานบุคคล",
        parent=newsroom.departments["personnel"],
        published=datetime(2026, 6, 1, 9, 0, tzinfo=BANGKOK),
    )
    make_news("ข่าวล่าสุด", published=datetime(2026, 11, 20, 9, 0, tzinfo=BANGKOK))
    draft = make_news("ฉบับร่างยังไม่เผยแพร่")
    draft.unpublish()

    response = client.get("/news/")

    assert response.status_code == 200
    assert titles(response) == ["ข่าวล่าสุด", "ข่าวของกลุ่มบริหารงานบุคคล", "ข่าวเก่า"]
    assert "ฉบับร่างยังไม่เผยแพร่" not in response.content.decode()


def test_card_shows_rendition_title_buddhist_era_date_and_group(newsroom, make_news, cover, client):
    make_news(
        "ตรวจเยี่ยมโรงเรียนบ้านควนขนุน",
        parent=newsroom.departments["supervision"],
        published=datetime(2026, 11, 23, 10, 30, tzinfo=BANGKOK),
        cover_image=cover,
    )
    html = client.get("/news/").content.decode()
    card = re.search(r'<li class="card news-card">(.*?)</li>', html, re.S).group(1)
    assert "ตรวจเยี่ยมโรงเรียนบ้านควนขนุน" in card
    assert "23 พฤศจิกายน 2569" in card
    assert "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา" in card
    # The first card is the page's largest image: eager; AVIF and WebP offered before the JPEG.
    assert re.search(r'<source srcset="[^"]+\.fill-640x400\.format-avif[^"]*" type="image/avif">', card)
    img = re.search(r"<img [^>]+>", card).group(0)
    assert 'class="card__image"' in img and 'width="640"' in img and 'height="400"' in img
    assert re.search(r'src="[^"]+\.fill-640x400\.format-jpeg[^"]*"', img) and 'loading="lazy"' not in img


def test_twelve_a_page_and_page_links(newsroom, make_news, client):
    for n in range(14):
        make_news(f"ข่าวลำดับ {n:02d}", published=datetime(2026, 10, 1 + n, 9, 0, tzinfo=BANGKOK))
    first = client.get("/news/")
    second = client.get("/news/?page=2")
    assert len(titles(first)) == 12
    assert titles(second) == ["ข่าวลำดับ 01", "ข่าวลำดับ 00"]
    assert 'href="?page=2"' in first.content.decode()
    assert client.get("/news/?page=99").context["news_page"].number == 2
    assert client.get("/news/?page=abc").context["news_page"].number == 1


def test_filters_by_stream_product_group_tag_and_fiscal_year_combined(newsroom, make_news, client):
    personnel = newsroom.departments["personnel"]
    fy2569 = datetime(2026, 3, 1, 9, 0, tzinfo=BANGKOK)
    fy2570 = datetime(2026, 10, 15, 9, 0, tzinfo=BANGKOK)
    make_news(
        "ตรงทุกเงื่อนไข",
        parent=personnel,
        published=fy2570,
        stream=Stream.POLICY,
        product=Product.ARTICLE,
        tags=["บรรจุครู"],
    )
    make_news(
        "ต่างสายข่าว",
        parent=personnel,
        published=fy2570,
        stream=Stream.ROYAL,
        product=Product.ARTICLE,
        tags=["บรรจุครู"],
    )
    make_news(
        "ต่างประเภท",
        parent=personnel,
        published=fy2570,
        stream=Stream.POLICY,
        product=Product.PHOTO,
        tags=["บรรจุครู"],
    )
    make_news(
        "ต่างกลุ่ม",
        parent=newsroom.departments["ict"],
        published=fy2570,
        stream=Stream.POLICY,
        product=Product.ARTICLE,
        tags=["บรรจุครู"],
    )
    make_news(
        "ต่างแท็ก",
        parent=personnel,
        published=fy2570,
        stream=Stream.POLICY,
        product=Product.ARTICLE,
        tags=["อื่น"],
    )
    make_news(
        "ต่างปีงบประมาณ",
        parent=personnel,
        published=fy2569,
        stream=Stream.POLICY,
        product=Product.ARTICLE,
        tags=["บรรจุครู"],
    )

    query = "stream=policy&product=article&group=personnel&year=2570&tag=บรรจุครู"
    assert titles(client.get(f"/news/?{query}")) == ["ตรงทุกเงื่อนไข"]
    assert titles(client.get("/news/?year=2569")) == ["ต่างปีงบประมาณ"]
    assert set(titles(client.get("/news/?stream=royal"))) == {"ต่างสายข่าว"}
    assert set(titles(client.get("/news/?group=ict"))) == {"ต่างกลุ่ม"}
    assert len(titles(client.get("/news/?tag=บรรจุครู"))) == 5


def test_group_filter_includes_news_owned_by_the_group_outside_its_room(newsroom, make_news, client):
    make_news("ข่าวที่นักประชาสัมพันธ์เขียนให้กลุ่มนิเทศ", department=newsroom.departments["supervision"])
    make_news("ข่าวไม่ระบุกลุ่ม")
    assert titles(client.get("/news/?group=supervision")) == ["ข่าวที่นักประชาสัมพันธ์เขียนให้กลุ่มนิเทศ"]
    # The main department (settings) owns what nobody else does.
    assert titles(client.get("/news/?group=general-administration")) == ["ข่าวไม่ระบุกลุ่ม"]


def test_filters_survive_pagination(newsroom, make_news, client):
    for n in range(13):
        make_news(f"ข่าวนโยบาย {n}", stream=Stream.POLICY)
    make_news("ข่าวเชิงรุก", stream=Stream.PROACTIVE)
    html = client.get("/news/?stream=policy").content.decode()
    assert 'href="?stream=policy&amp;page=2"' in html
    second = client.get("/news/?stream=policy&page=2")
    assert len(titles(second)) == 1
    assert "ข่าวเชิงรุก" not in titles(second)


def test_invalid_filter_values_show_a_thai_error_not_a_crash(newsroom, make_news, client):
    make_news("ข่าวใด ๆ")
    response = client.get("/news/?stream=nonsense&year=1999")
    assert response.status_code == 200
    assert "ไม่มีตัวเลือกนี้ กรุณาเลือกจากรายการ" in response.content.decode()
    assert titles(response) == ["ข่าวใด ๆ"]


def test_anonymous_listing_is_publicly_cacheable(newsroom, client):
    response = client.get("/news/")
    assert "public" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
