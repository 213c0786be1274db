"""The register is personal data (PDPA): only PR officers and administrators reach any of it."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts import roles
from network.models import (
    AppointmentOrder,
    ChannelLog,
    CoverageClipping,
    MediaContact,
    MediaOutlet,
    NetworkMember,
    RecipientList,
    RegisterExport,
)
from tests.network.register_urls import register_urls

pytestmark = pytest.mark.django_db

REGISTER_MODELS = [
    MediaOutlet,
    MediaContact,
    NetworkMember,
    AppointmentOrder,
    RecipientList,
    ChannelLog,
    CoverageClipping,
]


@pytest.fixture
def every_register_url(register, news_page):
    """Every admin URL of the register, walked from the URL resolver (choosers included)."""
    ChannelLog.objects.create(page=news_page, channel="facebook", recorded_by=register.users["pr"])
    pending = NetworkMember.objects.filter(status="pending").first()
    return register_urls(REGISTER_MODELS, news_page, pending)


def test_the_walk_finds_wagtails_own_views_of_the_register(every_register_url):
    for fragment in ("/choose/network/mediacontact/", "/chosen/", "/results/", "/history-results/", "/bulk/"):
        assert any(fragment in url for url in every_register_url), fragment
    assert len(every_register_url) > 100


def test_every_register_model_has_demo_rows_to_test_against(every_register_url):
    assert all(model.objects.exists() for model in REGISTER_MODELS)


@pytest.mark.parametrize("username", ["editor", "editor2", "groupdirector", "director", "webmaster"])
def test_staff_without_the_pr_role_get_403_on_every_register_url(
    register, every_register_url, login, username
):
    client = login(register.users[username])
    refused = {url: client.get(url).status_code for url in every_register_url}
    assert set(refused.values()) == {403}, {u: s for u, s in refused.items() if s != 403}
    assert not RegisterExport.objects.exists()


def test_editor_cannot_post_to_the_register_either(register, news_page, login):
    client = login(register.users["editor"])
    member = NetworkMember.objects.filter(status="pending").first()
    contact = MediaContact.objects.first()
    posts = [
        (reverse("wagtailsnippets_network_mediacontact:add"), {"name": "ผู้บุกรุก"}),
        (reverse("wagtailsnippets_network_mediacontact:delete", args=[contact.pk]), {}),
        (reverse("network_member_review", args=[member.pk]), {"decision": "accept"}),
        (reverse("network_release", args=[news_page.pk]), {"lists": [RecipientList.objects.first().pk]}),
        (reverse("network_release_retry", args=[news_page.pk]), {}),
        (reverse("network_import", args=["contacts"]), {}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    member.refresh_from_db()
    assert member.status == "pending"
    assert MediaContact.objects.filter(pk=contact.pk).exists()
    assert not MediaContact.objects.filter(name="ผู้บุกรุก").exists()


def test_anonymous_visitors_are_sent_to_the_login(register, every_register_url, client):
    for url in every_register_url:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_the_pr_officer_reaches_every_register_url(register, every_register_url, login):
    client = login(register.users["pr"])
    statuses = {url: client.get(url).status_code for url in every_register_url}
    post_only = {url for url in every_register_url if url.endswith("/retry/")}
    assert {statuses[url] for url in post_only} == {405}
    others = {u: s for u, s in statuses.items() if u not in post_only}
    assert set(others.values()) == {200}, {u: s for u, s in others.items() if s != 200}


def test_the_pr_officer_chooses_and_searches_contacts_by_part_of_a_thai_name(register, login):
    contact = MediaContact.objects.exclude(name="").first()
    client = login(register.users["pr"])
    chooser = client.get(reverse("wagtailsnippetchoosers_network_mediacontact:choose_results"))
    assert contact.name in chooser.content.decode()
    listing = client.get(reverse("wagtailsnippets_network_mediacontact:list"), {"q": contact.name[1:4]})
    assert listing.status_code == 200
    assert contact.name in listing.content.decode()


def test_an_editor_sees_no_name_in_the_choosers_or_the_bulk_delete(register, login):
    contact = MediaContact.objects.first()
    client = login(register.users["editor"])
    for url in (
        reverse("wagtailsnippetchoosers_network_mediacontact:choose"),
        reverse("wagtailsnippetchoosers_network_mediacontact:chosen", args=[contact.pk]),
        reverse("wagtail_bulk_action", args=["network", "mediacontact", "delete"]) + "?id=all",
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert contact.name not in response.content.decode()
    assert (
        client.post(
            reverse("wagtail_bulk_action", args=["network", "mediacontact", "delete"]) + f"?id={contact.pk}"
        ).status_code
        == 403
    )
    assert MediaContact.objects.filter(pk=contact.pk).exists()


def test_an_administrator_group_member_has_the_register_too(register, login, django_user_model):
    user = django_user_model.objects.create_user("sysadmin", password="x", email="sysadmin@example.com")
    user.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client = login(user)
    assert client.get(reverse("wagtailsnippets_network_mediacontact:list")).status_code == 200


def test_the_admin_menu_shows_the_register_to_the_pr_officer_only(register, login):
    # The sidebar is JSON in the page, so the label is escaped there.
    label = json.dumps("ทะเบียนเครือข่าย")[1:-1]
    assert label in login(register.users["pr"]).get(reverse("wagtailadmin_home")).content.decode()
    assert label not in login(register.users["editor"]).get(reverse("wagtailadmin_home")).content.decode()


def test_each_export_is_recorded_in_the_audit_log_with_who_and_when(register, login):
    pr = register.users["pr"]
    client = login(pr)
    response = client.get(reverse("wagtailsnippets_network_mediacontact:list") + "?export=xlsx")
    assert response.status_code == 200
    b"".join(response.streaming_content) if response.streaming else response.content
    client.get(reverse("wagtailsnippets_network_networkmember:list") + "?export=csv&status=active")

    exports = list(RegisterExport.objects.order_by("created_at"))
    assert [(e.model_name, e.file_format, e.row_count, e.user) for e in exports] == [
        ("ทะเบียนสื่อมวลชน", "xlsx", 22, pr),
        ("ทะเบียนเครือข่ายประชาสัมพันธ์", "csv", 13, pr),
    ]
    entries = ModelLogEntry.objects.filter(action="network.export").order_by("timestamp")
    assert [(e.user, e.data["rows"]) for e in entries] == [(pr, 22), (pr, 13)]
    assert all(e.timestamp for e in entries)
    # The audit log report (site history) shows the action in Thai.
    report = client.get(reverse("wagtailadmin_reports:site_history"))
    assert report.status_code in (200, 403)
    admin_report = (
        login(register.users["admin"]).get(reverse("wagtailadmin_reports:site_history")).content.decode()
    )
    assert "ส่งออกทะเบียน" in admin_report
