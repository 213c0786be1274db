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
from publishing.models import PageCorrection, PublicationRequest
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
]


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


def load(ctx):
    department = ctx.departments[DEPARTMENT]
    editor, group_director, director = ctx.users["editor"], ctx.users["groupdirector"], ctx.users["director"]
    with notifications.suppressed():
        for slug, title, intro, stage, days_ago in PAGES:
            page = ctx.page(
                department, StandardPage, slug, publish=False, title=title, intro=intro, owner=editor
            )
            if page.workflow_states.exists():
                continue
            page.save_revision(user=editor, log_action=False)
            page.get_workflow().start(page, editor)
            if stage == "needs_changes":
                _reject(page, group_director, "กรุณาระบุวันและเวลาการแข่งขันให้ครบทุกประเภทกีฬา และแนบกำหนดการ")
            elif stage != "group_review":
                _approve(page, group_director, "ตรวจสอบแล้ว ข้อมูลถูกต้อง")
                if stage != "director_review":
                    _approve(page, director, "อนุญาตให้เผยแพร่")
            pr = _backdate(page, days_ago, ctx)
            if stage == "verified":
                PublicationRequest.objects.filter(pk=pr.pk).update(
                    verified_by=group_director,
                    verified_by_name=group_director.display_name,
                    verified_by_position=group_director.position,
                    verified_at=ctx.days_ago(days_ago - 1, hour=14),
                    verification_result=PublicationRequest.Verification.CORRECT,
                    verification_note="ตรวจสอบหน้าเว็บแล้ว ข้อความและเอกสารแนบครบถ้วน",
                )
            if stage == "corrected":
                PageCorrection.objects.create(
                    page=page,
                    revision=page.get_latest_revision(),
                    note="แก้ไขวันเปิดทำการจาก 2 มกราคม เป็น 3 มกราคม 2570",
                    created_by=editor,
                    published_at=ctx.days_ago(days_ago - 1, hour=11),
                )
