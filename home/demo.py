"""Demo content of the site skeleton: the page tree, the ten groups, roles, users and settings.

Run through ``manage.py load_demo_data``; every step is idempotent (found by slug, title or
username before it is created). Other apps add theirs in their own ``demo.py``.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Site

from accounts import roles
from home import skeleton
from home.demo_files import wagtail_document, wagtail_image
from home.models import HomePage, Person, StandardPage

OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2"
OFFICE_SHORT = "สพป.พัทลุง เขต 2"
PROFILE = skeleton.OfficeProfile(
    name=OFFICE_NAME,
    short_name=OFFICE_SHORT,
    address="เลขที่ 99 หมู่ 1 ตำบลตะโหมด อำเภอตะโหมด จังหวัดพัทลุง 93160",
    phone="074-000-200",
    fax="074-000-299",
    email="saraban@phatthalung2.example.go.th",
    intro="ร่วมสร้างคุณภาพการศึกษา เพื่อเด็กทุกคนในพื้นที่ พัทลุง เขต 2",
)

# username, prefix, first, last, position, role groups, department slug ("" for none), is director
USERS = [
    ("admin", "นาย", "ผู้ดูแล", "ระบบ", "นักวิชาการคอมพิวเตอร์", [], "", False),
    (
        "director",
        "นาย",
        "สมชาย",
        "ศรีสุข",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2",
        [roles.OFFICE_DIRECTORS],
        "",
        False,
    ),
    (
        "groupdirector",
        "นาง",
        "วิไลวรรณ",
        "ทองคำ",
        "ผู้อำนวยการกลุ่มอำนวยการ",
        [roles.GROUP_DIRECTORS],
        "general-administration",
        True,
    ),
    (
        "editor",
        "นางสาว",
        "กนกพร",
        "แก้วมณี",
        "เจ้าพนักงานธุรการชำนาญงาน",
        [roles.EDITORS],
        "general-administration",
        False,
    ),
    ("editor2", "นาย", "ธนพล", "บุญมา", "นักทรัพยากรบุคคลชำนาญการ", [roles.EDITORS], "personnel", False),
    (
        "pr",
        "จ่าเอก",
        "สุริยนต์",
        "ชมภู",
        "นักประชาสัมพันธ์ชำนาญการ",
        [roles.PR_OFFICERS],
        "general-administration",
        False,
    ),
    ("webmaster", "นาย", "อนุชา", "รักษ์ดี", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ", [roles.WEBMASTERS], "", False),
]

EXECUTIVES = [
    ("นาย", "สมชาย", "ศรีสุข", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2", "074-000-201"),
    ("นางสาว", "ปราณี", "จันทร์หอม", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2", "074-000-202"),
    ("นาย", "ประเสริฐ", "นาคสุวรรณ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2", "074-000-203"),
]

QUICK_LINKS = [
    ("My Office", "https://myoffice.example.go.th/", "ระบบสำนักงานอัตโนมัติ"),
    ("E-money", "https://emoney.example.go.th/", "ระบบแจ้งการโอนเงินเดือนและค่าตอบแทน"),
    ("E-Supervision", "https://esupervision.example.go.th/", "ระบบนิเทศออนไลน์"),
    ("E-office", "https://eoffice.example.go.th/", "ระบบหนังสือราชการอิเล็กทรอนิกส์"),
    ("ระบบบำเหน็จบำนาญ", "https://pension.example.go.th/", "ตรวจสอบสิทธิ์บำเหน็จบำนาญ"),
    ("ระบบรับนักเรียน", "https://admission.example.go.th/", "สมัครเรียนออนไลน์"),
]


@dataclass
class DemoContext:
    """What the apps' demo loaders share: the site, its pages, people and helpers."""

    password: str
    stdout: object = None
    now: object = field(default_factory=timezone.now)
    site: Site = None
    home_page: HomePage = None
    departments: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    # Set the password of demo users that already exist too (``load_demo_data --password``).
    reset_passwords: bool = False

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def image(self, title, text="", seed=0, size=(1200, 800)):
        return wagtail_image(title, text, seed=seed, size=size)

    def document(self, title, paragraphs=(), filename=None):
        return wagtail_document(title, paragraphs, filename)

    def page(self, parent, model, slug, publish=True, first_published_at=None, **fields):
        """Get the child of ``parent`` with ``slug`` or create it; publish it unless told not to."""
        return skeleton.ensure_page(
            parent,
            model,
            slug,
            user=self.users.get("admin"),
            publish=publish,
            first_published_at=first_published_at,
            **fields,
        )

    def days_ago(self, days, hour=10):
        moment = timezone.localtime(self.now) - timedelta(days=days)
        return moment.replace(hour=hour, minute=30, second=0, microsecond=0)


