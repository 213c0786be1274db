"""Rights are made with the pages they belong to, so a real office needs no extra set-up step."""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from accounts import roles
from home.models import DepartmentIndexPage, DepartmentPage, HomePage
from newsroom.models import JournalIndexPage, NewsIndexPage


def _codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_a_new_department_page_gets_its_editors_and_directors_groups(demo):
    groups_index = DepartmentIndexPage.objects.get()
    page = DepartmentPage(title="กลุ่มส่งเสริมการศึกษาเอกชน", slug="private-education")
    groups_index.add_child(instance=page)

    page.refresh_from_db()
    assert page.editors_group.name == "กลุ่มส่งเสริมการศึกษาเอกชน · ผู้เขียน"
    assert page.directors_group.name == "กลุ่มส่งเสริมการศึกษาเอกชน · ผู้อำนวยการกลุ่ม"
    assert _codenames(page.editors_group, page) == {"add_page", "change_page"}
    assert _codenames(page.directors_group, page) == {"add_page", "change_page", "lock_page"}


def test_a_new_home_page_gives_the_webmasters_their_room_without_publish(demo):
    home = HomePage(title="เว็บไซต์ใหม่", slug="new-site")
    Page.get_first_root_node().add_child(instance=home)

    webmasters = Group.objects.get(name=roles.WEBMASTERS)
    assert _codenames(webmasters, home) == {"add_page", "change_page", "lock_page"}


def test_new_news_and_journal_indexes_give_pr_officers_add_and_change(demo):
    news = NewsIndexPage(title="ข่าวประชาสัมพันธ์", slug="news")
    journal = JournalIndexPage(title="วารสาร", slug="journal")
    demo.home_page.add_child(instance=news)
    demo.home_page.add_child(instance=journal)

    pr_officers = Group.objects.get(name=roles.PR_OFFICERS)
    assert _codenames(pr_officers, news) == {"add_page", "change_page"}
    assert _codenames(pr_officers, journal) == {"add_page", "change_page"}
    editors = Group.objects.get(name=roles.EDITORS)
    assert _codenames(editors, news) == set()
