"""Each group edits only its own ITA items; webmasters manage ``/ita/``."""

from django.contrib.auth import get_user_model
from wagtail.models import GroupPagePermission

from tests.transparency.conftest import refused
from transparency.models import ItaItem


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def test_editor_of_another_group_cannot_edit_an_item_page(demo, year_2569, item_page, login):
    page = item_page(year_2569, "O1")  # general-administration's item
    assert page.department.slug == "general-administration"

    other = login(demo.users["editor2"])  # personnel
    assert refused(other.get(edit_url(page)))
    assert refused(other.post(edit_url(page), {"title": "แก้ไขโดยกลุ่มอื่น"}))
    page.refresh_from_db()
    assert page.title == "O1 โครงสร้าง หน้าที่และอำนาจ"

    owner = login(demo.users["editor"])  # general-administration
    response = owner.get(edit_url(page))
    assert response.status_code == 200
    assert page.permissions_for_user(demo.users["editor"]).can_edit()
    assert not page.permissions_for_user(demo.users["editor"]).can_publish()
    assert not page.permissions_for_user(demo.users["editor2"]).can_edit()


def test_the_groups_director_may_edit_and_lock_its_items(demo, year_2569, item_page):
    page = item_page(year_2569, "O3")
    permissions = page.permissions_for_user(demo.users["groupdirector"])
    assert permissions.can_edit() and permissions.can_lock()


def test_rights_move_with_the_items_responsible_group(demo, year_2569, item_page):
    page = item_page(year_2569, "O13")  # personnel's item
    assert page.permissions_for_user(demo.users["editor2"]).can_edit()
    assert not page.permissions_for_user(demo.users["editor"]).can_edit()

    item = ItaItem.objects.get(fiscal_year=2569, code="O13")
    item.department = demo.departments["general-administration"]
    item.save()

    page.refresh_from_db()
    assert page.department == demo.departments["general-administration"]
    # Fresh user objects: Wagtail caches page permissions on the user instance.
    editor, editor2 = (get_user_model().objects.get(username=name) for name in ("editor", "editor2"))
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor2).can_edit()
    assert not GroupPagePermission.objects.filter(
        page=page, group=demo.departments["personnel"].editors_group
    ).exists()


def test_webmaster_creates_under_ita_publishes_only_through_the_workflow_and_editors_cannot_add(
    demo, year_2569
):
    webmaster = year_2569.permissions_for_user(demo.users["webmaster"])
    assert webmaster.can_add_subpage() and webmaster.can_edit()
    assert not webmaster.can_publish()
    editor = year_2569.permissions_for_user(demo.users["editor"])
    assert not editor.can_add_subpage() and not editor.can_edit()


def test_webmaster_adds_an_item_page_through_the_admin(demo, year_2569, login):
    client = login(demo.users["webmaster"])
    add_url = f"/admin/pages/add/transparency/transparencypage/{year_2569.pk}/"
    assert client.get(add_url).status_code == 200
    item = ItaItem.objects.get(fiscal_year=2569, code="O9")
    response = client.post(
        add_url,
        {
            "title": "O9 คู่มือการขอรับบริการ",
            "slug": "anything",
            "item": item.pk,
            "intro": "คู่มือสำหรับผู้มาติดต่อ",
            "body-count": 0,
            "page_links-count": 0,
            "external_links-count": 0,
            "documents-TOTAL_FORMS": 0,
            "documents-INITIAL_FORMS": 0,
            "documents-MIN_NUM_FORMS": 0,
            "documents-MAX_NUM_FORMS": 1000,
            "automatic_content": "",
            "nothing_to_report": "",
            "comments-TOTAL_FORMS": 0,
            "comments-INITIAL_FORMS": 0,
            "comments-MIN_NUM_FORMS": 0,
            "comments-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = item.pages.get()
    assert page.url_path.endswith("/ita/2569/o9/")
    assert page.department.slug == "general-administration"
