"""The office's skeleton, built the same way for a real office (``manage.py setup_office``) and for
the demo (``load_demo_data``): the home page and the default Site at the configured address, the
internal groups (กลุ่ม) with their Django groups, the about pages, and the office settings.

Every function is idempotent: pages are found by slug under their parent before they are
created, so running a set-up twice changes nothing the second time.
"""

from dataclasses import dataclass, field

from wagtail.models import Page, Site

from home.departments import ensure_department_groups
from home.models import DepartmentIndexPage, DepartmentPage, HomePage, OfficeSettings, StandardPage
from home.page_rights import ensure_site_page_rights
from home.site_url import align_site, site_address


@dataclass(frozen=True)
class Department:
    slug: str
    title: str
    short_name: str = ""
    mission: str = ""


# The groups of order 62/2565 §2 (seed 004): what every สพป./สพม. has unless it says otherwise.
DEFAULT_DEPARTMENTS = [
    Department(
        "general-administration",
        "กลุ่มอำนวยการ",
        "อก.",
        "งานสารบรรณ งานประชาสัมพันธ์ งานประชุม และการประสานงานทั่วไปของสำนักงาน",
    ),
    Department(
        "finance-and-assets",
        "กลุ่มบริหารงานการเงินและสินทรัพย์",
        "งส.",
        "การเงิน บัญชี พัสดุ และการจัดซื้อจัดจ้างของสำนักงานและโรงเรียน",
    ),
    Department(
        "personnel",
        "กลุ่มบริหารงานบุคคล",
        "บค.",
        "การสรรหา บรรจุ แต่งตั้ง และทะเบียนประวัติข้าราชการครูและบุคลากรทางการศึกษา",
    ),
    Department(
        "teacher-development",
        "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
        "พค.",
        "การพัฒนาครูและบุคลากรทางการศึกษาให้มีสมรรถนะตามมาตรฐานวิชาชีพ",
    ),
    Department(
        "supervision",
        "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
        "นต.",
        "การนิเทศ ติดตาม และประเมินผลการจัดการศึกษาของสถานศึกษา",
    ),
    Department(
        "educational-promotion",
        "กลุ่มส่งเสริมการจัดการศึกษา",
        "สก.",
        "การรับนักเรียน กิจการนักเรียน และการส่งเสริมการจัดการศึกษาทุกรูปแบบ",
    ),
    Department(
        "policy-and-planning",
        "กลุ่มนโยบายและแผน",
        "นผ.",
        "นโยบาย แผนพัฒนาการศึกษา งบประมาณ และการติดตามผลการดำเนินงาน",
    ),
    Department(
        "ict",
        "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "สท.",
        "ระบบเครือข่าย สารสนเทศ และการศึกษาทางไกลผ่านดาวเทียม",
    ),
    Department("legal-affairs", "กลุ่มกฎหมายและคดี", "กม.", "งานวินัย นิติกรรม สัญญา และการดำเนินการเรื่องร้องเรียน"),
    Department(
        "internal-audit",
        "หน่วยตรวจสอบภายใน",
        "ตสน.",
        "การตรวจสอบภายในด้านการเงิน บัญชี และการดำเนินงานของสำนักงานและสถานศึกษา",
    ),
]
# The group that answers for pages outside every group's room (office settings' main department).
MAIN_DEPARTMENT = "general-administration"

DEFAULT_FOOTER_LINKS = [
    ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "https://www.obec.go.th/"),
    ("กระทรวงศึกษาธิการ", "https://www.moe.go.th/"),
    ("ประกาศความเป็นส่วนตัว", "/about/privacy/"),
]


@dataclass
class OfficeProfile:
    """What distinguishes one office from another: the answers ``setup_office`` asks for."""

    name: str
    short_name: str
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    intro: str = ""
    departments: list = field(default_factory=lambda: list(DEFAULT_DEPARTMENTS))

    @property
    def main_department_slug(self):
        slugs = [department.slug for department in self.departments]
        return MAIN_DEPARTMENT if MAIN_DEPARTMENT in slugs else (slugs[0] if slugs else None)


