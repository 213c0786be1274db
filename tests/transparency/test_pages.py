"""The public ITA pages: stable URLs, the year chooser and what an item page shows."""

import datetime as dt
from unittest import mock

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.models import Page

from home.departments import department_for_page
from home.models import Person
from transparency.models import ItaItem, ItaSubIndicator, TransparencyPage


def text(response):
    return response.content.decode()


def test_item_pages_have_stable_urls_and_follow_their_item(year_2569, item_page, client):
    page = item_page(year_2569, "O4")

    assert page.url == "/ita/2569/o4/"
    assert page.title == "O4 ข่าวประชาสัมพันธ์"
    # The owning group is the item's responsible group, for the approval route and the rights.
    assert page.department == ItaItem.objects.get(fiscal_year=2569, code="O4").department
    assert page.department.slug == "general-administration"
    # The approval workflow routes the page to that group.
    assert department_for_page(Page.objects.get(pk=page.pk)) == page.department
    assert client.get("/ita/2569/o4/").status_code == 200
    assert client.get("/ita/2569/").status_code == 200
    # The code as the NACC manual writes it answers the same page.
    upper = client.get("/ita/2569/O4/")
    assert upper.status_code == 200 and upper.context["page"].pk == page.pk
    assert client.get("/ita/2569/O99/").status_code == 404


def test_index_shows_the_current_fiscal_year_grouped_by_sub_indicator(year_2569, item_page, client):
    item_page(year_2569, "O1")
    item_page(year_2569, "O2", publish=False)

    with mock.patch("transparency.models.current_fiscal_year", return_value=2569):
        response = client.get("/ita/")

    body = text(response)
    assert response.status_code == 200
    assert "ปีงบประมาณ 2569" in body
    assert "9.1 ข้อมูลพื้นฐาน" in body and "10.2 มาตรการภายในเพื่อป้องกันการทุจริต" in body
    assert '<a href="/ita/2569/o1/">โครงสร้าง หน้าที่และอำนาจ</a>' in body
    # A draft and a missing item are listed, without a link for the public.
    assert "ข้อมูลผู้บริหาร" in body and "/ita/2569/o2/" not in body
    assert "ข่าวประชาสัมพันธ์" in body and "/ita/2569/o4/" not in body
    assert "เผยแพร่แล้ว 1 จาก 26 ข้อ" in body
    assert response["Cache-Control"].startswith("max-age") or "public" in response["Cache-Control"]


def test_year_chooser_shows_other_years_without_javascript(year_2569, client):
    with mock.patch("transparency.models.current_fiscal_year", return_value=2569):
        response = client.get("/ita/", {"year": 2568})
        body = text(response)
        assert '<option value="2568" selected>' in body
        assert "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in body  # O27 exists only in 2568
        assert 'href="/ita/?year=2569"' in body

        unknown = text(client.get("/ita/", {"year": "2400"}))
        assert "ไม่พบข้อมูลของปีงบประมาณที่เลือก จึงแสดงปีงบประมาณ 2569" in unknown
        assert "ไม่พบข้อมูล" not in text(client.get("/ita/", {"year": "2569"}))


def test_item_page_shows_documents_with_be_date_type_and_size(year_2569, item_page, client):
    page = item_page(
        year_2569,
        "O6",
        documents=[("แผนปฏิบัติการประจำปีงบประมาณ 2569", dt.date(2025, 10, 15), ["แผนปฏิบัติการ"])],
        external_links=[
            ("link", {"title": "ระบบ E-Service", "url": "https://eservice.example.go.th/", "description": ""})
        ],
    )
    body = text(client.get(page.url))
    assert "แผนปฏิบัติการประจำปีงบประมาณ 2569" in body
    assert "ลงวันที่ 15 ตุลาคม 2568" in body
    assert "(PDF, " in body and "KB)" in body
    assert '<a href="https://eservice.example.go.th/">ระบบ E-Service</a>' in body


