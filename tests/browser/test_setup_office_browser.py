"""A real office's first day, in headless chromium: ``setup_office`` on a database fresh from
``migrate``; the administrator creates an editor in the admin; the editor writes an activity with
Buddhist-Era dates typed in the admin and submits it; the group director and the office director
approve; the news is live, and every link it shares names the configured host.

Written against what the admin shows and the database holds, not the workflow's internals.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts import roles
from home.models import DepartmentPage
from newsroom.models import NewsPage
from tests import factories
from tests.browser.test_workflow_browser import open_actions_and_click
from tests.office.data import ADMIN_PASSWORD, ADMIN_USERNAME, BASE_URL

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Lam-Pam-2570!"
TITLE = "ขอเชิญร่วมงานวันครู ประจำปี 2570"
APPROVE = "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"


def be(moment):
    """How a member of staff types a date and time: ``20/12/2569 09:00``."""
    return f"{moment.day:02d}/{moment.month:02d}/{moment.year + 543} {moment.hour:02d}:{moment.minute:02d}"


def test_setup_office_then_a_news_item_goes_live_at_the_configured_host(
    browser, live_server, browser_page, browser_login, empty_database, run_setup
):
    run_setup()
    department = DepartmentPage.objects.get(slug="general-administration")
    # The approvers' accounts (the admin's user form is walked through below, for the editor).
    factories.user("wilaiwan", roles=[roles.GROUP_DIRECTORS], groups=[department.directors_group])
    factories.user("somchai", roles=[roles.OFFICE_DIRECTORS])

    # 1. The first administrator logs in and creates an editor of กลุ่มอำนวยการ.
    admin_tab = browser_page
    browser_login(admin_tab, ADMIN_USERNAME, ADMIN_PASSWORD)
    admin_tab.goto("/admin/users/new/")
    admin_tab.fill("#id_username", "kanokporn")
    admin_tab.fill("#id_email", "kanokporn@phatthalung1.go.th")
    admin_tab.select_option("#id_name_prefix", "นางสาว")
    admin_tab.fill("#id_first_name", "กนกพร")
    admin_tab.fill("#id_last_name", "แก้วมณี")
    admin_tab.fill("#id_position", "เจ้าพนักงานธุรการชำนาญงาน")
    admin_tab.fill("#id_password1", PASSWORD)
    admin_tab.fill("#id_password2", PASSWORD)
    admin_tab.locator("a[href='#tab-roles']").first.click()
    admin_tab.select_option("#id_groups", label=[roles.EDITORS, department.editors_group.name])
    admin_tab.locator("form button.button-longrunning[type=submit]:visible").first.click()
    admin_tab.wait_for_url("**/admin/users/")
    editor = get_user_model().objects.get(username="kanokporn")
    assert set(editor.groups.values_list("name", flat=True)) == {roles.EDITORS, department.editors_group.name}
    assert not editor.is_superuser

    # 2. The editor writes an activity announcement, typing its times in the Buddhist Era.
    start = timezone.localtime() + timedelta(days=20)
    start = start.replace(hour=9, minute=0, second=0, microsecond=0)
    editor_tab = browser.new_context(base_url=live_server.url, locale="th-TH").new_page()
    browser_login(editor_tab, "kanokporn", PASSWORD)
    editor_tab.goto(f"/admin/pages/add/newsroom/newspage/{department.pk}/")
    editor_tab.fill("#id_title", TITLE)
    editor_tab.select_option("#id_stream", "policy")
    editor_tab.select_option("#id_product", "press_release")
    editor_tab.select_option("#id_kind", "activity")
    editor_tab.fill("#id_event_start", be(start))
    editor_tab.fill("#id_event_end", be(start + timedelta(hours=7, minutes=30)))
    editor_tab.fill("#id_event_location", "หอประชุมสำนักงานเขตพื้นที่การศึกษา")
    editor_tab.fill("#id_intro", "ขอเชิญข้าราชการครูและบุคลากรทางการศึกษาร่วมงานวันครู ณ หอประชุมสำนักงาน")
    editor_tab.fill("#id_credits", "ข่าว: นางสาวกนกพร แก้วมณี")
    # Asking for approval needs the disclosure category of the request form (settings tab).
    editor_tab.select_option("#id_disclosure_category", label="ข้อมูลการจัดซื้อจัดจ้าง", force=True)
    open_actions_and_click(editor_tab, "button[name='action-submit']")
    editor_tab.wait_for_url("**/admin/pages/**")
    page = NewsPage.objects.get(title=TITLE)
    assert page.get_parent().pk == department.pk and not page.live
    assert timezone.localtime(page.event_start) == start  # the BE year typed, stored on the right day
    assert page.get_workflow().name == "อนุมัติเผยแพร่"
    editor_tab.context.close()

    # 3. The approvers approve: the group director, then the office director.
    for username in ("wilaiwan", "somchai"):
        approver_tab = browser.new_context(base_url=live_server.url, locale="th-TH").new_page()
        browser_login(approver_tab, username)  # the factories' password
        approver_tab.goto(f"/admin/pages/{page.pk}/edit/")
        open_actions_and_click(approver_tab, APPROVE)
        approver_tab.wait_for_url("**/admin/**")
        approver_tab.wait_for_load_state()
        approver_tab.context.close()

    # 4. Live, and everything it shares names the office's configured address.
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    public = browser.new_context(base_url=live_server.url, locale="th-TH").new_page()
    response = public.goto(page.url)
    assert response.status == 200
    assert public.locator("h1").inner_text() == TITLE
    expected = BASE_URL + page.url
    assert public.locator("meta[property='og:url']").get_attribute("content") == expected
    assert public.locator("link[rel=canonical]").get_attribute("href") == expected
    assert public.locator("#share-url").input_value() == expected
    assert public.locator("meta[property='og:type']").get_attribute("content") == "article"
    assert live_server.url not in public.content()
    public.context.close()