def ensure_page(parent, model, slug, user=None, publish=True, first_published_at=None, **fields):
    """The child of ``parent`` with ``slug``, else a new one (published unless told not to)."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    fields.setdefault("live", publish)
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=False)
    if publish:
        revision.publish(log_action=False)
        page.refresh_from_db()
        if first_published_at:
            type(page).objects.filter(pk=page.pk).update(
                first_published_at=first_published_at, last_published_at=first_published_at
            )
            page.refresh_from_db()
    return page


def ensure_home(profile, user=None, quick_links=()):
    """The office's home page under the tree's root, moving Wagtail's welcome page out of its slug."""
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    welcome = root.get_children().exclude(content_type__model="homepage").filter(slug="home").first()
    if welcome:
        welcome.slug = "home-old"
        welcome.save_revision().publish()
    return ensure_page(
        root,
        HomePage,
        "home",
        user=user,
        title="หน้าแรก",
        intro=profile.intro,
        quick_links=[("link", {"title": t, "url": u, "description": d}) for t, u, d in quick_links],
    )


def ensure_default_site(home, site_name):
    """Point the default site at the office's home page and the configured base URL.

    Checked on every run, not only when the home page is created: restoring a snapshot taken
    before the office existed (serialized rollback in tests) brings Wagtail's welcome page and its
    site back, and a changed ``WAGTAILADMIN_BASE_URL`` moves the site's address with it.
    """
    site = Site.objects.filter(root_page=home).first() or Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = site_address()
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=site_name
        )
    elif site.root_page_id != home.pk or site.site_name != site_name or not site.is_default_site:
        old_root = site.root_page
        site.root_page, site.site_name, site.is_default_site = home, site_name, True
        site.save()
        if old_root.pk != home.pk and old_root.depth > 1 and old_root.get_children_count() == 0:
            old_root.delete()
    align_site(site)
    ensure_site_page_rights(home)
    return site


def ensure_departments(home, departments, user=None, phones=None):
    """``/groups/`` and one page per internal group, each with its editors' and director's groups."""
    groups_index = ensure_page(
        home,
        DepartmentIndexPage,
        "groups",
        user=user,
        title="กลุ่มงาน",
        show_in_menus=True,
        intro="<p>สำนักงานแบ่งส่วนราชการภายในเป็นกลุ่มงานตามคำสั่งสำนักงานเขตพื้นที่การศึกษา</p>",
    )
    pages = {}
    for department in departments:
        page = ensure_page(
            groups_index,
            DepartmentPage,
            department.slug,
            user=user,
            title=department.title,
            short_name=department.short_name,
            intro=department.mission,
            phone=(phones or {}).get(department.slug, ""),
        )
        ensure_department_groups(page)
        pages[department.slug] = page
    return pages


def ensure_about_pages(home, profile, user=None):
    """``/about/`` with the contact page and the PDPA privacy notice the public forms link to."""
    about = ensure_page(
        home,
        StandardPage,
        "about",
        user=user,
        title="เกี่ยวกับสำนักงาน",
        show_in_menus=True,
        intro="ข้อมูลพื้นฐาน โครงสร้าง อำนาจหน้าที่ และผู้บริหารของสำนักงาน",
    )
    contact_lines = [
        "<p>เปิดทำการวันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. (เว้นวันหยุดราชการ)</p>",
        f"<p>{profile.address}</p>" if profile.address else "",
        f"<p>โทรศัพท์ {profile.phone}</p>" if profile.phone else "",
        f"<p>สอบถามหรือแสดงความคิดเห็นได้ทางอีเมล {profile.email}</p>" if profile.email else "",
    ]
    ensure_page(
        about,
        StandardPage,
        "contact",
        user=user,
        title="ติดต่อสำนักงาน",
        intro="ที่อยู่ หมายเลขโทรศัพท์ อีเมล และช่องทางการสอบถามของสำนักงาน",
        body=[("paragraph", "".join(contact_lines))],
    )
    ensure_page(
        about,
        StandardPage,
        "privacy",
        user=user,
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
    return about


def apply_office_settings(site, profile, departments):
    """The office's name and contacts in its settings; footer links only when there are none yet."""
    office = OfficeSettings.for_site(site)
    office.office_name = profile.name
    office.short_name = profile.short_name
    office.address = profile.address
    office.phone = profile.phone
    office.fax = profile.fax
    office.email = profile.email
    main = departments.get(profile.main_department_slug)
    if main is not None:
        office.main_department = main
    if not office.footer_links:
        office.footer_links = [
            ("link", {"title": title, "url": url, "description": ""}) for title, url in DEFAULT_FOOTER_LINKS
        ]
    office.save()
    return office
