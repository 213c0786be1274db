"""Build a real office: the skeleton of ``home``, ``newsroom`` and ``transparency`` (the same
functions the demo uses), its first administrator, and a check that the approval workflow
created by migration covers the site. Nothing of the demo: no demo users, news or register.

``setup_office`` is idempotent. Once an office has its name, a run with other answers is refused
unless ``overwrite`` is set, so a script run against the wrong database cannot rename a live site.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from accounts import roles
from home import skeleton
from home.models import HomePage, OfficeSettings
from home.site_url import site_address
from home.thai_dates import current_fiscal_year
from newsletter import skeleton as newsletter_skeleton
from newsroom.skeleton import ensure_indexes
from transparency import skeleton as ita_skeleton


class SetupRefused(Exception):
    """The set-up would overwrite what a live office holds, or cannot be done as asked."""


@dataclass
class Administrator:
    username: str
    email: str
    password: str = ""
    name_prefix: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass
class SetupResult:
    site: object
    home_page: object
    departments: dict
    administrator: object
    administrator_created: bool
    fiscal_year: int
    ita_items_created: int
    workflow: object


def existing_office():
    """The settings of the office already set up in this database, or None."""
    home = HomePage.objects.first()
    site = home.get_site() if home else None
    if site is None:
        return None
    office = OfficeSettings.for_site(site)
    return office if office.office_name else None


def differences(office, profile):
    """What the answers would change in an office that is already set up (Thai labels)."""
    site = office.site
    changes = []
    for label, old, new in [
        ("ชื่อสำนักงาน", office.office_name, profile.name),
        ("ชื่อย่อ", office.short_name, profile.short_name),
        ("ที่อยู่", office.address, profile.address),
        ("โทรศัพท์", office.phone, profile.phone),
        ("อีเมล", office.email, profile.email),
        ("โดเมน", f"{site.hostname}:{site.port}", "{}:{}".format(*site_address())),
    ]:
        if (old or "") != (new or ""):
            changes.append(f"{label}: “{old}” → “{new}”")
    return changes


def check_workflow(home):
    """The approval workflow created by ``publishing``'s migrations must apply to the office's pages."""
    workflow = home.get_workflow()
    if workflow is None or not workflow.active or workflow.tasks.filter(active=True).count() < 2:
        raise SetupRefused("ไม่พบขั้นตอนการอนุมัติเผยแพร่ที่ใช้กับหน้าเว็บไซต์ โปรดรัน “python manage.py migrate” ก่อน")
    return workflow


def ensure_administrator(spec):
    """The first administrator: a superuser in the administrators' role group. An existing account
    keeps its password."""
    User = get_user_model()
    user = User.objects.filter(username=spec.username).first()
    created = user is None
    if created:
        if not spec.password:
            raise SetupRefused("ต้องกำหนดรหัสผ่านของผู้ดูแลระบบคนแรก")
        user = User(
            username=spec.username,
            email=spec.email,
            name_prefix=spec.name_prefix,
            first_name=spec.first_name,
            last_name=spec.last_name,
            is_staff=True,
            is_superuser=True,
        )
        user.set_password(spec.password)
        user.save()
    user.groups.add(Group.objects.get_or_create(name=roles.ADMINISTRATORS)[0])
    return user, created


def setup_office(profile, administrator, overwrite=False):
    """Build (or complete) the office; all or nothing. Returns a ``SetupResult``."""
    if not profile.name.strip() or not profile.short_name.strip():
        raise SetupRefused("ต้องระบุชื่อสำนักงานและชื่อย่อ")
    if not profile.departments:
        raise SetupRefused("ต้องมีกลุ่มงานอย่างน้อยหนึ่งกลุ่ม")
    office = existing_office()
    if office is not None and not overwrite:
        changes = differences(office, profile)
        if changes:
            raise SetupRefused(
                f"ฐานข้อมูลนี้มีเว็บไซต์ของ “{office.office_name}” อยู่แล้ว คำตอบที่ให้จะเปลี่ยน: "
                + "; ".join(changes)
                + " — หากตั้งใจเปลี่ยนจริง ให้ใช้ --overwrite"
            )
    with transaction.atomic():
        admin, admin_created = ensure_administrator(administrator)
        home = skeleton.ensure_home(profile, user=admin)
        check_workflow(home)
        site = skeleton.ensure_default_site(home, profile.short_name)
        departments = skeleton.ensure_departments(home, profile.departments, user=admin)
        skeleton.ensure_about_pages(home, profile, user=admin)
        skeleton.apply_office_settings(site, profile, departments)
        ensure_indexes(home, user=admin)
        newsletter_skeleton.ensure_index(home, user=admin)
        year = current_fiscal_year()
        index = ita_skeleton.ensure_index(home, user=admin)
        created_items = ita_skeleton.ensure_catalogue(year, user=admin)
        ita_skeleton.assign_departments(year, departments)
        ita_skeleton.ensure_year_page(index, year, user=admin)
        return SetupResult(
            site=site,
            home_page=home,
            departments=departments,
            administrator=admin,
            administrator_created=admin_created,
            fiscal_year=year,
            ita_items_created=len(created_items),
            workflow=check_workflow(home),
        )


def address_matches(domain):
    """True when ``domain`` is the host of the configured base URL (``WAGTAILADMIN_BASE_URL``)."""
    return site_address()[0] == domain.strip().lower()
