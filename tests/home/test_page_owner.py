"""One rule decides which group (กลุ่ม) owns a page; its three forms must always agree.

``department_for_page`` (one page: the approval route), ``attach_departments`` (the public cards)
and ``owned_by_q`` (the ``/news/`` group filter) are checked against each other on pages in every
position the rule distinguishes.
"""

import pytest

from home.departments import attach_departments, department_for_page, owned_by_q
from home.models import DepartmentPage, OfficeSettings
from newsroom.models import NewsPage
from tests import factories


@pytest.fixture
def positioned_news(demo):
    index = factories.news_index(demo)
    personnel = demo.departments["personnel"]
    finance = demo.departments["finance-and-assets"]
    return {
        # In a group's room: the tree decides, even against the page's own field.
        "room, own field elsewhere": factories.news_page(
            personnel, "ข่าวในห้องกลุ่มบริหารงานบุคคล", department=finance
        ),
        "room, no field": factories.news_page(personnel, "ข่าวกลุ่มบริหารงานบุคคล"),
        # Outside every room: the page's field, else the office's main department.
        "outside, own field": factories.news_page(index, "ข่าวการเงินที่ส่วนกลาง", department=finance),
        "outside, no field": factories.news_page(index, "ข่าวสำนักงานทั่วไป"),
    }, {"personnel": personnel, "finance": finance}


def test_single_bulk_and_filter_name_the_same_owner(demo, positioned_news):
    pages, named = positioned_news
    main_id = OfficeSettings.for_site(demo.site).main_department_id
    expected = {
        "room, own field elsewhere": named["personnel"].pk,
        "room, no field": named["personnel"].pk,
        "outside, own field": named["finance"].pk,
        "outside, no field": main_id,
    }
    departments = list(DepartmentPage.objects.all())
    bulk = {page.pk: page.owning_group for page in attach_departments(NewsPage.objects.all(), demo.site)}
    for label, page in pages.items():
        single = department_for_page(NewsPage.objects.get(pk=page.pk))
        filtered = [
            department.pk
            for department in departments
            if NewsPage.objects.filter(owned_by_q(department, main_id), pk=page.pk).exists()
        ]
        assert single.pk == expected[label], label
        assert bulk[page.pk].pk == expected[label], label
        assert filtered == [expected[label]], label


def test_the_news_filter_and_the_cards_use_the_rule(demo, positioned_news, client):
    pages, named = positioned_news
    response = client.get("/news/", {"group": named["personnel"].slug})
    titles = [page.title for page in response.context["page_obj"].object_list]
    assert sorted(titles) == sorted(["ข่าวในห้องกลุ่มบริหารงานบุคคล", "ข่าวกลุ่มบริหารงานบุคคล"])
    assert {page.owning_group.pk for page in response.context["page_obj"].object_list} == {
        named["personnel"].pk
    }
