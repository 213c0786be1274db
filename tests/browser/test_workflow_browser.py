"""The approval workflow in the real admin, in headless chromium: the editor writes and submits,
the group director approves, the office director approves on a 360 px phone, the page is live."""

import pytest

from home.models import StandardPage
from newsroom.models import NewsIndexPage, NewsPage
from publishing.models import PublicationRequest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "ขอเชิญร่วมกิจกรรมวันภาษาไทยแห่งชาติ ประจำปี 2570"
INTRO = "สำนักงานเขตพื้นที่การศึกษาเชิญโรงเรียนในสังกัดร่วมกิจกรรมวันภาษาไทยแห่งชาติ 29 กรกฎาคม"


def open_actions_and_click(tab, selector):
    """Click an action of the editor's footer menu, opening its dropdown first when needed."""
    button = tab.locator(selector).first
    if not button.is_visible():
        tab.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    button.click()


def test_editor_submits_group_director_and_director_approve_on_a_phone(
    demo, browser, live_server, browser_page, phone_page, browser_login
):
    department = demo.departments["general-administration"]
    news_index = demo.page(demo.home_page, NewsIndexPage, "news", title="ข่าวประชาสัมพันธ์")

    # 1. The editor writes a news item in their group's room and submits it. General news with no
    # photo: no event times, cover image or photo consent are required (NewsPage.clean).
    tab = browser_page
    browser_login(tab, "editor")
    tab.goto(f"/admin/pages/add/newsroom/newspage/{department.pk}/")
    tab.fill("#id_title", TITLE)
    tab.select_option("#id_stream", "policy")
    tab.select_option("#id_product", "press_release")
    tab.select_option("#id_kind", "general")
    tab.fill("#id_intro", INTRO)
    tab.fill("#id_credits", "ข่าว: นางสาวกนกพร แก้วมณี")
    # Asking for approval needs the disclosure category of the request form (settings tab).
    tab.select_option("#id_disclosure_category", label="ข้อมูลการจัดซื้อจัดจ้าง", force=True)
    open_actions_and_click(tab, "button[name='action-submit']")
    tab.wait_for_url("**/admin/pages/**")
    page = NewsPage.objects.get(title=TITLE)
    assert page.get_parent().pk == department.pk
    assert page.owner.username == "editor"
    assert page.get_workflow().name == "อนุมัติเผยแพร่"
    assert page.current_workflow_task.name == "ผอ.กลุ่มตรวจสอบ"
    assert not page.live

    # 2. The group director approves from the editor.
    context = browser.new_context(base_url=live_server.url, locale="th-TH")
    director_tab = context.new_page()
    browser_login(director_tab, "groupdirector")
    director_tab.goto(f"/admin/pages/{page.pk}/edit/")
    open_actions_and_click(
        director_tab, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    # An approval leaves the edit screen: wait for that, not for any admin URL (the edit screen is one).
    director_tab.wait_for_url(lambda url: f"/pages/{page.pk}/edit/" not in url)
    page = NewsPage.objects.get(pk=page.pk)
    assert page.current_workflow_task.name == "ผอ.สพท.อนุมัติ"
    context.close()

    # 3. The office director approves on a phone: the dashboard lists it, the screen fits 360 px.
    phone = phone_page
    browser_login(phone, "director")
    phone.goto("/admin/")
    assert phone.get_by_text(TITLE).first.is_visible()
    phone.goto(f"/admin/pages/{page.pk}/edit/")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    selector = "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    phone.locator("footer [data-w-dropdown-target='toggle']").first.click()
    approve = phone.locator(selector).first
    approve.wait_for(state="visible")
    box = approve.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    approve.click()
    phone.wait_for_url(lambda url: f"/pages/{page.pk}/edit/" not in url)

    # 4. Live on the public site, listed at /news/, with its publication request complete.
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    assert (page.intro, page.stream, page.product, page.kind) == (INTRO, "policy", "press_release", "general")
    assert page.url.startswith("/groups/general-administration/")
    public = browser.new_context(base_url=live_server.url, locale="th-TH").new_page()
    response = public.goto(page.url)
    assert response.status == 200
    assert public.locator("h1").inner_text() == TITLE
    response = public.goto(news_index.url)
    assert response.status == 200
    card = public.locator(".news-grid .news-card").filter(
        has=public.get_by_role("link", name=TITLE, exact=True)
    )
    assert card.count() == 1
    assert card.get_by_role("link").get_attribute("href") == page.url
    assert "ข่าวนโยบายและผลการดำเนินงาน" in card.inner_text()
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "published"
    assert pr.requester_name == "นางสาวกนกพร แก้วมณี"
    assert pr.group_director_name == "นางวิไลวรรณ ทองคำ"
    assert pr.office_director_name == "นายสมชาย ศรีสุข"
    public.context.close()


def test_correction_note_and_withdrawal_banner_are_accessible(demo, browser_page, assert_accessible):
    from django.utils import timezone

    from publishing.models import PageCorrection
    from publishing.withdrawals import withdraw_page

    page = demo.page(
        demo.departments["general-administration"],
        StandardPage,
        "withdrawn-announcement",
        title="ประกาศรับสมัครลูกจ้างชั่วคราว",
        intro="สำนักงานเขตพื้นที่การศึกษาประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถยนต์",
    )
    PageCorrection.objects.create(
        page=page, note="แก้ไขวันปิดรับสมัครเป็น 30 ธันวาคม 2569", published_at=timezone.now()
    )
    withdraw_page(page, demo.users["director"], "ยกเลิกประกาศตามคำสั่งสำนักงานที่ 20/2570")
    response = browser_page.goto(page.url)
    assert response.status == 410
    assert browser_page.get_by_role("alert").inner_text().startswith("ข้อมูลนี้ถอนการเผยแพร่แล้ว")
    assert browser_page.get_by_role("heading", name="แก้ไขเพิ่มเติม").is_visible()
    assert_accessible(browser_page)
