"""Every public page type of the site skeleton: WCAG 2.1 AA by axe-core, readable on a phone."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = ["/", "/groups/", "/groups/general-administration/", "/about/structure/", "/about/privacy/"]


@pytest.fixture
def skeleton(demo):
    return demo


@pytest.mark.parametrize("path", PAGES)
def test_public_page_has_no_wcag_violations(skeleton, browser_page, assert_accessible, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.locator("html").get_attribute("lang") == "th"
    assert_accessible(browser_page)


def test_home_page_fits_a_phone_without_horizontal_scroll(skeleton, phone_page):
    phone_page.goto("/")
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert phone_page.get_by_role("link", name="ข้ามไปยังเนื้อหาหลัก").count() == 1
