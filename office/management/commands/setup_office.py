"""Set up a real office on an empty (migrated) database: ``python manage.py setup_office``.

Asks for what it needs, or takes it from flags (``--no-input`` for scripts; the first
administrator's password then comes from ``OFFICE_ADMIN_PASSWORD``, never from a flag, so it does
not show in the process list or the shell history). Idempotent; see ``office.setup``.
"""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from home.site_url import base_url, site_address
from home.skeleton import DEFAULT_DEPARTMENTS, Department, OfficeProfile
from office.setup import Administrator, SetupRefused, address_matches, existing_office, setup_office

PASSWORD_VARIABLE = "OFFICE_ADMIN_PASSWORD"  # noqa: S105 - the name of a variable, not a password


def parse_groups(lines):
    """Internal groups from lines ``ชื่อกลุ่ม|ชื่อย่อ|slug`` (short name and slug optional).

    A title of the default ten keeps its default slug (the ITA items' usual owners are found by
    it); any other group without a slug gets ``group-<n>``.
    """
    defaults = {department.title: department for department in DEFAULT_DEPARTMENTS}
    departments, slugs = [], set()
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        title, short, slug = ([part.strip() for part in line.split("|")] + ["", ""])[:3]
        default = defaults.get(title)
        slug = slug or (default.slug if default else f"group-{number}")
        if slug in slugs:
            raise CommandError(f"กลุ่มงานซ้ำ: {title} ({slug})")
        slugs.add(slug)
        departments.append(
            Department(
                slug=slug,
                title=title,
                short_name=short or (default.short_name if default else ""),
                mission=default.mission if default else "",
            )
        )
    return departments


