"""The skeleton on a 360 px phone and on paper: gutters, no sideways scrolling, print shows the source."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = ["/", "/groups/", "/groups/general-administration/", "/about/structure/"]


@pytest.mark.parametrize("path", PAGES)
def test_phone_layout_keeps_gutters_and_never_scrolls_sideways(demo, phone_page, path):
    assert phone_page.goto(path).status == 200
    assert phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    # Every heading of the main content starts inside the page's gutter, not at the screen's edge.
    lefts = phone_page.eval_on_selector_all(
        "main h1, main h2", "els => els.map(e => e.getBoundingClientRect().left)"
    )
    assert lefts and min(lefts) >= 12


def test_print_hides_navigation_and_names_the_source(demo, browser_page):
    browser_page.goto("/groups/general-administration/")
    assert not browser_page.locator(".print-source").is_visible()
    browser_page.emulate_media(media="print")
    assert browser_page.locator(".print-source").is_visible()
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2" in browser_page.locator(".print-source").inner_text()
    for hidden in (".site-nav", ".site-footer", ".breadcrumbs", ".skip-link"):
        assert not browser_page.locator(hidden).first.is_visible(), hidden
    assert browser_page.locator("h1").inner_text().startswith("กลุ่มอำนวยการ")