def test_nothing_to_report_is_stated(year_2569, item_page, client):
    page = item_page(year_2569, "O18", nothing_to_report="ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
    assert "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" in text(client.get(page.url))


def test_executives_come_from_the_people_directory(year_2569, item_page, client):
    page = item_page(year_2569, "O2", automatic_content=TransparencyPage.AutomaticContent.EXECUTIVES)
    Person.objects.create(first_name="ใหม่", last_name="ผู้บริหาร", position="รองผู้อำนวยการ", is_executive=True)
    Person.objects.create(first_name="ไม่ใช่", last_name="ผู้บริหาร", position="นักวิชาการ", is_executive=False)

    body = text(client.get(page.url))

    assert "นายสมชาย ศรีสุข" in body
    assert "ใหม่ ผู้บริหาร" in body
    assert "ไม่ใช่ ผู้บริหาร" not in body


def _news(department, slug, title, published):
    """A live NewsPage under a group's page, made the way the newsroom's tests make theirs."""
    news_model = apps.get_model("newsroom", "NewsPage")
    page = news_model(
        title=title,
        slug=slug,
        live=True,
        first_published_at=published,
        last_published_at=published,
        intro=title,
    )
    department.add_child(instance=page)
    return page


@pytest.mark.skipif(not apps.is_installed("newsroom"), reason="the newsroom app is not installed")
def test_news_item_lists_the_fiscal_years_news_live(
    demo, year_2569, item_page, client, django_assert_max_num_queries
):
    """Chosen by data (automatic_content), whatever the item's code; a live query, not a copy."""
    department = demo.departments["general-administration"]
    zone = timezone.get_current_timezone()
    _news(department, "in-2569", "ประชุมผู้บริหารสถานศึกษา ตุลาคม 2568", dt.datetime(2025, 10, 1, 9, tzinfo=zone))
    _news(department, "before-2569", "ข่าวปีงบประมาณ 2568", dt.datetime(2025, 9, 30, 23, tzinfo=zone))
    page = item_page(year_2569, "O19", automatic_content=TransparencyPage.AutomaticContent.NEWS)
    news_index = apps.get_model("newsroom", "NewsIndexPage")(title="ข่าวประชาสัมพันธ์", slug="news")
    demo.home_page.add_child(instance=news_index)

    body = text(client.get(page.url))
    assert "ประชุมผู้บริหารสถานศึกษา ตุลาคม 2568" in body
    assert "ข่าวปีงบประมาณ 2568" not in body
    assert 'href="/news/?year=2569"' in body
    # The link opens the newsroom's own listing, filtered to the same fiscal year.
    listing = text(client.get("/news/?year=2569"))
    assert "ประชุมผู้บริหารสถานศึกษา ตุลาคม 2568" in listing
    assert "ข่าวปีงบประมาณ 2568" not in listing

    _news(department, "later-2569", "ข่าวใหม่ของปีงบประมาณ 2569", dt.datetime(2026, 9, 30, 20, tzinfo=zone))
    client.get(page.url)
    with django_assert_max_num_queries(25) as captured:
        assert "ข่าวใหม่ของปีงบประมาณ 2569" in text(client.get(page.url))
    for n in range(5):
        _news(department, f"more-{n}", f"ข่าวเพิ่มเติม {n}", dt.datetime(2026, 1, 1 + n, 9, tzinfo=zone))
    with django_assert_max_num_queries(len(captured.captured_queries)):
        assert text(client.get(page.url)).count("ข่าวเพิ่มเติม") == 5


def test_an_item_has_one_page(year_2569, item_page):
    from django.core.exceptions import ValidationError

    item_page(year_2569, "O1")
    duplicate = TransparencyPage(
        title="ซ้ำ", slug="o1-copy", item=ItaItem.objects.get(fiscal_year=2569, code="O1")
    )
    with pytest.raises(ValidationError):
        year_2569.add_child(instance=duplicate)


def _add_items(year, first, last):
    sub, _ = ItaSubIndicator.objects.get_or_create(
        fiscal_year=year, code="9.1", defaults={"title": "ข้อมูลพื้นฐาน"}
    )
    ItaItem.objects.bulk_create(
        ItaItem(fiscal_year=year, code=f"O{n}", sub_indicator=sub, title=f"ข้อทดสอบที่ {n}", sort_order=n)
        for n in range(first, last + 1)
    )


def _queries_of_index(client, year, django_assert_max_num_queries):
    client.get("/ita/", {"year": year})  # warm the site-root cache like a running server
    with django_assert_max_num_queries(16) as captured:
        response = client.get("/ita/", {"year": year})
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode().count("ข้อทดสอบที่")


def test_index_runs_a_fixed_number_of_queries_for_10_or_200_items(
    demo, ita_index, item_page, client, django_assert_max_num_queries
):
    from transparency import demo as ita_demo

    year_page = ita_demo.ensure_year_page(demo, ita_index, 2571)
    _add_items(2571, 1, 10)
    for n in range(1, 6):
        item_page(year_page, f"O{n}")
    few, listed_few = _queries_of_index(client, 2571, django_assert_max_num_queries)

    _add_items(2571, 11, 200)
    for n in range(6, 31):
        item_page(year_page, f"O{n}")
    many, listed_many = _queries_of_index(client, 2571, django_assert_max_num_queries)

    assert (listed_few, listed_many) == (10, 200)
    assert few == many


def test_page_types_form_a_strict_tree():
    from transparency.models import TransparencyIndexPage, TransparencyYearPage

    assert TransparencyIndexPage.max_count == 1
    assert TransparencyPage.subpage_types == []
    assert TransparencyYearPage.allowed_parent_page_models() == [TransparencyIndexPage]
    assert Page in TransparencyPage.__mro__


def test_admin_form_offers_only_this_years_items_without_a_page(demo, year_2569, item_page, login):
    item_page(year_2569, "O1")
    client = login(demo.users["webmaster"])
    form = client.get(f"/admin/pages/add/transparency/transparencypage/{year_2569.pk}/").context["form"]
    offered = set(form.fields["item"].queryset.values_list("fiscal_year", "code"))
    assert (2569, "O2") in offered
    assert (2569, "O1") not in offered  # already has its page
    assert all(year == 2569 for year, _code in offered)
    assert len(offered) == 25


def test_item_page_runs_a_fixed_number_of_queries_whatever_its_documents(
    demo, year_2569, item_page, client, django_assert_max_num_queries
):
    documents = [(f"เอกสารประกอบที่ {n}", dt.date(2025, 10, n), [f"เอกสาร {n}"]) for n in range(1, 21)]
    few = item_page(year_2569, "O8", documents=documents[:2])
    many = item_page(year_2569, "O9", documents=documents)
    client.get(few.url)
    with django_assert_max_num_queries(20) as captured:
        assert text(client.get(few.url)).count("เอกสารประกอบที่") == 2
    with django_assert_max_num_queries(len(captured.captured_queries)):
        assert text(client.get(many.url)).count("เอกสารประกอบที่") == 20
