"""/search/: Thai words found, synonyms, digits, ranking, filters, hidden pages, bad queries.

Run on SQLite and PostgreSQL (``DATABASE_URL``): the same assertions prove both backends.
"""

from datetime import datetime

import pytest
from django.utils import timezone

from home.models import StandardPage
from publishing.models import PageWithdrawal
from tests.newsroom.conftest import activity_times
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


def test_a_word_inside_a_compound_is_found(newsroom, make_news, search):
    make_news("ประกาศการประชุมคณะกรรมการ", intro="")
    make_news("ข่าวกีฬาสีประจำปี", intro="")
    assert titles(search("ประชุม", type="news")) == ["ประกาศการประชุมคณะกรรมการ"]


def test_school_is_found_in_a_longer_phrase(newsroom, make_news, search):
    make_news("รอบรั้วโรงเรียน", intro="")
    assert titles(search("โรงเรียน", type="news")) == ["รอบรั้วโรงเรียน"]


def test_the_body_is_searched_and_the_excerpt_marks_the_match(newsroom, make_news, search):
    make_news("ข่าวเช้า", intro="วันนี้มีการประชุมคณะกรรมการติดตามงบประมาณที่ห้องประชุมใหญ่")
    response = search("ประชุม", type="news")
    assert titles(response) == ["ข่าวเช้า"]
    html = response.content.decode()
    assert "<mark>ประชุม</mark>" in html
    assert "ข่าวประชาสัมพันธ์" in html  # the type of the result


def test_synonyms_find_the_long_form_and_back(newsroom, make_news, synonyms, search):
    make_news("ผอ.สพป. ลงพื้นที่ติดตามการสอน", intro="")
    make_news("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาจัดอบรมครู", intro="")
    assert titles(search("ผู้อำนวยการ")) == ["ผอ.สพป. ลงพื้นที่ติดตามการสอน"]
    assert set(titles(search("สพป."))) == {
        "ผอ.สพป. ลงพื้นที่ติดตามการสอน",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาจัดอบรมครู",
    }


def test_a_synonym_edited_in_the_admin_counts_at_once(newsroom, make_news, search):
    from search.models import SearchSynonym

    make_news("อบรมการใช้ AI ในห้องเรียน", intro="")
    assert titles(search("ปัญญาประดิษฐ์")) == []
    SearchSynonym.objects.create(terms="AI\nปัญญาประดิษฐ์")
    assert titles(search("ปัญญาประดิษฐ์")) == ["อบรมการใช้ AI ในห้องเรียน"]


def test_thai_and_arabic_digits_find_each_other(newsroom, make_news, search):
    make_news("แผนปฏิบัติการประจำปีงบประมาณ 2569", intro="")
    make_news("รายงานผลการดำเนินงาน ๒๕๖๘", intro="")
    assert titles(search("๒๕๖๙")) == ["แผนปฏิบัติการประจำปีงบประมาณ 2569"]
    assert titles(search("2568")) == ["รายงานผลการดำเนินงาน ๒๕๖๘"]


def test_mixed_thai_and_english(newsroom, make_news, search):
    make_news("อบรมการใช้ Google Classroom สำหรับครู", intro="")
    make_news("อบรมการใช้ Canva สำหรับครู", intro="")
    assert titles(search("google ครู")) == ["อบรมการใช้ Google Classroom สำหรับครู"]


def test_a_title_match_outranks_a_body_match(newsroom, make_news, search):
    make_news("ข่าวกิจกรรมวันเด็ก", intro="ในช่วงบ่ายมีการประชุมผู้ปกครองเรื่องการเดินทาง")
    make_news("การประชุมผู้ปกครองประจำภาคเรียน", intro="รายละเอียดตามเอกสารแนบ")
    assert titles(search("ประชุมผู้ปกครอง")) == ["การประชุมผู้ปกครองประจำภาคเรียน", "ข่าวกิจกรรมวันเด็ก"]


def test_a_wrong_tone_mark_still_finds_the_word(newsroom, make_news, search):
    make_news("ผู้อำนวยการมอบนโยบาย", intro="")
    response = search("ผู่อำนวยการ", type="news")
    assert titles(response) == ["ผู้อำนวยการมอบนโยบาย"]
    assert "ใกล้เคียง" in response.content.decode()


def test_withdrawn_unpublished_and_private_pages_are_never_found(newsroom, make_news, search):
    kept = make_news("ประชุมครูวิทยาศาสตร์ ครั้งที่ 1", intro="")
    withdrawn = make_news("ประชุมครูวิทยาศาสตร์ ครั้งที่ 2", intro="")
    PageWithdrawal.objects.create(page=withdrawn, explanation="ข้อมูลคลาดเคลื่อน")
    unpublished = make_news("ประชุมครูวิทยาศาสตร์ ครั้งที่ 3", intro="")
    unpublished.unpublish()
    private = make_news("ประชุมครูวิทยาศาสตร์ ครั้งที่ 4", intro="")
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert titles(search("ประชุมครูวิทยาศาสตร์")) == [kept.title]


