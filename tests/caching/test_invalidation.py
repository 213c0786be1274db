"""Every change that the public sees reaches the page cache at once: no stale page.

Each test warms the cache with the pages that show the thing, changes it the way the admin does,
then reads the pages again as a visitor.
"""

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from caching.middleware import CACHE_HEADER
from home.models import OfficeSettings, Person
from newsroom.models import NewsAttachment, NewsPage
from publishing.models import PageCorrection

pytestmark = pytest.mark.django_db


@pytest.fixture
def warm(anonymous):
    """``warm(*urls)``: read each URL twice, so the cache holds it; returns nothing."""

    def _warm(*urls):
        for url in urls:
            anonymous(url)
            assert anonymous(url)[CACHE_HEADER] == "hit", url

    return _warm


def html(anonymous, url):
    response = anonymous(url)
    return response.status_code, response.content.decode()


def publish_draft(parent, title, **fields):
    page = NewsPage(
        title=title, slug=fields.pop("slug", "results-2569"), live=False, intro=f"ความนำ {title}", **fields
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_publishing_reaches_listings_home_feed_and_sitemap(newsroom, make_news, warm, anonymous):
    make_news("ข่าวเดิมของสำนักงาน")
    warm("/", "/news/", "/news/feed/", "/sitemap.xml")
    publish_draft(newsroom.news_index, "ประกาศผลการสอบแข่งขันครูผู้ช่วย 2569")
    for url in ("/", "/news/", "/news/feed/"):
        status, body = html(anonymous, url)
        assert status == 200 and "ประกาศผลการสอบแข่งขันครูผู้ช่วย 2569" in body, url
    assert "/news/results-2569/" in html(anonymous, "/sitemap.xml")[1]
    assert anonymous("/news/results-2569/")[CACHE_HEADER] == "miss"


def test_unpublishing_removes_the_page_and_its_cards(newsroom, make_news, warm, anonymous):
    page = make_news("ข่าวที่จะถอนออก")
    url = page.url
    warm(url, "/news/", "/")
    page.unpublish()
    assert anonymous(url).status_code == 404
    assert "ข่าวที่จะถอนออก" not in html(anonymous, "/news/")[1]
    assert "ข่าวที่จะถอนออก" not in html(anonymous, "/")[1]


def test_a_withdrawal_and_a_correction_show_at_once(newsroom, make_news, demo, warm, anonymous):
    from publishing.withdrawals import withdraw_page

    page = make_news("ข่าวที่มีการถอน")
    warm(page.url, "/news/", "/")
    withdraw_page(page, demo.users["director"], "ถอนเพราะข้อมูลผู้สอบผ่านไม่ครบถ้วน")
    response = anonymous(page.url)
    assert response.status_code == 410
    assert "ถอนเพราะข้อมูลผู้สอบผ่านไม่ครบถ้วน" in response.content.decode()
    assert "ข่าวที่มีการถอน" not in html(anonymous, "/news/")[1]
    assert "ข่าวที่มีการถอน" not in html(anonymous, "/")[1]

    other = make_news("ข่าวที่มีการแก้ไข")
    warm(other.url)
    from django.utils import timezone

    PageCorrection.objects.create(page=other, note="แก้ไขวันที่รายงานตัวเป็น 4 ธันวาคม", published_at=timezone.now())
    assert "แก้ไขวันที่รายงานตัวเป็น 4 ธันวาคม" in html(anonymous, other.url)[1]


def test_moving_a_page_changes_both_places(newsroom, make_news, demo, warm, anonymous):
    page = make_news("ข่าวย้ายไปกลุ่มงาน")
    old_url = page.url
    department = next(iter(demo.departments.values()))
    warm(old_url, "/news/", department.url)
    page.move(department, pos="last-child")
    page.refresh_from_db()
    # The old address now sends readers on (Wagtail's automatic redirect), not to a cached copy.
    moved = anonymous(old_url)
    assert moved.status_code == 301 and moved["Location"].endswith(page.url)
    assert "ข่าวย้ายไปกลุ่มงาน" in html(anonymous, department.url)[1]
    assert anonymous(page.url).status_code == 200


def test_deleting_a_page_removes_it(newsroom, make_news, warm, anonymous):
    page = make_news("ข่าวที่จะลบ")
    url = page.url
    warm(url, "/news/")
    page.delete()
    assert anonymous(url).status_code == 404
    assert "ข่าวที่จะลบ" not in html(anonymous, "/news/")[1]


def test_a_draft_changes_nothing_public(newsroom, make_news, warm, anonymous):
    page = make_news("ข่าวเผยแพร่แล้ว")
    warm(page.url, "/news/")
    page.title = "ชื่อในฉบับร่าง"
    page.save_revision()
    assert anonymous(page.url)[CACHE_HEADER] == "hit"
    assert anonymous("/news/")[CACHE_HEADER] == "hit"


def test_a_person_snippet_refreshes_their_group_page_only(newsroom, demo, warm, anonymous):
    person = Person.objects.filter(department__isnull=False).select_related("department").first()
    department_url = person.department.url
    warm(department_url, "/news/", "/about/structure/")
    person.first_name = "สมหญิงใหม่"
    person.save()
    assert "สมหญิงใหม่" in html(anonymous, department_url)[1]
    # A standard page that does not show people keeps its cached copy.
    assert anonymous("/about/structure/")[CACHE_HEADER] == "hit"


def test_a_document_title_refreshes_the_pages_that_attach_it(newsroom, make_news, demo, warm, anonymous):
    document = demo.document("ประกาศรายชื่อผู้มีสิทธิ์สอบ")
    page = make_news("ข่าวพร้อมเอกสาร")
    NewsAttachment.objects.create(page=page, document=document)
    page.save_revision().publish()
    warm(page.url, "/about/structure/")
    document.title = "ประกาศรายชื่อผู้มีสิทธิ์สอบ (ฉบับแก้ไข)"
    document.save()
    assert "ประกาศรายชื่อผู้มีสิทธิ์สอบ (ฉบับแก้ไข)" in html(anonymous, page.url)[1]
    assert anonymous("/about/structure/")[CACHE_HEADER] == "hit"


def test_an_image_refreshes_the_cards_that_show_it(newsroom, make_news, cover, warm, anonymous):
    page = make_news("ข่าวมีภาพปก", cover_image=cover)
    page.save_revision().publish()  # records the image in the reference index
    warm(page.url, "/news/")
    old_card = cover.get_rendition("fill-640x400|format-jpeg").url
    assert old_card in html(anonymous, "/news/")[1]
    # A new focal point (the admin's image editor) crops the cards differently.
    cover.focal_point_x, cover.focal_point_y, cover.focal_point_width, cover.focal_point_height = (
        100,
        100,
        50,
        50,
    )
    cover.save()
    new_card = cover.get_rendition("fill-640x400|format-jpeg").url
    body = html(anonymous, "/news/")[1]
    assert new_card != old_card and new_card in body and old_card not in body


def test_office_settings_reach_every_page(newsroom, make_news, demo, warm, anonymous):
    page = make_news("ข่าวใดก็ได้")
    warm("/", page.url, "/about/structure/")
    office = OfficeSettings.for_site(demo.site)
    office.phone = "074-999-999"
    office.save()
    for url in ("/", page.url, "/about/structure/"):
        assert "074-999-999" in html(anonymous, url)[1], url


class RecordingBackend(BaseBackend):
    urls = []

    def purge(self, url):
        self.urls.append(url)


def test_the_same_purge_reaches_a_reverse_proxy(newsroom, make_news, warm):
    RecordingBackend.urls = []
    backend = {"proxy": {"BACKEND": f"{__name__}.RecordingBackend"}}
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        page = make_news("ข่าวถึงพร็อกซี")
        page.unpublish()
    assert any(url.endswith(page.url) for url in RecordingBackend.urls)
    assert any(url.endswith("/news/") for url in RecordingBackend.urls)


def test_the_private_register_purges_nothing(newsroom, warm, anonymous):
    from caching.signals import model_kind
    from network.models import MediaOutlet

    warm("/news/")
    assert model_kind(MediaOutlet) is None
    MediaOutlet.objects.create(name="สถานีวิทยุทดสอบ")
    assert anonymous("/news/")[CACHE_HEADER] == "hit"
