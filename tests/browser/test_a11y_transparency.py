"""The ITA pages: WCAG 2.1 AA by axe-core, usable on a phone and without JavaScript."""

import datetime as dt

import pytest

from transparency import demo as ita_demo
from transparency.models import ItaItem, TransparencyPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def ita(demo):
    index = ita_demo.ensure_index(demo)
    ita_demo.assign_departments(demo, 2569)
    year = ita_demo.ensure_year_page(demo, index, 2569)
    items = {item.code: item for item in ItaItem.objects.filter(fiscal_year=2569)}
    ita_demo.item_page(
        demo, year, items["O2"], automatic_content=TransparencyPage.AutomaticContent.EXECUTIVES
    )
    ita_demo.item_page(demo, year, items["O4"], automatic_content=TransparencyPage.AutomaticContent.NEWS)
    ita_demo.item_page(
        demo,
        year,
        items["O6"],
        documents=[("แผนปฏิบัติการประจำปีงบประมาณ 2569", dt.date(2025, 10, 15), ["แผนปฏิบัติการ"])],
        external_links=ita_demo.ESERVICE_LINKS,
    )
    ita_demo.item_page(demo, year, items["O18"], nothing_to_report="ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
    return demo


@pytest.mark.parametrize(
    "path",
    [
        "/ita/?year=2569",
        "/ita/?year=2568",
        "/ita/2569/",
        "/ita/2569/o2/",
        "/ita/2569/o4/",
        "/ita/2569/o6/",
        "/ita/2569/o18/",
    ],
)
def test_ita_pages_have_no_wcag_violations(ita, browser_page, assert_accessible, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert_accessible(browser_page)


def test_year_chooser_works_without_javascript_on_a_phone(ita, browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=False,
        viewport={"width": 360, "height": 740},
        locale="th-TH",
    )
    tab = context.new_page()
    try:
        tab.goto("/ita/?year=2569")
        tab.select_option("#ita-year", "2568")
        tab.get_by_role("button", name="แสดง").click()
        tab.wait_for_url("**/ita/?year=2568")
        assert tab.locator("h2", has_text="9.1 ข้อมูลพื้นฐาน").count() == 1
        assert tab.get_by_text("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน").count() == 1
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    finally:
        context.close()
