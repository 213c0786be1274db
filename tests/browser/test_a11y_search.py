"""The search page: reached from the header box without JavaScript, WCAG 2.1 AA by axe-core, fits a phone.

axe-core runs only in a tab with JavaScript: it schedules its checks with ``setTimeout``, which never
fires in a context made with ``java_script_enabled=False``, and Playwright's ``evaluate`` has no
timeout, so such a run waits forever (this was the "hang in the live server" of issue 11). The
no-JavaScript path is walked in its own context; axe then checks the page it reached in a normal tab.
"""

import pytest

from search.demo import load as load_synonyms
from tests.newsroom.conftest import make_news, newsroom  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def content(newsroom, make_news):  # noqa: F811
    load_synonyms(newsroom)
    for number in range(12):
        make_news(f"ประกาศการประชุมคณะกรรมการ ครั้งที่ {number + 1}", intro="ผอ.สพป. เป็นประธานการประชุม")


def test_header_search_without_javascript_then_axe(
    content, browser, live_server, browser_page, assert_accessible
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, locale="th-TH")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    try:
        tab.goto("/")
        tab.fill("#site-search-q", "ผู้อำนวยการ ประชุม")
        tab.click(".site-search button[type=submit]")
        tab.wait_for_url("**/search/?q=*")
        assert tab.locator(".search-result").count() == 10
        assert tab.locator(".search-result mark").count() > 0
        assert tab.get_by_role("navigation", name="เลขหน้า").count() == 1
        results_url = tab.url
    finally:
        context.close()

    browser_page.goto(results_url)
    assert browser_page.locator(".search-result").count() == 10
    assert_accessible(browser_page)
    browser_page.goto("/search/?q=...")
    assert browser_page.get_by_text("ไม่ใช่เครื่องหมายอย่างเดียว").count() == 1
    assert_accessible(browser_page)


def test_search_page_fits_a_phone(content, phone_page, assert_accessible):
    phone_page.goto("/search/?q=ประชุม&type=news")
    assert phone_page.locator(".search-result").count() == 10
    assert phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(phone_page)
