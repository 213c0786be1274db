"""The public survey form /network/join/: WCAG 2.1 AA by axe-core, usable on a phone, without JS."""

import pytest
from playwright.sync_api import expect

from network.models import NetworkMember

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_survey_form_has_no_wcag_violations(demo, browser_page, assert_accessible):
    response = browser_page.goto("/network/join/")
    assert response.status == 200
    assert browser_page.get_by_role("heading", level=1).inner_text() == "แบบสำรวจเครือข่ายการประชาสัมพันธ์"
    assert_accessible(browser_page)


def test_the_survey_form_with_errors_has_no_wcag_violations(demo, browser_page, assert_accessible):
    browser_page.goto("/network/join/")
    browser_page.get_by_role("button", name="ส่งแบบสำรวจ").click()
    # The errors come back on the same URL: wait for the answer, not for a URL change.
    expect(browser_page.get_by_role("alert")).to_have_count(1)
    assert "โปรดให้ความยินยอม" in browser_page.content()
    assert_accessible(browser_page)


def test_a_phone_user_applies_by_keyboard_and_labels(demo, phone_page):
    tab = phone_page
    tab.goto("/network/join/")
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    tab.get_by_label("ชื่อหน่วยงาน/บุคคล").fill("โรงเรียนบ้านโคกทราย")
    tab.get_by_label("ผู้ประสานงาน", exact=False).first.fill("นายสมชาย ใจดี")
    tab.get_by_label("หมายเลขโทรศัพท์").fill("089-111-2222")
    tab.get_by_label("อีเมล").fill("khoksai@example.com")
    tab.get_by_label("กลุ่ม LINE").check()
    tab.get_by_label("ข้าพเจ้ายินยอม", exact=False).check()
    tab.get_by_role("button", name="ส่งแบบสำรวจ").click()
    tab.wait_for_url("**/network/join/thanks/")
    assert "ขอบคุณที่ร่วมเป็นเครือข่ายการประชาสัมพันธ์" in tab.content()
    member = NetworkMember.objects.get(name="โรงเรียนบ้านโคกทราย")
    assert member.status == "pending" and member.relay_channels == ["line"]
