"""Page rights: PR officers write under /news/ and /journal/; group editors only in their group's room."""

import pytest
from wagtail.models import GroupPagePermission

from newsroom.models import JournalIssuePage, NewsPage
from newsroom.permissions import ensure_pr_page_permissions

pytestmark = pytest.mark.django_db


def test_pr_officer_may_add_and_edit_news_and_journal_issues(newsroom):
    pr = newsroom.users["pr"]
    for index, model in ((newsroom.news_index, NewsPage), (newsroom.journal_index, JournalIssuePage)):
        permissions = index.permissions_for_user(pr)
        assert permissions.can_add_subpage()
        assert permissions.can_edit()
        assert model in index.specific.creatable_subpage_models()


def test_pr_officer_opens_the_add_news_form_under_news(newsroom, login):
    client = login(newsroom.users["pr"])
    response = client.get(f"/admin/pages/add/newsroom/newspage/{newsroom.news_index.pk}/")
    assert response.status_code == 200


@pytest.mark.parametrize("username", ["editor", "editor2", "groupdirector"])
def test_group_editors_cannot_add_news_under_the_news_index(newsroom, login, username):
    client = login(newsroom.users[username])
    response = client.get(f"/admin/pages/add/newsroom/newspage/{newsroom.news_index.pk}/")
    assert response.status_code in (302, 403)
    assert not newsroom.news_index.permissions_for_user(newsroom.users[username]).can_add_subpage()


def test_group_editor_adds_news_in_their_own_group_only(newsroom):
    editor2 = newsroom.users["editor2"]  # กลุ่มบริหารงานบุคคล
    assert newsroom.departments["personnel"].permissions_for_user(editor2).can_add_subpage()
    assert not newsroom.departments["ict"].permissions_for_user(editor2).can_add_subpage()
    assert NewsPage in newsroom.departments["personnel"].specific.creatable_subpage_models()


def test_pr_officers_cannot_add_news_under_a_group_page(newsroom):
    assert not newsroom.departments["personnel"].permissions_for_user(newsroom.users["pr"]).can_add_subpage()


def test_page_rights_helper_is_idempotent(newsroom):
    before = GroupPagePermission.objects.count()
    ensure_pr_page_permissions(newsroom.news_index, newsroom.journal_index)
    ensure_pr_page_permissions(newsroom.news_index)
    assert GroupPagePermission.objects.count() == before
    codenames = set(
        GroupPagePermission.objects.filter(page=newsroom.news_index, group__name="นักประชาสัมพันธ์").values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}


def test_news_and_journal_indexes_are_singletons_under_home(newsroom):
    from newsroom.models import JournalIndexPage, NewsIndexPage

    assert not NewsIndexPage.can_create_at(newsroom.home_page)
    assert not JournalIndexPage.can_create_at(newsroom.home_page)
    assert not NewsPage.can_create_at(newsroom.home_page)
    assert NewsPage.can_create_at(newsroom.news_index)
    assert not JournalIssuePage.can_create_at(newsroom.news_index)
