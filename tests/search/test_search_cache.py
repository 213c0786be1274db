"""Search results in the page cache: served to visitors without a query, never stale after a change.

Each test reads a results page twice (the second read is a hit), changes what it shows the way the
admin or the worker does, then searches again as a visitor.
"""

from urllib.parse import urlencode

import pytest

from caching.middleware import CACHE_HEADER
from home.demo_files import wagtail_document
from newsroom.models import NewsAttachment, NewsPage
from publishing.withdrawals import withdraw_page
from search.documents import extract_document_text
from search.models import SearchSynonym

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The suite runs without the page cache (config/settings/test.py); these tests need it."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def visitor(client):
    """``visitor(q, **filters)``: GET /search/ without cookies; returns the response."""

    def _get(q, **params):
        client.cookies.clear()
        return client.get(f"/search/?{urlencode({'q': q, **params})}")

    return _get


@pytest.fixture
def cached(visitor):
    """``cached(q)``: search twice, the second answer from the page cache; returns its HTML."""

    def _cached(q, **params):
        visitor(q, **params)
        response = visitor(q, **params)
        assert response[CACHE_HEADER] == "hit"
        return response.content.decode()

    return _cached


def shown(visitor, q, **params):
    response = visitor(q, **params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_visitor_gets_results_from_the_cache_without_a_query(
    newsroom, make_news, cached, visitor, django_assert_num_queries
):
    make_news("ประชุมคณะกรรมการติดตามงบประมาณ", intro="")
    assert "ประชุมคณะกรรมการติดตามงบประมาณ" in cached("ประชุม")
    with django_assert_num_queries(0):
        response = visitor("ประชุม")
    assert response[CACHE_HEADER] == "hit"
    assert "public" in response["Cache-Control"]


def test_a_signed_in_user_is_never_served_the_shared_copy(newsroom, make_news, cached, client, login, demo):
    make_news("ประชุมคณะกรรมการติดตามงบประมาณ", intro="")
    cached("ประชุม")
    editor = login(demo.users["editor"])
    response = editor.get("/search/?" + urlencode({"q": "ประชุม"}))
    assert CACHE_HEADER not in response
    assert "private" in response["Cache-Control"]


def test_publishing_a_page_reaches_cached_results(newsroom, cached, visitor):
    assert "ไม่พบผลลัพธ์" in cached("นิทรรศการ")
    page = NewsPage(title="นิทรรศการวิชาการประจำปี", slug="expo", live=False, intro="")
    newsroom.news_index.add_child(instance=page)
    page.save_revision().publish()
    assert "นิทรรศการวิชาการประจำปี" in shown(visitor, "นิทรรศการ")


def test_an_edit_reaches_cached_results(newsroom, make_news, cached, visitor):
    page = make_news("ประชุมผู้ปกครองภาคเรียนที่ 1", intro="")
    assert "ประชุมผู้ปกครองภาคเรียนที่ 1" in cached("ผู้ปกครอง")
    page.title = "ประชุมครูประจำชั้นภาคเรียนที่ 1"
    page.save_revision().publish()
    assert "ประชุมผู้ปกครองภาคเรียนที่ 1" not in shown(visitor, "ผู้ปกครอง")
    assert "ประชุมครูประจำชั้นภาคเรียนที่ 1" in shown(visitor, "ครูประจำชั้น")


def test_unpublishing_removes_the_page_from_cached_results(newsroom, make_news, cached, visitor):
    page = make_news("ประกาศรับสมัครครูอัตราจ้าง", intro="")
    assert "ประกาศรับสมัครครูอัตราจ้าง" in cached("อัตราจ้าง")
    page.unpublish()
    assert "ประกาศรับสมัครครูอัตราจ้าง" not in shown(visitor, "อัตราจ้าง")


def test_withdrawing_removes_the_page_from_cached_results(newsroom, make_news, cached, visitor, demo):
    page = make_news("ผลการคัดเลือกครูดีเด่นประจำปี", intro="")
    kept = make_news("เกณฑ์การคัดเลือกครูดีเด่น", intro="")
    html = cached("ครูดีเด่น")
    assert page.title in html and kept.title in html
    withdraw_page(page, demo.users["director"], "รายชื่อคลาดเคลื่อน อยู่ระหว่างตรวจสอบ")
    html = shown(visitor, "ครูดีเด่น")
    assert page.title not in html and kept.title in html


def test_a_synonym_added_edited_or_deleted_counts_at_once(newsroom, make_news, cached, visitor):
    make_news("อบรมการใช้ AI ในห้องเรียน", intro="")
    assert "อบรมการใช้ AI ในห้องเรียน" not in cached("ปัญญาประดิษฐ์")
    synonym = SearchSynonym.objects.create(terms="AI\nปัญญาประดิษฐ์")
    assert "อบรมการใช้ AI ในห้องเรียน" in shown(visitor, "ปัญญาประดิษฐ์")
    assert "อบรมการใช้ AI ในห้องเรียน" in cached("ปัญญาประดิษฐ์")
    synonym.terms = "AI\nเอไอ"
    synonym.save()
    assert "อบรมการใช้ AI ในห้องเรียน" not in shown(visitor, "ปัญญาประดิษฐ์")
    assert "อบรมการใช้ AI ในห้องเรียน" in cached("เอไอ")
    synonym.delete()
    assert "อบรมการใช้ AI ในห้องเรียน" not in shown(visitor, "เอไอ")


def test_a_document_text_extracted_later_reaches_cached_results(newsroom, make_news, cached, visitor):
    # The worker has not run yet: its task is queued on commit, and a test never commits.
    document = wagtail_document("รายงานผล", ["รายงานผลการนิเทศติดตามการจัดการเรียนรู้ภาษาอังกฤษ"])
    page = make_news("ข่าวรายงานผล", intro="")
    page.attachments.add(NewsAttachment(document=document))
    page.save_revision().publish()
    assert "ข่าวรายงานผล" not in cached("นิเทศ", type="news")
    extract_document_text(document.pk)
    assert "ข่าวรายงานผล" in shown(visitor, "นิเทศ", type="news")


def test_a_renamed_document_reaches_cached_results(newsroom, make_news, cached, visitor):
    document = wagtail_document("ประกาศ", ["ประกาศสำนักงาน"])
    extract_document_text(document.pk)
    page = make_news("ข่าวประกาศของสำนักงาน", intro="")
    page.attachments.add(NewsAttachment(document=document))
    page.save_revision().publish()
    assert "ข่าวประกาศของสำนักงาน" not in cached("ทุนการศึกษา", type="news")
    document.title = "ประกาศทุนการศึกษา"
    document.save()
    extract_document_text(document.pk)  # the worker's task after the save: same file, new title
    assert "ข่าวประกาศของสำนักงาน" in shown(visitor, "ทุนการศึกษา", type="news")