def test_the_index_follows_edits(newsroom, make_news, search):
    page = make_news("ข่าวเก่า", intro="")
    assert titles(search("นิทรรศการ")) == []
    page.title = "นิทรรศการวิชาการ"
    page.save_revision().publish()
    assert titles(search("นิทรรศการ")) == ["นิทรรศการวิชาการ"]


def test_filters_by_type_group_and_year_and_keeps_them_in_pagination(newsroom, make_news, demo, search):
    group = demo.departments["policy-and-planning"]  # not the main department (which owns unowned news)
    for number in range(12):
        make_news(f"ประชุมสัญจร ครั้งที่ {number + 1}", intro="", parent=group)
    make_news("ประชุมสัญจรของสำนักงาน", intro="")
    make_news(
        "ประชุมสัญจรปีก่อน",
        intro="",
        parent=group,
        published=timezone.make_aware(datetime(2025, 3, 1, 10, 0)),
    )
    make_news("ประกาศประชุมสัญจรเดือนหน้า", intro="", parent=group, **activity_times(10))

    response = search("ประชุมสัญจร", group=group.slug, year=2570, type="news")
    assert response.context["page_obj"].paginator.count == 12
    assert len(response.context["results"]) == 10
    html = response.content.decode()
    assert f"group={group.slug}" in html and "year=2570" in html and "type=news" in html and "page=2" in html
    second = search("ประชุมสัญจร", group=group.slug, year=2570, type="news", page=2)
    assert len(second.context["results"]) == 2

    assert titles(search("ประชุมสัญจร", type="activity")) == ["ประกาศประชุมสัญจรเดือนหน้า"]
    assert titles(search("ประชุมสัญจร", year=2568)) == ["ประชุมสัญจรปีก่อน"]


def test_results_show_kind_group_and_buddhist_era_date(newsroom, make_news, demo, search):
    group = demo.departments["policy-and-planning"]  # not the main department (which owns unowned news)
    make_news(
        "ประชุมวางแผน", intro="", parent=group, published=timezone.make_aware(datetime(2026, 11, 23, 10))
    )
    html = search("ประชุมวางแผน").content.decode()
    assert "23 พฤศจิกายน 2569" in html
    assert group.title in html


def test_standard_pages_and_journal_articles_are_found(newsroom, make_issue, demo, search):
    demo.home_page.add_child(
        instance=StandardPage(title="เกี่ยวกับสำนักงาน", slug="about-search", intro="ประวัติและวิสัยทัศน์")
    )
    issue = make_issue(articles=[("บก.แถลง", "ห้องเรียนกลับด้านที่โรงเรียนบ้านนา", "ครูสมหญิง", 4)])
    issue.save_revision().publish()  # as the workflow's final approval does
    assert titles(search("วิสัยทัศน์")) == ["เกี่ยวกับสำนักงาน"]
    assert titles(search("ห้องเรียนกลับด้าน")) == ["วารสาร ปีที่ 11 ฉบับที่ 1"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "กรุณาพิมพ์คำที่ต้องการค้นหา"),
        ("   ", "กรุณาพิมพ์คำที่ต้องการค้นหา"),
        ("ก" * 101, "คำค้นยาวเกินไป"),
        ("!!! ... ???", "ไม่ใช่เครื่องหมายอย่างเดียว"),
    ],
)
def test_bad_queries_get_a_thai_message(demo, search, query, message):
    response = search(query)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_no_results_suggests_what_to_try(newsroom, make_news, search):
    make_news("ประชุมครู", intro="")
    response = search("ดาราศาสตร์", year=2569)
    html = response.content.decode()
    assert "ไม่พบผลลัพธ์" in html
    assert "ใช้คำให้น้อยลง" in html
    assert "ค้นหาโดยไม่ใช้ตัวกรอง" in html


def test_a_bad_filter_value_is_a_thai_message(demo, search):
    response = search("ประชุม", type="unknown")
    assert response.status_code == 200
    assert "ไม่มีตัวเลือกนี้" in response.content.decode()


def test_every_page_has_the_header_search_box(demo, client):
    html = client.get("/").content.decode()
    assert 'role="search"' in html and 'action="/search/"' in html


def test_query_count_does_not_grow_with_results(newsroom, make_news, search, django_assert_max_num_queries):
    for number in range(3):
        make_news(f"ประชุมประจำเดือน {number}", intro="")
    with django_assert_max_num_queries(30) as few:
        search("ประชุม")
    for number in range(40):
        make_news(f"ประชุมประจำสัปดาห์ {number}", intro="")
    with django_assert_max_num_queries(len(few.captured_queries)):
        search("ประชุม")


def test_ita_item_pages_and_group_pages_are_found(demo, year_2569, item_page, search):
    item_page(year_2569, "O4", intro="แผนปฏิบัติการประจำปีของสำนักงานและรายงานการกำกับติดตามรอบหกเดือน")
    response = search("กำกับติดตาม", type="ita")
    assert [result.page.item.code for result in response.context["results"]] == ["O4"]
    group = demo.departments["policy-and-planning"]
    assert group.title in titles(search(group.title, type="group"))
