"""The Wagtail admin reads in correct Thai for every role (issue #2).

The project's catalogue (``locale/th``, via ``LOCALE_PATHS``) must be complete and well formed, must
win over Wagtail's own Thai catalogue (which says "ยืนยัน" for Approve and leaves most of the admin in
English), and the screens our roles use (dashboard, explorer, editor, moderation, workflow history,
snippets, reports) must show Thai where Wagtail used to leak English.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from ast import literal_eval
from html.parser import HTMLParser
from pathlib import Path

import pytest
import wagtail.admin
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import Person, StandardPage
from tests import factories

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CATALOGUES = [LOCALE_DIR / "th" / "LC_MESSAGES" / f"{domain}.po" for domain in ("django", "djangojs")]
MSGFMT = shutil.which("msgfmt")
needs_gettext = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")

# The office's vocabulary (docs/locale.md): the words every role meets, as the admin must say them.
VOCABULARY = {
    "Approve": "อนุมัติ",
    "Approve with comment": "อนุมัติพร้อมความคิดเห็น",
    "Request changes": "ส่งกลับแก้ไข",
    "Needs changes": "ส่งกลับแก้ไข",
    "In progress": "อยู่ระหว่างดำเนินการ",
    "Approved": "อนุมัติแล้ว",
    "Cancelled": "ยกเลิกแล้ว",
    "Workflows": "ขั้นตอนการอนุมัติ",
    "Workflow": "ขั้นตอนการอนุมัติ",
    "Tasks": "ขั้นตอนงาน",
    "Submit for moderation": "ส่งขออนุมัติ",
    "Publish": "เผยแพร่",
    "Unpublish": "ยกเลิกการเผยแพร่",
    "Save draft": "บันทึกฉบับร่าง",
    "Draft": "ฉบับร่าง",
    "Preview": "ดูตัวอย่าง",
    "Schedule to publish": "ตั้งเวลาเผยแพร่",
    "Dashboard": "หน้าหลักผู้ดูแล",
    "Snippets": "ข้อมูลย่อย",
    "Collection": "คอลเลกชัน",
    "Comments": "ความคิดเห็น",
    "Lock": "ล็อก",
    "Reports": "รายงาน",
    "Locked pages": "หน้าที่ถูกล็อก",
    "Site history": "ประวัติการใช้งานเว็บไซต์",
}

# English that Wagtail 8's own Thai catalogue used to leave on our roles' screens.
LEAKED_ENGLISH = [
    "Approve",
    "Request changes",
    "In progress",
    "Needs changes",
    "Workflows",
    "Workflow history",
    "Awaiting your review",
    "Your pages and snippets in a workflow",
    "Submit for moderation",
    "Save draft",
    "Unpublish",
    "Schedule to publish",
    "Comments",
    "Preview",
    "Page types usage",
    "Aging pages",
    "Site history",
    "Locked pages",
    "Workflow tasks",
    "Snippets",
    "Sort by",
    "Show filters",
    "Page explorer",
    "Search term",
]

# English that may appear on an admin screen: names (of the software, of the office's e-services),
# file formats, and data Wagtail's own migrations create (its sample "Moderators approval" workflow,
# "Moderators"/"Editors" groups and root page). Anything else in Latin letters is a leak.
ALLOWED_ENGLISH = {
    "Wagtail",
    "JavaScript",
    "CSV",
    "XLSX",
    "URL",
    "Facebook",
    "LINE",
    "Root",
    "Excel",
    "No Gift Policy",  # ITA item O20's official title
    "Service",  # "E-Service", ITA item O10
    "LINE Family",
    "Moderators approval",
    "Moderators",
    "Editors",
    "Welcome to your new Wagtail site",
    "title tag",
    "meta description",
}


@pytest.fixture(scope="module", autouse=True)
def _compiled_catalogue():
    """Compile locale/th when its .mo is missing or older than the .po (``make messages`` does it too)."""
    stale = [
        po
        for po in CATALOGUES
        if not po.with_suffix(".mo").exists() or po.stat().st_mtime > po.with_suffix(".mo").stat().st_mtime
    ]
    if not stale:
        return
    if MSGFMT is None:
        pytest.skip(
            "locale/th is not compiled and GNU gettext (msgfmt) is not installed: run `make messages`"
        )
    for po in stale:
        # Compile beside the target and swap it in, so a parallel run never reads half a file.
        handle, partial = tempfile.mkstemp(dir=po.parent, suffix=".mo.part")
        os.close(handle)
        subprocess.run([MSGFMT, "--check", "-o", partial, str(po)], check=True)  # noqa: S603 - our own file
        os.replace(partial, po.with_suffix(".mo"))
    # Django caches catalogues per process: forget them so the fresh ones are read.
    trans_real._translations = {}
    trans_real._default = None


class VisibleText(HTMLParser):
    """What a sighted user or a screen reader meets on a page: text nodes and labelling attributes,
    outside scripts, templates and elements that are ``hidden`` or ``aria-hidden``."""

    SKIPPED = {"script", "style", "template", "svg", "textarea", "select"}
    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
    LABELS = ("aria-label", "title", "placeholder", "alt")
    BUTTON_TYPES = ("submit", "button", "reset")

    def __init__(self, with_hidden=False):
        super().__init__()
        self.with_hidden = with_hidden  # also collapsed panels, tabs and menus a click away
        self.chunks = []
        self._open = []  # (tag, hides its content) of the elements we are inside

    @property
    def _hidden(self):
        return any(hides for _tag, hides in self._open)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        hides = tag in self.SKIPPED or (
            not self.with_hidden and ("hidden" in attributes or attributes.get("aria-hidden") == "true")
        )
        if not self._hidden and not hides:
            self.chunks.extend(value.strip() for name, value in attrs if name in self.LABELS and value)
            if tag == "input" and attributes.get("type") in self.BUTTON_TYPES and attributes.get("value"):
                self.chunks.append(attributes["value"].strip())  # a button's text is its value
        if tag not in self.VOID:
            self._open.append((tag, hides))

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.chunks.append(data.strip())


def visible_text(response, with_hidden=False):
    parser = VisibleText(with_hidden=with_hidden)
    parser.feed(response.content.decode())
    return parser.chunks


ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ ,][A-Za-z][A-Za-z'’]*)*")


def english_on(response, with_hidden=False):
    """Runs of English words shown on the page that are not names or formats we allow.

    Lower-case single words are identifiers (usernames, ``app.model`` labels), not interface text.
    """
    found = set()
    for chunk in visible_text(response, with_hidden=with_hidden):
        for run in ENGLISH_RUN.findall(chunk):
            run = run.rstrip("'’")  # a title quoted in a label: "'Root'"
            if len(run) > 2 and run not in ALLOWED_ENGLISH and not run.isupper() and not run.islower():
                found.add(run)
    return found


def assert_thai(response, *expected):
    assert response.status_code == 200, response.status_code
    text = "\n".join(visible_text(response, with_hidden=True))
    for phrase in expected:
        assert phrase in text, f"{phrase!r} missing from {response.request['PATH_INFO']}"
    leaks = [
        phrase for phrase in LEAKED_ENGLISH if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)
    ]
    assert not leaks, f"English on {response.request['PATH_INFO']}: {leaks}"


# --- The catalogue itself --------------------------------------------------------------------------


def _entries(path):
    """(msgid, flags, msgstrs) of each entry of a PO file, header excluded; enough for msgfmt's output."""
    entries, flags, msgid, msgstrs, field = [], set(), None, [], None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if msgid:
                entries.append((msgid, flags, msgstrs))
            flags, msgid, msgstrs, field = set(), None, [], None
        elif line.startswith("#,"):
            flags = {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("msgid "):
            msgid, field = literal_eval(line[6:]), "msgid"  # a PO string reads as a Python literal
        elif line.startswith("msgstr"):
            msgstrs.append(literal_eval(line.split(" ", 1)[1]))
            field = "msgstr"
        elif line.startswith('"') and field == "msgid":
            msgid += literal_eval(line)
        elif line.startswith('"') and field == "msgstr":
            msgstrs[-1] += literal_eval(line)
    return entries


# Wagtail templates the project overrides (templates/wagtailadmin/...) to fix English that no catalogue
# can reach, with the fragment of Wagtail's original each one replaces. When an upgrade changes the
# original, this fails: compare the override with Wagtail's new template (docs/locale.md).
TEMPLATE_OVERRIDES = {
    "wagtailadmin/shared/headers/_actions.html": 'aria-label="Actions"',
    "wagtailadmin/home.html": '<input type="submit" value="Search" class="button" />',
    "wagtailadmin/shared/header.html": '<input type="submit" value="Search" class="button" />',
    "wagtailadmin/tables/boolean_cell.html": "title=value|stringformat:'s'",
    "wagtailadmin/tables/cell.html": "{% if value is not None %}{{ value }}{% endif %}",
    "wagtailadmin/login.html": "{% formattedfield form.password %}",
    "wagtailadmin/reports/listing/_list_page_types_usage.html": "{{ page_type.name|title }}",
    "wagtailadmin/shared/user_avatar.html": "{% if not username %}{{ user }}{% else %}{{ username }}{% endif %}",
}


@pytest.mark.parametrize(("template", "original_fragment"), TEMPLATE_OVERRIDES.items())
def test_overridden_wagtail_templates_still_match_wagtail(template, original_fragment):
    wagtail_admin = Path(wagtail.admin.__file__).resolve().parent
    assert original_fragment in (wagtail_admin / "templates" / template).read_text(encoding="utf-8")
    override = Path(settings.BASE_DIR) / "templates" / template
    assert override.exists() and original_fragment not in override.read_text(encoding="utf-8")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_catalogue_has_thai_plurals_and_no_fuzzy_or_empty_entry(catalogue):
    text = catalogue.read_text(encoding="utf-8")
    assert '"Language: th\\n"' in text
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in text
    entries = _entries(catalogue)
    assert len(entries) > (1500 if catalogue.stem == "django" else 80)
    assert [msgid for msgid, flags, _ in entries if "fuzzy" in flags] == []
    assert [msgid for msgid, _, msgstrs in entries if not all(msgstrs)] == []
    # Thai has one plural form: a second msgstr[n] would be dead text.
    assert [msgid for msgid, _, msgstrs in entries if len(msgstrs) != 1] == []


@needs_gettext
@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_catalogue_compiles_with_placeholders_intact(catalogue, tmp_path):
    # --check verifies every python-format/python-brace-format placeholder of each msgid is kept.
    result = subprocess.run(  # noqa: S603 - msgfmt on our own catalogue
        [MSGFMT, "--check", "--statistics", "-o", str(tmp_path / "out.mo"), str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr


@needs_gettext
def test_catalogue_covers_every_msgid_of_installed_wagtail_and_django():
    """The maintenance script (docs/locale.md) finds nothing missing, empty or fuzzy."""
    if shutil.which("msgcat") is None:
        pytest.skip("msgcat is not installed")
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(LOCALE_DIR / "thai_catalogue.py"), "status"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "covers every msgid" in result.stdout


@pytest.mark.parametrize(("english", "thai"), VOCABULARY.items())
def test_project_catalogue_wins_over_wagtails_own_thai(english, thai):
    with translation.override("th"):
        assert translation.gettext(english) == thai


def test_messages_keep_their_placeholders_at_run_time():
    with translation.override("th"):
        submitted = translation.gettext("Page '%(page_title)s' has been submitted for moderation.")
        published = translation.gettext("Page '%(page_title)s' has been published.")
        minutes = translation.ngettext("%(num)d minute", "%(num)d minutes", 5)
    assert submitted % {"page_title": "ข่าวประชาสัมพันธ์"} == "ส่งหน้า 'ข่าวประชาสัมพันธ์' ขออนุมัติแล้ว"
    assert published % {"page_title": "ประกาศรับสมัคร"} == "เผยแพร่หน้า 'ประกาศรับสมัคร' แล้ว"
    assert minutes % {"num": 5} == "5 นาที"


def test_admin_javascript_catalogue_is_thai(demo, login):
    response = login(demo.users["editor"]).get("/admin/jsi18n/")
    assert response.status_code == 200
    body = response.content.decode()
    for thai in ("หน้าเว็บ", "เมนูหลัก", "กำลังบันทึกอัตโนมัติ…", "ลบไม่สำเร็จ", "หน้าหลักผู้ดูแล"):
        # The catalogue is JSON inside JavaScript: Thai may come \u-escaped.
        assert thai in body or json.dumps(thai)[1:-1] in body, thai


# --- Screens of each role ---------------------------------------------------------------------------


@pytest.fixture
def in_moderation(demo):
    """A page of the general administration group, submitted by its editor to the group's director."""
    department = demo.departments["general-administration"]
    task = GroupApprovalTask.objects.create(name="ผู้อำนวยการกลุ่มพิจารณา")
    task.groups.set([department.directors_group])
    workflow = Workflow.objects.create(name="อนุมัติการเผยแพร่ของกลุ่มอำนวยการ")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=department.page_ptr)
    page = demo.page(
        department,
        StandardPage,
        "meeting-notice",
        title="ประกาศการประชุมผู้บริหารสถานศึกษา",
        intro="ประชุมผู้บริหารสถานศึกษาประจำเดือนพฤศจิกายน ณ ห้องประชุมสำนักงาน",
    )
    editor = demo.users["editor"]
    page.save_revision(user=editor)
    workflow.start(page, editor)
    page.refresh_from_db()
    return page


def test_editor_sees_own_page_in_moderation_in_thai(demo, login, in_moderation):
    client = login(demo.users["editor"])
    dashboard = client.get("/admin/")
    assert_thai(dashboard, "หน้าและข้อมูลย่อยของคุณที่อยู่ในขั้นตอนการอนุมัติ", in_moderation.title)
    edit = client.get(f"/admin/pages/{in_moderation.pk}/edit/")
    assert_thai(edit, "อยู่ระหว่างการพิจารณา", "ผู้อำนวยการกลุ่มพิจารณา", "ดูตัวอย่าง", "ความคิดเห็น", "เนื้อหา")


def test_group_director_reviews_in_thai(demo, login, in_moderation):
    client = login(demo.users["groupdirector"])
    dashboard = client.get("/admin/")
    assert_thai(dashboard, "รอการพิจารณาของคุณ", in_moderation.title, "อนุมัติ", "ส่งกลับแก้ไข")
    edit = client.get(f"/admin/pages/{in_moderation.pk}/edit/")
    assert_thai(edit, "อนุมัติ", "อนุมัติพร้อมความคิดเห็น", "ส่งกลับแก้ไข")
    assert "ยืนยัน" not in visible_text(edit, with_hidden=True)


def test_request_changes_then_history_and_resubmit_read_in_thai(demo, login, in_moderation):
    task_state = in_moderation.current_workflow_task_state
    director = login(demo.users["groupdirector"])
    response = director.post(
        f"/admin/pages/workflow/action/{in_moderation.pk}/reject/{task_state.pk}/",
        {"comment": "กรุณาระบุวันเวลาการประชุมให้ชัดเจน"},
    )
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    assert task_state.status == "rejected"

    editor = login(demo.users["editor"])
    history = editor.get(f"/admin/pages/{in_moderation.pk}/workflow_history/")
    assert_thai(history, "ประวัติขั้นตอนการอนุมัติ", "ส่งกลับแก้ไข")
    workflow_state = in_moderation.workflow_states.get()
    detail = editor.get(f"/admin/pages/{in_moderation.pk}/workflow_history/detail/{workflow_state.pk}/")
    assert_thai(detail, "ลำดับเหตุการณ์", "ส่งกลับแก้ไข", "กรุณาระบุวันเวลาการประชุมให้ชัดเจน")
    edit = editor.get(f"/admin/pages/{in_moderation.pk}/edit/")
    assert_thai(edit, "ส่งพิจารณาอีกครั้งที่ ผู้อำนวยการกลุ่มพิจารณา")
    site_history = editor.get(f"/admin/pages/{in_moderation.pk}/history/")
    assert_thai(site_history, "ขั้นตอนการอนุมัติ: ส่งกลับแก้ไข")


def test_submitting_from_the_editor_confirms_in_thai(demo, login, in_moderation):
    # Cancel the running workflow first, so the editor submits afresh through the edit form.
    in_moderation.current_workflow_state.cancel(user=demo.users["admin"])
    client = login(demo.users["editor"])
    data = nested_form_data(
        {
            "title": in_moderation.title,
            "slug": in_moderation.slug,
            "intro": in_moderation.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            "disclosure_category": str(factories.disclosure_category().pk),
            "action-submit": "ส่งขออนุมัติ",
        }
    )
    response = client.post(f"/admin/pages/{in_moderation.pk}/edit/", data, follow=True)
    assert_thai(response, f"ส่งหน้า '{in_moderation.title}' ขออนุมัติแล้ว")


def test_explorer_and_search_read_in_thai(demo, login, in_moderation):
    client = login(demo.users["editor"])
    department = demo.departments["general-administration"]
    explorer = client.get(f"/admin/pages/{department.pk}/")
    assert_thai(explorer, "อยู่ระหว่างการพิจารณา", "ชื่อเรื่อง", "สถานะ")
    assert english_on(explorer) == set()
    search = client.get("/admin/pages/search/", {"q": in_moderation.title})
    assert_thai(search, in_moderation.title)


def main_menu_labels(response):
    """Labels of the admin's main menu, which Wagtail renders from JSON props in JavaScript."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    labels = []

    def collect(node):
        if isinstance(node, dict):
            labels.extend(value for key, value in node.items() if key == "label" and isinstance(value, str))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(json.loads(props.group(1)))
    return labels


@pytest.mark.parametrize("username", ["admin", "director", "groupdirector", "editor", "pr", "webmaster"])
def test_main_menu_is_thai_for_every_role(demo, login, username):
    labels = main_menu_labels(login(demo.users[username]).get("/admin/account/"))
    assert "ออกจากระบบ" in labels and "บัญชีผู้ใช้" in labels and "ช่วยเหลือ" in labels
    english = [
        label
        for label in labels
        if re.search(r"[A-Za-z]{3,}", label.replace("Wagtail", "").replace("ITA", ""))
    ]
    assert english == []


def test_choosers_read_in_thai(demo, login):
    # Modal choosers return their HTML inside JSON.
    client = login(demo.users["editor"])
    for url, expected in (
        ("/admin/images/chooser/", "เลือกรูปภาพ"),
        ("/admin/documents/chooser/", "เลือกเอกสาร"),
        (f"/admin/choose-page/{demo.home_page.pk}/", "เลือกหน้า"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.json()["html"]
        assert expected in html, url
        for english in (
            'value="Search"',
            ">Search<",
            "Upload",
            "Choose a page",
            "Choose an image",
            "Search term",
        ):
            assert english not in html, (url, english)


def test_director_screens_show_no_english(demo, login, in_moderation):
    client = login(demo.users["director"])
    for url in ("/admin/", "/admin/images/", "/admin/documents/", "/admin/account/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert english_on(response) == set(), url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/admin/workflows/list/", ["ขั้นตอนการอนุมัติ", "อนุมัติการเผยแพร่ของกลุ่มอำนวยการ", "เพิ่มขั้นตอนการอนุมัติ"]),
        ("/admin/workflows/tasks/index/", ["ขั้นตอนงาน", "ผู้อำนวยการกลุ่มพิจารณา"]),
        ("/admin/reports/workflow/", ["ขั้นตอนการอนุมัติ", "อยู่ระหว่างดำเนินการ"]),
        ("/admin/reports/workflow_tasks/", ["ขั้นตอนงานในการอนุมัติ", "อยู่ระหว่างดำเนินการ"]),
        ("/admin/reports/locked/", ["หน้าที่ถูกล็อก"]),
        ("/admin/reports/aging-pages/", ["หน้าที่ไม่ได้ปรับปรุงนาน"]),
        ("/admin/reports/site-history/", ["ประวัติการใช้งานเว็บไซต์"]),
        ("/admin/reports/page-types-usage/", ["การใช้งานประเภทหน้า"]),
        ("/admin/users/", ["ผู้ใช้", "เพิ่มผู้ใช้"]),
        ("/admin/groups/", ["กลุ่ม", "เพิ่มกลุ่ม"]),
    ],
)
def test_administrator_screens_read_in_thai(demo, login, in_moderation, url, expected):
    response = login(demo.users["admin"]).get(url)
    assert_thai(response, *expected)
    assert english_on(response) == set()


def test_snippet_listing_and_forms_read_in_thai(demo, login):
    # The people directory is a snippet (home.Person): list, create form and search.
    urls = Person.snippet_viewset
    client = login(demo.users["admin"])
    listing = client.get(reverse(urls.get_url_name("list")))
    assert_thai(listing, "ตำแหน่ง", "เลือกทั้งหมด", "ลบข้อมูลย่อยที่เลือก", "ใช่")
    assert "True" not in visible_text(listing) and "False" not in visible_text(listing)
    add = client.get(reverse(urls.get_url_name("add")))
    assert_thai(add, "บันทึก", "คำนำหน้าชื่อ")
    assert english_on(add) == set()
    invalid = client.post(reverse(urls.get_url_name("add")), {"first_name": "", "last_name": ""})
    assert_thai(invalid, "ต้องกรอกช่องนี้")
    assert english_on(invalid) == set()


def test_people_directory_listing_has_no_english(demo, login):
    response = login(demo.users["admin"]).get(reverse(Person.snippet_viewset.get_url_name("list")))
    assert english_on(response) == set()


def test_login_screen_reads_in_thai(client, db):
    response = client.get("/admin/login/")
    assert_thai(response, "เข้าสู่ระบบ", "ชื่อผู้ใช้", "รหัสผ่าน", "ลืมรหัสผ่าน?")
    assert english_on(response) == set()
    failed = client.post("/admin/login/", {"username": "director", "password": "ผิด"})
    assert_thai(failed, "ชื่อผู้ใช้ หรือรหัสผ่านไม่ถูกต้อง กรุณาลองอีกครั้ง")


def test_password_reset_screens_read_in_thai(client, db):
    form = client.get("/admin/password_reset/")
    assert_thai(form, "ตั้งรหัสผ่านใหม่", "กรอกอีเมลของคุณเพื่อตั้งรหัสผ่านใหม่")
    assert english_on(form) == set()
    sent = client.post("/admin/password_reset/", {"email": "nobody@example.go.th"}, follow=True)
    assert_thai(sent, "ตรวจสอบอีเมลของคุณ")
    assert english_on(sent) == set()


def test_forbidden_role_is_refused_in_thai(demo, login):
    # An editor has no business in the workflow settings: refused, and told so in Thai.
    response = login(demo.users["editor"]).get("/admin/workflows/list/", follow=True)
    assert_thai(response, "ขออภัย คุณไม่มีสิทธิ์เข้าถึงส่วนนี้")


# --- No English on any screen of any role (issue #13) ---------------------------------------------
# Each role's menu, dashboard links and the screens of its daily work are walked and their visible
# text (labels, buttons, help texts, placeholders, collapsed panels) checked for English words.

ROLES = ["admin", "director", "groupdirector", "editor", "editor2", "pr", "webmaster"]
# Links that change something, download a file or leave the HTML admin: not screens to read.
NOT_SCREENS = re.compile(
    r"logout|/delete/|/unpublish/|/lock/|/unlock/|/copy/|/move/|/revert/|/workflow/action/|/preview|"
    r"jsi18n|/api/|export|download|/serve/|/usage/|/login|/password_reset|\.(csv|xlsx|pdf|ics)$"
)
MAX_SCREENS = 45


def menu_urls(html):
    """Every admin URL of the sidebar (its props are JSON) and of the links on the page."""
    urls = set(re.findall(r'href="(/admin/[^"#]*)"', html))
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    if props:
        urls.update(re.findall(r'"url": "(/admin/[^"#]*)"', json.dumps(json.loads(props.group(1)))))
    return sorted(url for url in urls if not NOT_SCREENS.search(url))


@pytest.mark.django_db
@pytest.mark.parametrize("username", ROLES)
def test_no_screen_of_a_role_shows_english(demo, login, in_moderation, username):
    client = login(demo.users[username])
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    screens = menu_urls(dashboard.content.decode())[:MAX_SCREENS]
    assert len(screens) > 3, screens
    leaks = {}
    for url in ["/admin/", *screens]:
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        found = english_on(response)
        if found:
            leaks[url] = sorted(found)
    assert leaks == {}, json.dumps(leaks, ensure_ascii=False, indent=1)


@pytest.mark.django_db
def test_the_workflow_panel_and_the_tags_field_speak_thai(demo, login, in_moderation):
    """The two leaks staff reported: "4 minutes ago" in the status panel, taggit's help text."""
    client = login(demo.users["groupdirector"])
    edit = client.get(f"/admin/pages/{in_moderation.pk}/edit/")
    assert edit.status_code == 200
    assert english_on(edit, with_hidden=True) == set()
    html = edit.content.decode()
    # Wagtail says "just now" within a minute of the submission, "N minutes ago" after: both in Thai.
    assert " ago" not in html and "just now" not in html
    assert "ที่แล้ว" in html or "เมื่อสักครู่" in html

    news_index = factories.news_index(demo)
    pr = login(demo.users["pr"])
    add = pr.get(f"/admin/pages/add/newsroom/newspage/{news_index.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    assert "A comma-separated list of tags." not in html
    assert "คั่นแต่ละคำด้วยจุลภาค" in html
    assert english_on(add, with_hidden=True) == set()


@pytest.mark.django_db
def test_avatars_never_reach_an_outside_service(demo, login):
    for username in ("admin", "editor"):
        html = login(demo.users[username]).get("/admin/").content.decode()
        assert "gravatar.com" not in html
        # The sidebar (its props are JSON) shows Wagtail's own default avatar, served by the site.
        avatars = re.findall(r'"avatarUrl": "([^"]*)"', html.replace('\\"', '"'))
        avatars += re.findall(r'<img[^>]+src="([^"]*avatar[^"]*)"', html)
        assert avatars and all(src.startswith("/static/") for src in avatars), avatars
