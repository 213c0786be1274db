"""Demo content of the approval workflow: pages at every stage, with their publication requests.

Group pages (StandardPage under กลุ่มอำนวยการ), written by ``editor``; ``groupdirector`` checks,
``director`` approves. One waits for the group director, one for the office director, one was
sent back with a reason, one is live and verified, one is live with an overdue verification and
one carries a public correction note. Idempotent: a page that already has a workflow run is left
as it is. No mail is queued.
"""

from datetime import timedelta

from wagtail.models import Page

from home.models import StandardPage
from home.thai_dates import fiscal_year_of
from publishing import notifications
from publishing.models import DisclosureCategory, PageCorrection, PublicationRequest, VerificationCheck
from publishing.verification import record_check
from publishing.working_days import VERIFICATION_WORKING_DAYS, add_working_days

DEPARTMENT = "general-administration"

# slug, title, intro, stage, days ago it was submitted
PAGES = [
    (
        "teachers-day-2570",
        "ขอเชิญร่วมงานวันครู ประจำปี 2570",
        "สำนักงานเขตพื้นที่การศึกษาขอเชิญข้าราชการครูและบุคลากรทางการศึกษาร่วมงานวันครู ณ หอประชุมสำนักงาน",
        "group_review",
        0,
    ),
    (
        "procurement-plan-2570",
        "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2570",
        "แผนการจัดซื้อจัดจ้างของสำนักงานเขตพื้นที่การศึกษา ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
        "director_review",
        1,
    ),
    (
        "sports-day-invitation",
        "ขอเชิญชมการแข่งขันกีฬานักเรียน ระดับเขตพื้นที่",
        "การแข่งขันกีฬานักเรียนระดับเขตพื้นที่การศึกษา ณ สนามกีฬากลางจังหวัดพัทลุง",
        "needs_changes",
        2,
    ),
    (
        "service-manual-saraban",
        "คู่มือการปฏิบัติงานสารบรรณอิเล็กทรอนิกส์",
        "ขั้นตอนการรับ ส่ง และจัดเก็บหนังสือราชการผ่านระบบสารบรรณอิเล็กทรอนิกส์ของสำนักงาน",
        "verified",
        12,
    ),
    (
        "meeting-summary-november",
        "สรุปผลการประชุมผู้บริหารสถานศึกษา ครั้งที่ 11/2569",
        "สรุปสาระสำคัญของการประชุมผู้บริหารสถานศึกษาในสังกัด ประจำเดือนพฤศจิกายน",
        "overdue",
        9,
    ),
    (
        "office-hours-announcement",
        "ประกาศเวลาเปิดทำการของสำนักงานช่วงวันหยุดปีใหม่",
        "สำนักงานเปิดให้บริการตามปกติ เว้นวันหยุดราชการตามประกาศของคณะรัฐมนตรี",
        "corrected",
        6,
    ),
    (
        "school-lunch-budget-2570",
        "ประกาศจัดสรรงบประมาณค่าอาหารกลางวันนักเรียน ปีงบประมาณ 2570",
        "การจัดสรรงบประมาณค่าอาหารกลางวันให้โรงเรียนในสังกัด ภาคเรียนที่ 2 ปีการศึกษา 2569",
        "fix_needed",
        5,
    ),
    (
        "action-plan-2570",
        "แผนปฏิบัติราชการประจำปีงบประมาณ 2570",
        "แผนปฏิบัติราชการของสำนักงานเขตพื้นที่การศึกษา เสนอโดยผู้อำนวยการกลุ่มอำนวยการ",
        "director_own",
        0,
    ),
]

# The eighteen kinds of information of seed 004 (ลักษณะ/ประเภทข้อมูล), after the seven of seed 003
# that every office gets by migration.
SEED_004_CATEGORIES = [
    "ข้อมูลเกี่ยวกับกฎ ระเบียบ ข้อบังคับที่เกี่ยวข้องกับสำนักงาน ข้าราชการครูและบุคลากรทางการศึกษา นักเรียน และโรงเรียน",
    "นโยบาย และยุทธศาสตร์การศึกษาของรัฐบาล กระทรวงศึกษาธิการ และสำนักงาน",
    "การขยายผลและพัฒนาเนื้อหาสาระนโยบาย แผนงาน กิจกรรม โครงการของสำนักงานและโรงเรียนในสังกัด",
    "การขับเคลื่อนประสิทธิภาพการบริหารจัดการสู่คุณภาพของผลผลิตสู่สาธารณชน",
    "ข้อมูลการจัดซื้อจัดจ้าง (สพท.)",
    "ข้อมูลพื้นฐาน โครงสร้าง ภารกิจ ของสำนักงาน",
    "แผนปฏิบัติการประจำปี และการติดตามผลการดำเนินการตามแผนปฏิบัติราชการประจำปี",
    "มาตรฐานหรือคู่มือการปฏิบัติงานส่วนบุคคล",
    "มาตรฐานและขั้นตอนการให้บริการภายในสำนักงานเขตพื้นที่การศึกษา",
    "ผลสำเร็จจากการดำเนินงาน",
    "การแลกเปลี่ยนเรียนรู้ แบ่งปันความรู้ใหม่ ๆ",
    "การจัดเก็บข้อมูลออนไลน์ของสำนักงาน",
    "การรายงานข้อมูลออนไลน์ของสำนักงาน",
    "ข้อมูลผู้บริหารสำนักงาน",
    "คู่มือการดำเนินงาน",
    "ข้อมูลผลสัมฤทธิ์ทางการศึกษา",
    "นวัตกรรมทางการศึกษา",
    "ข้อมูลบุคคล/หน่วยงาน ต้นแบบที่ประสบผลสำเร็จ",
]