class Command(BaseCommand):
    help = "Set up a real Educational Service Area Office: pages, groups, rights, ITA list, site, first administrator."

    def add_arguments(self, parser):
        parser.add_argument("--name", help="ชื่อเต็มของสำนักงาน")
        parser.add_argument("--short-name", help="ชื่อย่อ เช่น สพป.พัทลุง เขต 1")
        parser.add_argument("--domain", help="โดเมนของเว็บไซต์ (ต้องตรงกับ WAGTAILADMIN_BASE_URL)")
        parser.add_argument("--address", default=None, help="ที่อยู่")
        parser.add_argument("--phone", default=None, help="โทรศัพท์")
        parser.add_argument("--fax", default=None, help="โทรสาร")
        parser.add_argument("--email", default=None, help="อีเมลของสำนักงาน")
        parser.add_argument(
            "--groups-file",
            help="ไฟล์รายชื่อกลุ่มงาน บรรทัดละกลุ่ม: ชื่อกลุ่ม|ชื่อย่อ|slug (ค่าเริ่มต้น: 10 กลุ่มตามคำสั่ง 62/2565)",
        )
        parser.add_argument("--admin-username", help="ชื่อผู้ใช้ของผู้ดูแลระบบคนแรก")
        parser.add_argument("--admin-email", help="อีเมลของผู้ดูแลระบบคนแรก")
        parser.add_argument("--admin-first-name", default="", help="ชื่อของผู้ดูแลระบบ")
        parser.add_argument("--admin-last-name", default="", help="นามสกุลของผู้ดูแลระบบ")
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="ยอมให้เปลี่ยนชื่อ ที่อยู่ หรือโดเมนของสำนักงานที่ติดตั้งไว้แล้ว",
        )
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="ไม่ถามคำถาม (สำหรับสคริปต์)"
        )

    def handle(self, *args, **options):
        self.interactive = options["interactive"]
        current = existing_office()
        domain = self.ask(options, "domain", "โดเมนของเว็บไซต์", default=site_address()[0])
        if not address_matches(domain):
            raise CommandError(
                f"โดเมน {domain} ไม่ตรงกับ WAGTAILADMIN_BASE_URL ({base_url()}): ลิงก์ทุกลิงก์ของเว็บไซต์มาจากค่านี้ "
                f"ตั้งค่า WAGTAILADMIN_BASE_URL=https://{domain} ในไฟล์ environment แล้วรันคำสั่งนี้อีกครั้ง"
            )
        profile = OfficeProfile(
            name=self.ask(options, "name", "ชื่อเต็มของสำนักงาน", default=current and current.office_name),
            short_name=self.ask(options, "short_name", "ชื่อย่อ", default=current and current.short_name),
            address=self.ask(options, "address", "ที่อยู่", default=current and current.address, required=False),
            phone=self.ask(options, "phone", "โทรศัพท์", default=current and current.phone, required=False),
            fax=self.ask(options, "fax", "โทรสาร", default=current and current.fax, required=False),
            email=self.ask(
                options, "email", "อีเมลของสำนักงาน", default=current and current.email, required=False
            ),
            departments=self.departments(options),
        )
        if profile.email:
            self.check_email(profile.email)
        administrator = self.administrator(options)
        try:
            result = setup_office(profile, administrator, overwrite=options["overwrite"])
        except SetupRefused as error:
            raise CommandError(str(error)) from None
        self.report(result)

    # Questions ---------------------------------------------------------------------------------

    def ask(self, options, key, question, default=None, required=True):
        value = options.get(key)
        if value is not None:
            return value.strip()
        if not self.interactive:
            if default is not None and default != "":
                return default
            if required:
                raise CommandError(f"ต้องระบุ --{key.replace('_', '-')} เมื่อใช้ --no-input")
            return ""
        while True:
            hint = f" [{default}]" if default else ""
            answer = input(f"{question}{hint}: ").strip() or (default or "")
            if answer or not required:
                return answer
            self.stderr.write("ต้องตอบข้อนี้")

    def departments(self, options):
        if options.get("groups_file"):
            with open(options["groups_file"], encoding="utf-8") as handle:
                departments = parse_groups(handle)
            if not departments:
                raise CommandError("ไฟล์รายชื่อกลุ่มงานว่าง")
            return departments
        if not self.interactive:
            return list(DEFAULT_DEPARTMENTS)
        self.stdout.write("กลุ่มงานภายในสำนักงาน (ค่าเริ่มต้น):")
        for department in DEFAULT_DEPARTMENTS:
            self.stdout.write(f"  - {department.title} ({department.short_name})")
        if input("ใช้กลุ่มงานตามนี้หรือไม่ [Y/n]: ").strip().lower() in ("", "y", "yes", "ใช่"):
            return list(DEFAULT_DEPARTMENTS)
        self.stdout.write("พิมพ์กลุ่มงานบรรทัดละกลุ่ม: ชื่อกลุ่ม|ชื่อย่อ (บรรทัดว่างเพื่อจบ)")
        lines = []
        while line := input("> ").strip():
            lines.append(line)
        departments = parse_groups(lines)
        if not departments:
            raise CommandError("ต้องมีกลุ่มงานอย่างน้อยหนึ่งกลุ่ม")
        return departments

    def administrator(self, options):
        username = self.ask(options, "admin_username", "ชื่อผู้ใช้ของผู้ดูแลระบบคนแรก")
        email = self.ask(options, "admin_email", "อีเมลของผู้ดูแลระบบ")
        self.check_email(email)
        spec = Administrator(
            username=username,
            email=email,
            first_name=options["admin_first_name"],
            last_name=options["admin_last_name"],
        )
        if get_user_model().objects.filter(username=username).exists():
            return spec  # an existing account keeps its password
        spec.password = os.environ.get(PASSWORD_VARIABLE, "")
        if not spec.password and self.interactive:
            spec.password = getpass.getpass("รหัสผ่าน: ")
            if getpass.getpass("รหัสผ่านอีกครั้ง: ") != spec.password:
                raise CommandError("รหัสผ่านทั้งสองครั้งไม่ตรงกัน")
        if not spec.password:
            raise CommandError(f"ต้องกำหนดรหัสผ่านของผู้ดูแลระบบใน {PASSWORD_VARIABLE} เมื่อใช้ --no-input")
        try:
            validate_password(spec.password)
        except ValidationError as error:
            raise CommandError("รหัสผ่านใช้ไม่ได้: " + " ".join(error.messages)) from None
        return spec

    def check_email(self, email):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"อีเมล “{email}” ไม่ถูกต้อง") from None

    def report(self, result):
        self.stdout.write(f"เว็บไซต์: {result.site.root_url}/ ({result.site.site_name})")
        self.stdout.write(f"กลุ่มงาน: {len(result.departments)} กลุ่ม พร้อมกลุ่มผู้ใช้ผู้เขียนและผู้อำนวยการกลุ่ม")
        self.stdout.write(
            f"รายการ ITA ปีงบประมาณ {result.fiscal_year}: เพิ่มใหม่ {result.ita_items_created} รายการ"
        )
        self.stdout.write(f"ขั้นตอนการอนุมัติ: {result.workflow.name}")
        state = "สร้างใหม่" if result.administrator_created else "มีอยู่แล้ว"
        self.stdout.write(f"ผู้ดูแลระบบ: {result.administrator.username} ({state})")
        self.stdout.write(self.style.SUCCESS(f"พร้อมใช้งาน: เข้าสู่ระบบที่ {result.site.root_url}/admin/"))
