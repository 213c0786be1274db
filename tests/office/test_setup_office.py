"""``manage.py setup_office`` on a database fresh from ``migrate``: a real office, nothing of the demo."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page, Site

from accounts import roles
from home.models import DepartmentPage, HomePage, OfficeSettings
from home.skeleton import DEFAULT_DEPARTMENTS
from tests.office.data import ADMIN_PASSWORD, BASE_URL, OFFICE
from transparency.models import ItaItem, TransparencyIndexPage, TransparencyYearPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def row_counts():
    """Rows of every model of every app: a second run must change none."""
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_builds_the_office_then_changes_nothing_and_refuses_to_rename_it(empty_database, run_setup, client):
    run_setup()

    home = HomePage.objects.get()
    site = Site.objects.get()
    assert (site.hostname, site.port, site.root_url, site.is_default_site) == (
        "www.phatthalung1.go.th",
        443,
        BASE_URL,
        True,
    )
    assert site.root_page_id == home.pk and site.site_name == OFFICE["short_name"]
    # Wagtail's welcome page is gone; the tree is the office's own.
    assert not Page.objects.filter(slug="home-old").exists()
    urls = {page.url for page in Page.objects.filter(depth__gt=1).live()}
    assert {
        "/",
        "/groups/",
        "/news/",
        "/journal/",
        "/newsletter/",
        "/ita/",
        "/ita/2570/",
        "/about/",
        "/about/privacy/",
    } <= urls

    office = OfficeSettings.for_site(site)
    assert (office.office_name, office.short_name, office.phone, office.email) == (
        OFFICE["name"],
        OFFICE["short_name"],
        OFFICE["phone"],
        OFFICE["email"],
    )
    assert office.main_department.slug == "general-administration"

    # The ten groups, each with its editors' and director's groups and their rights on its page.
    departments = list(DepartmentPage.objects.order_by("path"))
    assert [d.title for d in departments] == [d.title for d in DEFAULT_DEPARTMENTS]
    for department in departments:
        assert department.editors_group.name == roles.department_editors_name(department.title)
        assert set(
            GroupPagePermission.objects.filter(group=department.editors_group, page=department).values_list(
                "permission__codename", flat=True
            )
        ) == {"add_page", "change_page"}
    assert GroupPagePermission.objects.filter(group__name=roles.WEBMASTERS, page=home).exists()
    assert GroupPagePermission.objects.filter(group__name=roles.PR_OFFICERS, page__slug="news").exists()

    # The workflow of the migrations covers the office's pages.
    assert departments[0].get_workflow().name == "อนุมัติเผยแพร่"

    # The ITA list of the present fiscal year, each item with its usual group.
    items = ItaItem.objects.filter(fiscal_year=2570)
    assert items.count() == 26
    assert items.get(code="O11").department.slug == "finance-and-assets"
    assert TransparencyYearPage.objects.get().fiscal_year == 2570
    assert TransparencyIndexPage.objects.get().url == "/ita/"

    # The first administrator, and nobody else: no demo users, news or register.
    admin = get_user_model().objects.get()
    assert admin.username == "webadmin" and admin.is_superuser and admin.check_password(ADMIN_PASSWORD)
    assert admin.groups.filter(name=roles.ADMINISTRATORS).exists()
    for label in ("newsroom.NewsPage", "newsroom.JournalIssuePage", "network.NetworkMember", "home.Person"):
        assert apps.get_model(label).objects.count() == 0, label

    # The public site answers, with share links at the configured address.
    response = client.get("/about/privacy/")
    assert response.status_code == 200
    assert f'<link rel="canonical" href="{BASE_URL}/about/privacy/">' in response.content.decode()

    # A second run with the same answers changes no row of any model.
    before = row_counts()
    run_setup()
    assert row_counts() == before

    # Other answers on a live office are refused without --overwrite, and nothing changes.
    with pytest.raises(CommandError, match="--overwrite"):
        run_setup(name="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพัทลุง")
    assert OfficeSettings.for_site(site).office_name == OFFICE["name"]
    run_setup(name="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพัทลุง", overwrite=True)
    assert OfficeSettings.for_site(site).office_name == "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพัทลุง"
    assert DepartmentPage.objects.count() == 10


def test_refuses_a_domain_other_than_the_base_url_and_a_missing_password(
    empty_database, run_setup, monkeypatch
):
    with pytest.raises(CommandError, match="WAGTAILADMIN_BASE_URL"):
        run_setup(domain="www.phatthalung3.go.th")
    monkeypatch.delenv("OFFICE_ADMIN_PASSWORD")
    with pytest.raises(CommandError, match="OFFICE_ADMIN_PASSWORD"):
        call_command(
            "setup_office",
            interactive=False,
            name=OFFICE["name"],
            short_name=OFFICE["short_name"],
            admin_username="webadmin",
            admin_email="webadmin@phatthalung1.go.th",
        )
    assert not HomePage.objects.exists()
    assert not get_user_model().objects.exists()


def test_interactive_answers_and_the_office_s_own_groups(empty_database, monkeypatch, tmp_path):
    answers = iter(
        [
            "",  # domain: the configured one
            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาตรัง กระบี่",
            "สพม.ตรัง กระบี่",
            "ถนนพระรามหก ตำบลทับเที่ยง อำเภอเมืองตรัง จังหวัดตรัง 92000",
            "075-218 123",
            "",  # fax
            "saraban@sesatk.go.th",
            "n",  # not the default groups
            "กลุ่มอำนวยการ|อก.",
            "กลุ่มส่งเสริมการจัดการศึกษา|สก.",
            "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา|พค.|teachers",
            "",
            "webadmin",
            "webadmin@sesatk.go.th",
        ]
    )
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": ADMIN_PASSWORD)
    monkeypatch.setattr("django.conf.settings.WAGTAILADMIN_BASE_URL", "https://www.sesatk.go.th")
    out = StringIO()
    call_command("setup_office", stdout=out)

    assert "พร้อมใช้งาน: เข้าสู่ระบบที่ https://www.sesatk.go.th/admin/" in out.getvalue()
    assert [(d.slug, d.title) for d in DepartmentPage.objects.order_by("path")] == [
        ("general-administration", "กลุ่มอำนวยการ"),
        ("educational-promotion", "กลุ่มส่งเสริมการจัดการศึกษา"),
        ("teachers", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา"),
    ]
    assert Group.objects.filter(name__endswith="· ผู้เขียน").count() == 3
    office = OfficeSettings.for_site(Site.objects.get())
    assert (office.short_name, office.fax) == ("สพม.ตรัง กระบี่", "")
    # Items whose usual group the office does not have wait for the webmaster to assign them.
    assert ItaItem.objects.get(fiscal_year=2570, code="O1").department.slug == "general-administration"
    assert ItaItem.objects.get(fiscal_year=2570, code="O11").department is None
