"""Public images: one include (``components/picture.html``) with AVIF and WebP sources, width and
height on the ``<img>``, lazy below the fold and eager for the first image; renditions are made
once, never per request."""

import re

import pytest
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def images_of(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def test_a_news_page_cover_is_a_picture_in_three_formats_loaded_first(newsroom, make_news, cover, client):
    page = make_news("ประกาศผลการคัดเลือกครูผู้ช่วย", cover_image=cover, cover_alt="ผู้ผ่านการคัดเลือกรับรางวัล")
    html = client.get(page.url).content.decode()
    picture = images_of(html.split('class="figure news-article__cover"')[1])[0]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert picture.index("image/avif") < picture.index("image/webp") < picture.index("<img")
    img = re.search(r"<img [^>]+>", picture).group(0)
    assert 'alt="ผู้ผ่านการคัดเลือกรับรางวัล"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert ".format-jpeg" in img and 'fetchpriority="high"' in img and 'loading="lazy"' not in img
    # A srcset of two widths for phones and desktops (never wider than the 800 px original).
    assert re.search(r'srcset="[^"]+ 640w, [^"]+ 800w"', img)


def test_cards_below_the_first_are_lazy(newsroom, make_news, cover, client):
    for number in range(4):
        make_news(f"ข่าวกิจกรรมลำดับ {number}", cover_image=cover)
    html = client.get("/news/").content.decode()
    imgs = [re.search(r"<img [^>]+>", picture).group(0) for picture in images_of(html)]
    card_imgs = [img for img in imgs if "card__image" in img]
    assert len(card_imgs) == 4
    assert 'loading="lazy"' not in card_imgs[0]
    assert all('loading="lazy"' in img and 'decoding="async"' in img for img in card_imgs[1:])
    assert all(re.search(r'width="640" height="400"|height="400"[^>]*width="640"', img) for img in card_imgs)


def test_renditions_are_made_once_not_per_request(
    newsroom, make_news, cover, client, django_assert_max_num_queries
):
    for number in range(6):
        make_news(f"ข่าวลำดับ {number}", cover_image=cover)
    client.get("/news/")
    made = Rendition.objects.count()
    assert made >= 3  # AVIF, WebP and JPEG of the card size
    with django_assert_max_num_queries(30) as captured:
        client.get("/news/")
    rendition_queries = [q for q in captured.captured_queries if "wagtailimages_rendition" in q["sql"]]
    assert len(rendition_queries) == 1  # one prefetch for every card
    assert not any(q["sql"].startswith("INSERT") for q in rendition_queries)
    assert Rendition.objects.count() == made


def test_the_logo_keeps_its_transparency(demo, client):
    html = client.get("/about/").content.decode()
    header = html.split('class="site-brand"')[1].split("</a>")[0]
    if "<picture>" in header:  # the demo office has a logo
        assert ".format-png" in header and 'type="image/avif"' in header