def _categories():
    for order, name in enumerate(SEED_004_CATEGORIES, start=101):
        DisclosureCategory.objects.get_or_create(name=name, defaults={"sort_order": order})
    return DisclosureCategory.objects.filter(needs_detail=False).order_by("sort_order")


def _approve(page, user, comment=""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state.specific
    task_state.task.specific.on_action(task_state, user, "approve", comment=comment)


def _reject(page, user, comment):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state.specific
    task_state.task.specific.on_action(task_state, user, "reject", comment=comment)


def _backdate(page, days_ago, ctx):
    """Move the run's moments into the past, keeping their order (demo realism)."""
    pr = PublicationRequest.objects.filter(page=page).order_by("-pk").first()
    submitted = ctx.days_ago(days_ago, hour=9)
    updates = {"submitted_at": submitted, "fiscal_year": fiscal_year_of(submitted)}
    if pr.group_decided_at:
        updates["group_decided_at"] = submitted + timedelta(hours=2)
    if pr.office_decided_at:
        updates["office_decided_at"] = submitted + timedelta(hours=4)
    if pr.published_at:
        published = submitted + timedelta(hours=4, minutes=5)
        updates["published_at"] = published
        updates["verification_due_on"] = add_working_days(published.date(), VERIFICATION_WORKING_DAYS)
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
    PublicationRequest.objects.filter(pk=pr.pk).update(**updates)
    return pr


def _backdate_check(check, moment):
    VerificationCheck.objects.filter(pk=check.pk).update(checked_at=moment)
    PublicationRequest.objects.filter(pk=check.publication_request_id).update(verified_at=moment)


def load(ctx):
    department = ctx.departments[DEPARTMENT]
    editor, group_director, director = ctx.users["editor"], ctx.users["groupdirector"], ctx.users["director"]
    categories = list(_categories())
    with notifications.suppressed():
        for number, (slug, title, intro, stage, days_ago) in enumerate(PAGES):
            author = group_director if stage == "director_own" else editor
            page = ctx.page(
                department,
                StandardPage,
                slug,
                publish=False,
                title=title,
                intro=intro,
                owner=author,
                disclosure_category=categories[number % len(categories)],
            )
            if page.workflow_states.exists():
                continue
            page.save_revision(user=author, log_action=False)
            page.get_workflow().start(page, author)
            if stage == "director_own":
                pass  # the group director's own page waits for the office director only
            elif stage == "needs_changes":
                _reject(page, group_director, "กรุณาระบุวันและเวลาการแข่งขันให้ครบทุกประเภทกีฬา และแนบกำหนดการ")
            elif stage != "group_review":
                _approve(page, group_director, "ตรวจสอบแล้ว ข้อมูลถูกต้อง")
                if stage != "director_review":
                    _approve(page, director, "อนุญาตให้เผยแพร่")
            pr = _backdate(page, days_ago, ctx)
            if stage == "verified":
                check = record_check(
                    pr,
                    group_director,
                    VerificationCheck.Result.CORRECT,
                    "ตรวจสอบหน้าเว็บแล้ว ข้อความและเอกสารแนบครบถ้วน",
                )
                _backdate_check(check, ctx.days_ago(days_ago - 1, hour=14))
            if stage == "fix_needed":
                check = record_check(
                    pr,
                    group_director,
                    VerificationCheck.Result.NEEDS_FIX,
                    "ยอดจัดสรรของโรงเรียนบ้านควนขนุนไม่ตรงกับหนังสือแจ้งจัดสรร กรุณาแก้ไขตารางแนบท้าย",
                )
                _backdate_check(check, ctx.days_ago(days_ago - 2, hour=15))
            if stage == "corrected":
                PageCorrection.objects.create(
                    page=page,
                    revision=page.get_latest_revision(),
                    note="แก้ไขวันเปิดทำการจาก 2 มกราคม เป็น 3 มกราคม 2570",
                    created_by=editor,
                    published_at=ctx.days_ago(days_ago - 1, hour=11),
                )
