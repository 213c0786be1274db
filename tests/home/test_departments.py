"""Who owns a page, the department groups and their page rights, the site-wide roles."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from accounts import roles
from home.departments import department_for_page, ensure_department_groups, user_departments
from home.models import DepartmentPage, OfficeSettings, StandardPage

pytestmark = pytest.mark.django_db


def _rights(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_department_for_page_follows_the_tree_then_the_office_settings(demo):
    personnel = demo.departments["personnel"]
    manual = demo.page(personnel, StandardPage, "transfer-manual", title="คู่มือการขอย้ายข้าราชการครู")
    nested = demo.page(manual, StandardPage, "forms", title="แบบฟอร์มคำร้องขอย้าย")
    assert department_for_page(personnel) == personnel
    assert department_for_page(manual) == personnel
    assert department_for_page(nested) == personnel
    # Outside every group's room: the office's main department from its settings.
    contact = StandardPage.objects.get(slug="contact")
    assert department_for_page(contact) == demo.departments["general-administration"]
    office = OfficeSettings.for_site(demo.site)
    office.main_department = None
    office.save()
    assert department_for_page(StandardPage.objects.get(slug="contact")) is None


def test_ensure_department_groups_creates_named_groups_with_page_rights(demo):
    department = demo.departments["supervision"]
    editors, directors = department.editors_group, department.directors_group
    assert editors.name == "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา · ผู้เขียน"
    assert directors.name == "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา · ผู้อำนวยการกลุ่ม"
    assert _rights(editors, department.page_ptr) == {"add_page", "change_page"}
    assert _rights(directors, department.page_ptr) == {"add_page", "change_page", "lock_page"}
    # Rights live on the group's own page only, never on another group's or the home page.
    assert (
        GroupPagePermission.objects.filter(group__in=[editors, directors]).exclude(page=department).count()
        == 0
    )


def test_ensure_department_groups_is_idempotent_and_repairs(demo):
    department = DepartmentPage.objects.get(slug="ict")
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    assert ensure_department_groups(department) == (department.editors_group, department.directors_group)
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before
    # A lost right is given back.
    GroupPagePermission.objects.filter(
        group=department.editors_group, permission__codename="change_page"
    ).delete()
    ensure_department_groups(department)
    assert _rights(department.editors_group, department.page_ptr) == {"add_page", "change_page"}
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


def test_editors_edit_their_group_but_cannot_publish(demo):
    editor = demo.users["editor"]
    own, other = demo.departments["general-administration"], demo.departments["personnel"]
    own_rights = own.permissions_for_user(editor)
    assert own_rights.can_edit() and own_rights.can_add_subpage()
    assert not own_rights.can_publish()
    assert not other.permissions_for_user(editor).can_edit()
    assert not demo.home_page.permissions_for_user(editor).can_edit()
    group_director = demo.departments["general-administration"].permissions_for_user(
        demo.users["groupdirector"]
    )
    assert group_director.can_edit() and group_director.can_lock() and not group_director.can_publish()


def test_user_departments(demo):
    assert list(user_departments(demo.users["editor"])) == [demo.departments["general-administration"]]
    assert list(user_departments(demo.users["groupdirector"])) == [demo.departments["general-administration"]]
    assert list(user_departments(demo.users["editor2"])) == [demo.departments["personnel"]]
    assert list(user_departments(demo.users["webmaster"])) == []


def test_role_groups_exist_after_migrate_with_admin_and_media_rights(db):
    for name in roles.ALL_ROLES:
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists(), name
        media = set(group.collection_permissions.values_list("permission__codename", flat=True))
        assert {"add_image", "choose_image", "add_document", "choose_document"} <= media, name


def test_user_has_role(demo, django_user_model):
    assert roles.user_has_role(demo.users["pr"], roles.PR_OFFICERS)
    assert roles.user_has_role(demo.users["director"], roles.PR_OFFICERS, roles.OFFICE_DIRECTORS)
    assert not roles.user_has_role(demo.users["editor"], roles.PR_OFFICERS, roles.WEBMASTERS)
    assert roles.user_has_role(demo.users["admin"], roles.PR_OFFICERS)
    demo.users["pr"].is_active = False
    assert not roles.user_has_role(demo.users["pr"], roles.PR_OFFICERS)
