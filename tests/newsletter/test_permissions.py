"""PR officers and administrators build and send the newsletter; editors are refused, and nothing
changes when they try."""

import pytest
from django.core import mail
from django.urls import reverse

from network import demo as network_demo
from network.models import RecipientList, Release
from newsletter.models import NewsletterIssuePage
from tests import factories
from tests.newsletter.test_issue import add_url, issue_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(letter):
    from accounts import roles

    return factories.user("itadmin", roles=[roles.ADMINISTRATORS])


def test_pr_officers_and_administrators_may_build_editors_may_not(letter, administrator):
    index = letter.newsletter_index
    for user in (letter.users["pr"], administrator):
        rights = index.permissions_for_user(user)
        assert rights.can_add_subpage() and not rights.can_publish_subpage()
    for name in ("editor", "editor2", "groupdirector"):
        assert not index.permissions_for_user(letter.users[name]).can_add_subpage(), name


def test_an_administrator_builds_an_issue(letter, three_news, administrator, login):
    response = login(administrator).post(add_url(letter), issue_form(three_news))
    assert response.status_code == 302
    assert NewsletterIssuePage.objects.filter(slug="2569-11").exists()


def test_an_editor_is_refused_the_add_form_and_nothing_is_saved(letter, three_news, login):
    client = login(letter.users["editor"])
    response = client.post(add_url(letter), issue_form(three_news))
    assert response.status_code == 302 and response.url.startswith("/admin/")
    assert not NewsletterIssuePage.objects.exists()


def test_an_editor_is_refused_the_draft_pdf_the_prefill_and_the_edit(letter, three_news, make_issue, login):
    issue = make_issue(three_news[:1], publish=False)
    client = login(letter.users["editor"])
    revisions = issue.revisions.count()
    for url in (
        reverse("newsletter_draft_pdf", args=[issue.pk]),
        reverse("newsletter_prefill", args=[issue.pk]),
        f"/admin/pages/{issue.pk}/edit/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.get("Content-Type", "") != "application/pdf"
    client.post(reverse("newsletter_prefill", args=[issue.pk]), {"start": "1/11/2569", "end": "30/11/2569"})
    assert issue.revisions.count() == revisions


def test_an_editor_is_refused_sending_and_nobody_is_mailed(letter, three_news, make_issue, login):
    network_demo.load(letter)
    issue = make_issue(three_news)
    media = RecipientList.objects.get(name="สื่อมวลชนจังหวัดพัทลุง")
    response = login(letter.users["editor"]).post(
        reverse("network_release", args=[issue.pk]), {"lists": [media.pk]}
    )
    assert response.status_code == 403
    assert mail.outbox == [] and not Release.objects.exists()


def test_the_admin_buttons_show_for_builders_only(letter, three_news, make_issue, login):
    issue = make_issue(three_news)
    page = login(letter.users["pr"]).get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert reverse("newsletter_draft_pdf", args=[issue.pk]) in page
    assert reverse("network_release", args=[issue.pk]) in page
    listing = (
        login(letter.users["webmaster"]).get(f"/admin/pages/{letter.newsletter_index.pk}/").content.decode()
    )
    assert reverse("network_release", args=[issue.pk]) not in listing
