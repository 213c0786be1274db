"""The information center's register: live public pages filed under a disclosure category, by category."""

import pytest

from home.models import StandardPage
from publishing.models import DisclosureCategory

pytestmark = pytest.mark.django_db
URL = "/services/information-center/"


@pytest.fixture
def filed(demo):
    category = DisclosureCategory.objects.create(
        name="แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี (ทดสอบ)", sort_order=1
    )

    def _page(slug, title, publish=True, **fields):
        return demo.page(
            demo.home_page,
            StandardPage,
            slug,
            publish=publish,
            title=title,
            disclosure_category=category,
            **fields,
        )

    return category, _page


def test_filed_live_pages_are_listed_by_category(filed, client):
    category, page = filed
    page("plan-2570", "แผนปฏิบัติการประจำปีงบประมาณ 2570")
    page("draft-plan", "ร่างแผนที่ยังไม่เผยแพร่", publish=False)
    html = client.get(URL).content.decode()
    assert "แผนปฏิบัติการประจำปีงบประมาณ 2570" in html
    assert 'href="/plan-2570/"' in html
    assert "ร่างแผนที่ยังไม่เผยแพร่" not in html
    assert category.name in html
    other = DisclosureCategory.objects.create(name="คู่มือการปฏิบัติงาน (ทดสอบ)", sort_order=2)
    html = client.get(f"{URL}?category={other.pk}").content.decode()
    assert "แผนปฏิบัติการประจำปีงบประมาณ 2570" not in html


def test_register_has_a_fixed_number_of_queries(filed, client, django_assert_max_num_queries):
    # Constant: one view-restriction query per disclosable page model (``.public()``), one union, one
    # page lookup for the URLs, and the site's header and footer.
    _category, page = filed
    page("plan-0", "แผนที่ 0")
    client.get(URL)
    with django_assert_max_num_queries(16):
        client.get(URL)
    for number in range(1, 40):
        page(f"plan-{number}", f"แผนที่ {number}")
    with django_assert_max_num_queries(16):
        html = client.get(URL).content.decode()
    assert "(40 รายการ)" in html
