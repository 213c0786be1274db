"""The newsroom's public pages: WCAG 2.1 AA by axe-core, usable on a 360 px phone without JavaScript."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.newsroom.conftest import activity_times, cover, make_issue, make_news, newsroom  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def content(newsroom, make_news, make_issue, cover):  # noqa: F811
    gallery = {
        "title": "ภาพกิจกรรม",
        "images": [
            {
                "image": cover,
                "alt_text": "ครูรับเกียรติบัตร",
                "caption": "พิธีมอบเกียรติบัตร",
                "credit": "งานประชาสัมพันธ์",
            }
        ],
    }
    story = make_news(
        "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 10/2569",
        parent=newsroom.departments["general-administration"],
        cover_image=cover,
        body=[("paragraph", "<p>ที่ประชุมรับทราบนโยบาย</p>"), ("gallery", gallery)],
        sources="ข้อมูลจากที่ประชุม",
        tags=["ประชุม"],
        featured=True,
    )
    make_news("ข่าวที่เกี่ยวข้อง", cover_image=cover, tags=["ประชุม"])
    make_news("งานวันครู ประจำปี 2570", event_location="หอประชุม สพป.", **activity_times(10))
    issue = make_issue(
        12,
        1,
        date(2026, 10, 1),
        date(2026, 11, 1),
        cover_image=newsroom.image("ปกวารสาร a11y", seed=3, size=(600, 848)),
        pdf=newsroom.document("วารสาร ปีที่ 12 ฉบับที่ 1", ["วารสาร"]),
        articles=[("บก.แถลง", "สวัสดีผู้อ่าน", "บรรณาธิการ", 1), ("รอบรั้วโรงเรียน", "กีฬาสี", "ครูสมใจ", 5)],
    )
    return {"story": story.url, "issue": issue.url}


PAGES = [
    "/",
    "/news/",
    "/news/?stream=proactive",
    "story",
    "/news/activities/",
    "/journal/",
    "issue",
    "/journal/contribute/",
]


@pytest.mark.parametrize("path", PAGES)
def test_newsroom_page_has_no_wcag_violations(content, browser_page, assert_accessible, path):
    response = browser_page.goto(content.get(path, path))
    assert response.status == 200
    assert_accessible(browser_page)


def test_contribution_errors_and_confirmation_are_accessible(content, browser_page, assert_accessible):
    browser_page.goto("/journal/contribute/")
    browser_page.click("main button[type=submit]")
    # The errors come back on the same URL: wait for the answer, not for a URL change.
    expect(browser_page.get_by_text("กรุณากรอกชื่อ-นามสกุล")).to_have_count(1)
    assert_accessible(browser_page)
    browser_page.fill("#id_name", "นางสาวสุดารัตน์ ทองเนื้อดี")
    browser_page.fill("#id_school", "โรงเรียนบ้านควนขนุน")
    browser_page.fill("#id_email", "sudarat@example.ac.th")
    browser_page.fill("#id_title", "บัตรคำพัฒนาการอ่าน")
    browser_page.fill("#id_text", "บัตรคำช่วยให้นักเรียนอ่านคล่องขึ้น")
    browser_page.check("#id_authorship_confirmed")
    browser_page.check("#id_consent_to_publish")
    browser_page.click("main button[type=submit]")
    browser_page.wait_for_url("**/journal/contribute/thanks/")
    assert browser_page.get_by_role("heading", name="ได้รับบทความของท่านแล้ว").count() == 1
    assert_accessible(browser_page)


@pytest.mark.parametrize("path", ["/news/", "story", "issue"])
def test_fits_a_phone_and_works_without_javascript(content, browser, live_server, path):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}, java_script_enabled=False
    )
    tab = context.new_page()
    try:
        tab.goto(content.get(path, path))
        assert tab.locator("h1").count() == 1
        if path == "story":
            # Gallery: a plain link to the large image; sharing: plain links and a read-only URL box.
            assert tab.locator("a.gallery__link").count() == 1
            assert (
                tab.locator("a.share__link--line")
                .get_attribute("href")
                .startswith("https://social-plugins.line.me/lineit/share?url=")
            )
            assert tab.locator("#share-url").get_attribute("readonly") is not None
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/news/", "story", "issue", "/journal/"])
def test_no_horizontal_scroll_on_a_phone(content, phone_page, path):
    phone_page.goto(content.get(path, path))
    assert phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
