"""Demo content of the site skeleton: the page tree, the ten groups, roles, users and settings.

Run through ``manage.py load_demo_data``; every step is idempotent (found by slug, title or
username before it is created). Other apps add theirs in their own ``demo.py``.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, Site

from accounts import roles
from home.demo_files import wagtail_document, wagtail_image
from home.departments import ensure_department_groups
from home.models import (
    DepartmentIndexPage,
    DepartmentPage,
    HomePage,
    OfficeSettings,
    Person,
    StandardPage,
)
from home.page_rights import ensure_site_page_rights

OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2"
OFFICE_SHORT = "สพป.พัทลุง เขต 2"

# (slug, title, short name, mission) — the groups of order 62/2565 §2 (seed 004).
DEPARTMENTS = [
    (
        "general-administration",
        "กลุ่มอำนวยการ",
        "อก.",
        "งานสารบรรณ งานประชาสัมพันธ์ งานประชุม และการประสานงานทั่วไปของสำนักงาน",
    ),
    (
        "finance-and-assets",
        "กลุ่มบริหารงานการเงินและสินทรัพย์",
        "งส.",
        "การเงิน บัญชี พัสดุ และการจัดซื้อจัดจ้างของสำนักงานและโรงเรียน",
    ),
    (
        "personnel",
        "กลุ่มบริหารงานบุคคล",
        "บค.",
        "การสรรหา บรรจุ แต่งตั้ง และทะเบียนประวัติข้าราชการครูและบุคลากรทางการศึกษา",
    ),
    (
        "teacher-development",
        "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
        "พค.",
        "การพัฒนาครูและบุคลากรทางการศึกษาให้มีสมรรถนะตามมาตรฐานวิชาชีพ",
    ),
    (
        "supervision",
        "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
        "นต.",
        "การนิเทศ ติดตาม และประเมินผลการจัดการศึกษาของสถานศึกษา",
    ),
    (
        "educational-promotion",
        "กลุ่มส่งเสริมการจัดการศึกษา",
        "สก.",
        "การรับนักเรียน กิจการนักเรียน และการส่งเสริมการจัดการศึกษาทุกรูปแบบ",
    ),
    (
        "policy-and-planning",
        "กลุ่มนโยบายและแผน",
        "นผ.",
        "นโยบาย แผนพัฒนาการศึกษา งบประมาณ และการติดตามผลการดำเนินงาน",
    ),
    (
        "ict",
        "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "สท.",
        "ระบบเครือข่าย สารสนเทศ และการศึกษาทางไกลผ่านดาวเทียม",
    ),
    ("legal-affairs", "กลุ่มกฎหมายและคดี", "กม.", "งานวินัย นิติกรรม สัญญา และการดำเนินการเรื่องร้องเรียน"),
    (
        "internal-audit",
        "หน่วยตรวจสอบภายใน",
        "ตสน.",
        "การตรวจสอบภายในด้านการเงิน บัญชี และการดำเนินงานของสำนักงานและสถานศึกษา",
    ),
]

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
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        fields.setdefault("live", publish)
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        revision = page.save_revision(user=self.users.get("admin"), log_action=False)
        if publish:
            revision.publish(log_action=False)
            page.refresh_from_db()
            if first_published_at:
                type(page).objects.filter(pk=page.pk).update(
                    first_published_at=first_published_at, last_published_at=first_published_at
                )
                page.refresh_from_db()
        return page

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
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        welcome = root.get_children().exclude(content_type__model="homepage").filter(slug="home").first()
        if welcome:
            welcome.slug = "home-old"
            welcome.save_revision().publish()
        home = ctx.page(
            root,
            HomePage,
            "home",
            title="หน้าแรก",
            intro="ร่วมสร้างคุณภาพการศึกษา เพื่อเด็กทุกคนในพื้นที่ พัทลุง เขต 2",
            quick_links=[("link", {"title": t, "url": u, "description": d}) for t, u, d in QUICK_LINKS],
        )
    ctx.home_page = home
    ctx.site = _default_site(home)
    ensure_site_page_rights(home)

    groups_index = ctx.page(
        home,
        DepartmentIndexPage,
        "groups",
        title="กลุ่มงาน",
        show_in_menus=True,
        intro="<p>สำนักงานแบ่งส่วนราชการภายในเป็นกลุ่มงานตามคำสั่งสำนักงานเขตพื้นที่การศึกษา</p>",
    )
    for slug, title, short, mission in DEPARTMENTS:
        department = ctx.page(
            groups_index,
            DepartmentPage,
            slug,
            title=title,
            short_name=short,
            intro=mission,
            phone="074-000-2" + str(10 + len(ctx.departments)),
        )
        ensure_department_groups(department)
        ctx.departments[slug] = department

    about = ctx.page(
        home,
        StandardPage,
        "about",
        title="เกี่ยวกับสำนักงาน",
        show_in_menus=True,
        intro="ข้อมูลพื้นฐาน โครงสร้าง อำนาจหน้าที่ และผู้บริหารของสำนักงาน",
    )
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
    ctx.page(
        about,
        StandardPage,
        "contact",
        title="ติดต่อสำนักงาน",
        intro="ที่อยู่ หมายเลขโทรศัพท์ อีเมล และช่องทางการสอบถามของสำนักงาน",
        body=[
            (
                "paragraph",
                "<p>เปิดทำการวันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. (เว้นวันหยุดราชการ)</p>"
                "<p>สอบถามหรือแสดงความคิดเห็นได้ทางอีเมล saraban@phatthalung2.example.go.th "
                "หรือ LINE Official Account ของสำนักงาน</p>",
            )
        ],
    )
    ctx.page(
        about,
        StandardPage,
        "privacy",
        title="ประกาศความเป็นส่วนตัว",
        intro="สำนักงานเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        body=[
            ("heading", {"text": "ข้อมูลที่เก็บและวัตถุประสงค์", "level": "h2"}),
            (
                "paragraph",
                "<p>ข้อมูลการติดต่อของสื่อมวลชนและเครือข่ายประชาสัมพันธ์ใช้เพื่อส่งข่าวสารของสำนักงานเท่านั้น "
                "โดยได้รับความยินยอมจากเจ้าของข้อมูล และเข้าถึงได้เฉพาะเจ้าหน้าที่ประชาสัมพันธ์</p>"
                "<p>เจ้าของข้อมูลขอเข้าถึง แก้ไข หรือถอนความยินยอมได้ทุกเมื่อ โดยติดต่อกลุ่มอำนวยการ</p>",
            ),
        ],
    )


def _default_site(home):
    """Point the default site at the office's home page (again), dropping Wagtail's welcome page.

    Checked on every run, not only when the home page is created: restoring a snapshot taken
    before the demo existed (serialized rollback in tests) brings the welcome page and its site back.
    """
    site = Site.objects.filter(root_page=home).first() or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=OFFICE_SHORT
        )
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = OFFICE_SHORT
        site.save()
        if old_root.depth > 1 and old_root.get_children_count() == 0:
            old_root.delete()
    return site


def _department_members(ctx):
    for username, *_rest, dept_slug, is_director in USERS:
        if not dept_slug:
            continue
        department = ctx.departments[dept_slug]
        group = department.directors_group if is_director else department.editors_group
        ctx.users[username].groups.add(group)


def _settings(ctx):
    office = OfficeSettings.for_site(ctx.site)
    office.office_name = OFFICE_NAME
    office.short_name = OFFICE_SHORT
    office.address = "เลขที่ 99 หมู่ 1 ตำบลตะโหมด อำเภอตะโหมด จังหวัดพัทลุง 93160"
    office.phone = "074-000-200"
    office.fax = "074-000-299"
    office.email = "saraban@phatthalung2.example.go.th"
    office.facebook_url = "https://www.facebook.com/phatthalung2.example"
    office.line_url = "https://line.me/R/ti/p/@phatthalung2"
    office.map_url = "https://maps.example.com/?q=7.3%2C100.1"
    office.main_department = ctx.departments["general-administration"]
    if not office.logo_id:
        office.logo = ctx.image("ตราสัญลักษณ์สำนักงาน", "สพป.พัทลุง เขต 2", seed=0, size=(256, 256))
    if not office.footer_links:
        office.footer_links = [
            (
                "link",
                {
                    "title": "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
                    "url": "https://www.obec.go.th/",
                    "description": "",
                },
            ),
            ("link", {"title": "กระทรวงศึกษาธิการ", "url": "https://www.moe.go.th/", "description": ""}),
            ("link", {"title": "ประกาศความเป็นส่วนตัว", "url": "/about/privacy/", "description": ""}),
        ]
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
