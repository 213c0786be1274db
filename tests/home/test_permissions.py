"""Least privilege in the admin: editors stay in their group's room; the webmaster keeps the site's
structure; the directory and office settings, public as soon as saved, belong to the office director."""

import pytest
from django.contrib.messages import constants, get_messages
from django.urls import reverse
from wagtail.models import GroupPagePermission

from accounts import roles
from home.models import OfficeSettings, Person
from home.page_rights import ensure_site_page_rights

pytestmark = pytest.mark.django_db


def assert_refused(response):
    """Wagtail's admin answers a PermissionDenied by sending the user back to the dashboard
    with an error message (not a bare 403 page)."""
    assert response.status_code == 302, response.status_code
    assert response.url == reverse("wagtailadmin_home")
    errors = [m for m in get_messages(response.wsgi_request) if m.level == constants.ERROR]
    assert errors and errors[-1].message.strip()


def _settings_url(demo):
    return reverse("wagtailsettings:edit", args=["home", "officesettings", demo.site.pk])


def test_editor_cannot_edit_another_groups_page(demo, login):
    client = login(demo.users["editor"])
    other = demo.departments["personnel"]
    assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])))
    assert_refused(
        client.post(
            reverse("wagtailadmin_pages:edit", args=[other.pk]),
            {"title": "แก้ไขโดยผู้ไม่มีสิทธิ์", "slug": other.slug},
        )
    )
    other.refresh_from_db()
    assert other.title == "กลุ่มบริหารงานบุคคล"
    own = demo.departments["general-administration"]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200


@pytest.mark.parametrize("username", ["editor", "pr", "groupdirector", "webmaster"])
def test_only_the_office_director_edits_the_office_settings(demo, login, username):
    client = login(demo.users[username])
    assert_refused(client.get(_settings_url(demo)))
    assert_refused(client.post(_settings_url(demo), {"office_name": "ชื่อปลอม"}))
    assert OfficeSettings.for_site(demo.site).office_name == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2"


def test_office_director_edits_the_office_settings(demo, login):
    client = login(demo.users["director"])
    response = client.get(_settings_url(demo))
    assert response.status_code == 200
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if name == "footer_links":
            continue
        data[name] = "" if value is None else getattr(value, "pk", value)
    data.update({"phone": "074-611-234", "footer_links-count": "0"})
    response = client.post(_settings_url(demo), data)
    assert response.status_code == 302, getattr(response, "context", {}) and response.context["form"].errors
    assert OfficeSettings.for_site(demo.site).phone == "074-611-234"
    assert 'href="tel:074611234"' in login(demo.users["editor"]).get("/").content.decode()


def test_people_directory_belongs_to_the_office_director(demo, login):
    add_url = reverse("wagtailsnippets_home_person:add")
    data = {
        "name_prefix": "นาง",
        "first_name": "สุภาพร",
        "last_name": "ใจดี",
        "position": "นักวิชาการเงินและบัญชีชำนาญการ",
        "department": demo.departments["finance-and-assets"].pk,
        "sort_order": 20,
        "phone": "",
        "email": "",
    }
    for username in ("editor", "webmaster", "groupdirector", "pr"):
        client = login(demo.users[username])
        assert_refused(client.get(add_url))
        assert_refused(client.post(add_url, data))
    assert not Person.objects.filter(first_name="สุภาพร").exists()

    director = login(demo.users["director"])
    assert director.post(add_url, data).status_code == 302
    person = Person.objects.get(first_name="สุภาพร")
    assert person.full_name == "นางสุภาพร ใจดี"
    assert "นางสุภาพร ใจดี" in director.get("/groups/finance-and-assets/").content.decode()


def test_webmaster_reads_the_directory_but_cannot_change_it(demo, login):
    person = Person.objects.first()
    edit_url = reverse("wagtailsnippets_home_person:edit", args=[person.pk])
    delete_url = reverse("wagtailsnippets_home_person:delete", args=[person.pk])
    webmaster = login(demo.users["webmaster"])
    listing = webmaster.get(reverse("wagtailsnippets_home_person:list"))
    assert listing.status_code == 200
    assert person.full_name in listing.content.decode()
    assert_refused(webmaster.post(edit_url, {"first_name": "ชื่อปลอม"}))
    assert_refused(webmaster.post(delete_url))
    person.refresh_from_db()
    assert person.first_name != "ชื่อปลอม"


def test_webmaster_shapes_the_site_but_publishes_through_the_workflow(demo):
    webmaster = demo.users["webmaster"]
    home_rights = demo.home_page.permissions_for_user(webmaster)
    assert home_rights.can_edit() and home_rights.can_add_subpage() and home_rights.can_lock()
    assert not home_rights.can_publish()
    # The rights reach every page below the home page, group pages included.
    assert demo.departments["ict"].permissions_for_user(webmaster).can_edit()


def test_site_page_rights_are_idempotent(demo):
    before = GroupPagePermission.objects.count()
    group = ensure_site_page_rights(demo.home_page)
    assert group.name == roles.WEBMASTERS
    assert GroupPagePermission.objects.count() == before
    codenames = set(
        GroupPagePermission.objects.filter(group=group, page=demo.home_page).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page", "lock_page"}


def test_directory_and_settings_rights_come_from_migration(db):
    from django.contrib.auth.models import Group

    editing = {"change_officesettings", "add_person", "change_person", "delete_person"}
    codenames = set(
        Group.objects.get(name=roles.OFFICE_DIRECTORS).permissions.values_list("codename", flat=True)
    )
    assert editing <= codenames
    for role in (
        roles.WEBMASTERS,
        roles.EDITORS,
        roles.PR_OFFICERS,
        roles.GROUP_DIRECTORS,
        roles.ADMINISTRATORS,
    ):
        others = set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))
        assert not others & editing, role
    assert "view_person" in Group.objects.get(name=roles.WEBMASTERS).permissions.values_list(
        "codename", flat=True
    )