def load(ctx):
    _users(ctx)
    _tree(ctx)
    _department_members(ctx)
    _settings(ctx)
    _people(ctx)


def _users(ctx):
    User = get_user_model()
    for username, prefix, first, last, position, role_names, _dept, _is_director in USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "name_prefix": prefix,
                "first_name": first,
                "last_name": last,
                "position": position,
                "email": f"{username}@phatthalung2.example.go.th",
                "is_staff": username == "admin",
                "is_superuser": username == "admin",
            },
        )
        if created or ctx.reset_passwords:
            user.set_password(ctx.password)
            user.save()
        user.groups.add(*Group.objects.filter(name__in=role_names))
        ctx.users[username] = user


def _tree(ctx):
    admin = ctx.users.get("admin")
    ctx.home_page = skeleton.ensure_home(PROFILE, user=admin, quick_links=QUICK_LINKS)
    ctx.site = skeleton.ensure_default_site(ctx.home_page, OFFICE_SHORT)
    phones = {d.slug: f"074-000-2{10 + n}" for n, d in enumerate(skeleton.DEFAULT_DEPARTMENTS)}
    ctx.departments = skeleton.ensure_departments(
        ctx.home_page, skeleton.DEFAULT_DEPARTMENTS, user=admin, phones=phones
    )
    about = skeleton.ensure_about_pages(ctx.home_page, PROFILE, user=admin)
    ctx.page(
        about,
        StandardPage,
        "structure",
        title="โครงสร้างและอำนาจหน้าที่",
        intro="สำนักงานเขตพื้นที่การศึกษามีอำนาจหน้าที่ตามพระราชบัญญัติการศึกษาแห่งชาติ และพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ",
        body=[
            ("heading", {"text": "อำนาจหน้าที่โดยสรุป", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>จัดทำนโยบาย แผนพัฒนา และมาตรฐานการศึกษาของเขตพื้นที่การศึกษา</li>"
                "<li>วิเคราะห์การจัดตั้งงบประมาณเงินอุดหนุนของสถานศึกษา</li>"
                "<li>ประสาน ส่งเสริม สนับสนุน และพัฒนาหลักสูตรร่วมกับสถานศึกษา</li>"
                "<li>กำกับ ดูแล ติดตาม และประเมินผลสถานศึกษาในเขตพื้นที่การศึกษา</li></ul>",
            ),
        ],
    )


def _department_members(ctx):
    for username, *_rest, dept_slug, is_director in USERS:
        if not dept_slug:
            continue
        department = ctx.departments[dept_slug]
        group = department.directors_group if is_director else department.editors_group
        ctx.users[username].groups.add(group)


def _settings(ctx):
    office = skeleton.apply_office_settings(ctx.site, PROFILE, ctx.departments)
    office.facebook_url = "https://www.facebook.com/phatthalung2.example"
    office.line_url = "https://line.me/R/ti/p/@phatthalung2"
    office.map_url = "https://maps.example.com/?q=7.3%2C100.1"
    if not office.logo_id:
        office.logo = ctx.image("ตราสัญลักษณ์สำนักงาน", "สพป.พัทลุง เขต 2", seed=0, size=(256, 256))
    office.save()


def _people(ctx):
    for order, (prefix, first, last, position, phone) in enumerate(EXECUTIVES, start=1):
        Person.objects.get_or_create(
            first_name=first,
            last_name=last,
            defaults={
                "name_prefix": prefix,
                "position": position,
                "is_executive": True,
                "phone": phone,
                "email": f"exec{order}@phatthalung2.example.go.th",
                "sort_order": order,
                "photo": ctx.image(
                    f"ภาพผู้บริหาร {first} {last}", f"{first} {last}", seed=order, size=(480, 600)
                ),
            },
        )
    for _username, prefix, first, last, position, _roles, dept_slug, _director in USERS:
        if dept_slug:
            Person.objects.get_or_create(
                first_name=first,
                last_name=last,
                defaults={
                    "name_prefix": prefix,
                    "position": position,
                    "department": ctx.departments[dept_slug],
                    "sort_order": 10,
                },
            )
    ctx.document(
        "คำสั่งแบ่งส่วนราชการภายในสำนักงาน",
        ["คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 เรื่อง การแบ่งส่วนราชการภายใน"],
    )
