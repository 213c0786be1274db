"""The publication request (แบบขออนุญาตเผยแพร่ข้อมูลข่าวสาร) and the public correction records.

A ``PublicationRequest`` is the paper form of seeds 003 §8 / 004, filled from the workflow's own
events (``publishing.events``): one per workflow run, never typed by anyone. Names and
positions are copied when each step happens, so the filed record keeps what was true then even
if a person later changes position or leaves.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from home.thai_dates import be_year

__all__ = ["PublicationRequest", "PageCorrection", "PageWithdrawal"]


def _signer(verbose_name):
    """The account that signed a step of the form; the filed form outlives the account."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class PublicationRequest(models.Model):
    class Status(models.TextChoices):
        GROUP_REVIEW = "group_review", "รอผู้อำนวยการกลุ่มตรวจสอบ"
        DIRECTOR_REVIEW = "director_review", "รอผู้อำนวยการ สพท. อนุมัติ"
        NEEDS_CHANGES = "needs_changes", "ส่งกลับแก้ไข"
        SCHEDULED = "scheduled", "อนุมัติแล้ว รอเผยแพร่ตามกำหนด"
        PUBLISHED = "published", "เผยแพร่แล้ว"
        CANCELLED = "cancelled", "ยกเลิก"

    class Decision(models.TextChoices):
        APPROVED = "approved", "อนุญาตให้เผยแพร่ได้"
        REJECTED = "rejected", "ไม่อนุญาตให้เผยแพร่ / ส่งกลับแก้ไข"

    class Verification(models.TextChoices):
        CORRECT = "correct", "ถูกต้องครบถ้วน"
        NEEDS_FIX = "needs_fix", "ต้องแก้ไข"

    workflow_state = models.OneToOneField(
        "wagtailcore.WorkflowState",
        verbose_name="รอบการอนุมัติ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_request",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="หน้าเว็บ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_requests",
    )
    subject = models.CharField("เรื่อง", max_length=255, help_text="ชื่อเรื่องที่ขอเผยแพร่ (ชื่อหน้า)")
    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงาน",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="department_publication_requests",
    )
    department_name = models.CharField("ชื่อกลุ่มงาน", max_length=255, blank=True)
    disclosure_category = models.CharField("หมวดการเปิดเผยข้อมูล", max_length=500, blank=True)
    status = models.CharField(
        "สถานะ", max_length=20, choices=Status.choices, default=Status.GROUP_REVIEW, db_index=True
    )
    fiscal_year = models.PositiveSmallIntegerField("ปีงบประมาณ (พ.ศ.)", db_index=True)

    # Part 1: the requester.
    requester = _signer("ผู้ขอเผยแพร่")
    requester_name = models.CharField("ชื่อผู้ขอเผยแพร่", max_length=255, blank=True)
    requester_position = models.CharField("ตำแหน่งผู้ขอเผยแพร่", max_length=255, blank=True)
    submitted_at = models.DateTimeField("วันเวลาที่ส่งขออนุญาต", default=timezone.now)

    # The group director's check before the office director sees it.
    group_director = _signer("ผู้อำนวยการกลุ่ม")
    group_director_name = models.CharField("ชื่อผู้อำนวยการกลุ่ม", max_length=255, blank=True)
    group_director_position = models.CharField("ตำแหน่งผู้อำนวยการกลุ่ม", max_length=255, blank=True)
    group_decision = models.CharField(
        "ผลการตรวจสอบของ ผอ.กลุ่ม", max_length=20, choices=Decision.choices, blank=True
    )
    # When the step last began: a request sent back for changes and sent again starts the step anew
    # (the approval turnaround counts from here; ``submitted_at`` stays the first submission).
    group_started_at = models.DateTimeField("วันเวลาที่เสนอ ผอ.กลุ่ม (ครั้งล่าสุด)", null=True, blank=True)
    group_decided_at = models.DateTimeField("วันเวลาที่ ผอ.กลุ่มตรวจสอบ", null=True, blank=True)
    group_comment = models.TextField("ความเห็น ผอ.กลุ่ม", blank=True)
    group_step_skipped = models.BooleanField(
        "ข้ามขั้นตอน ผอ.กลุ่ม",
        default=False,
        help_text="ผู้ขอเผยแพร่เป็นผู้อำนวยการกลุ่มเจ้าของเรื่อง จึงเสนอ ผอ.สพท. โดยตรง",
    )

    # The office director's order.
    office_director = _signer("ผู้อำนวยการ สพท.")
    office_director_name = models.CharField("ชื่อผู้อนุญาต", max_length=255, blank=True)
    office_director_position = models.CharField("ตำแหน่งผู้อนุญาต", max_length=255, blank=True)
    office_decision = models.CharField("คำสั่ง ผอ.สพท.", max_length=20, choices=Decision.choices, blank=True)
    office_started_at = models.DateTimeField("วันเวลาที่เสนอ ผอ.สพท. (ครั้งล่าสุด)", null=True, blank=True)
    office_decided_at = models.DateTimeField("วันเวลาที่ ผอ.สพท. สั่งการ", null=True, blank=True)
    office_comment = models.TextField("ความเห็นหรือเหตุผลที่ไม่อนุญาต", blank=True)

    # Part 2: on the website.
    scheduled_for = models.DateTimeField("กำหนดเผยแพร่", null=True, blank=True)
    published_at = models.DateTimeField("วันเวลาที่เผยแพร่", null=True, blank=True, db_index=True)
    published_by_name = models.CharField(
        "ผู้นำขึ้นเว็บไซต์", max_length=255, blank=True, help_text="ผู้ที่การอนุมัติของท่านทำให้หน้าเผยแพร่"
    )
    published_by_position = models.CharField("ตำแหน่งผู้นำขึ้นเว็บไซต์", max_length=255, blank=True)
    published_by = _signer("ผู้นำขึ้นเว็บไซต์")
    published_automatically = models.BooleanField(
        "เผยแพร่อัตโนมัติเมื่อได้รับอนุญาต",
        default=False,
        help_text="ระบบนำขึ้นเว็บไซต์ทันทีที่ ผอ.สพท. อนุญาต หรือตามกำหนดเวลา",
    )

    # Part 3: the group director's check of the live page.
    verification_due_on = models.DateField("กำหนดตรวจสอบหลังเผยแพร่", null=True, blank=True, db_index=True)
    verified_by = _signer("ผู้ตรวจสอบหลังเผยแพร่")
    verified_by_name = models.CharField("ชื่อผู้ตรวจสอบ", max_length=255, blank=True)
    verified_by_position = models.CharField("ตำแหน่งผู้ตรวจสอบ", max_length=255, blank=True)
    verified_at = models.DateTimeField("วันเวลาที่ตรวจสอบหลังเผยแพร่", null=True, blank=True)
    verification_result = models.CharField(
        "ผลการตรวจสอบหลังเผยแพร่", max_length=20, choices=Verification.choices, blank=True
    )
    verification_note = models.TextField("บันทึกการตรวจสอบ", blank=True)

    updated_at = models.DateTimeField("ปรับปรุงล่าสุด", auto_now=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = "คำขออนุญาตเผยแพร่"
        verbose_name_plural = "คำขออนุญาตเผยแพร่ข้อมูลข่าวสาร"

    def __str__(self):
        return f"{self.reference} {self.subject}"

    def sign(self, step, user):
        """Put ``user`` on ``step`` (requester, group_director, ...) with their name and position now."""
        setattr(self, step, user)
        setattr(self, f"{step}_name", user.display_name if user else "")
        setattr(self, f"{step}_position", user.position if user else "")

    @property
    def reference(self):
        """The memo number (ที่): running number / BE year of submission."""
        if not self.pk:
            return ""
        return f"{self.pk}/{be_year(self.submitted_at)}"

    @property
    def is_verification_overdue(self):
        return bool(
            self.published_at
            and not self.verified_at
            and self.verification_due_on
            and self.verification_due_on < timezone.localdate()
        )


class PageCorrection(models.Model):
    """A public note (แก้ไขเพิ่มเติม) about a change to a page that was already live.

    Written when a live page is resubmitted; shown on the page from the moment the change goes
    live (``published_at``). Counted for the accuracy KPI.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="หน้าเว็บ", on_delete=models.CASCADE, related_name="corrections"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name="ฉบับแก้ไข",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(
        "บันทึกการแก้ไขเพิ่มเติม",
        max_length=500,
        help_text="ข้อความสั้นที่แสดงต่อสาธารณะ เช่น แก้ไขวันที่จัดกิจกรรมจาก 3 เป็น 4 ธันวาคม",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="ผู้บันทึก", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("บันทึกเมื่อ", auto_now_add=True)
    published_at = models.DateTimeField(
        "แสดงต่อสาธารณะเมื่อ", null=True, blank=True, help_text="ว่างไว้จนกว่าฉบับแก้ไขจะเผยแพร่"
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = "บันทึกการแก้ไขเพิ่มเติม"
        verbose_name_plural = "บันทึกการแก้ไขเพิ่มเติม"

    def __str__(self):
        return self.note


class PageWithdrawalQuerySet(models.QuerySet):
    def open(self):
        """Withdrawals still in force: the page has not been reinstated."""
        return self.filter(reinstated_at__isnull=True)


class PageWithdrawal(models.Model):
    """A page taken back with a public explanation, instead of silently vanishing.

    Made and closed only through ``publishing.withdrawals``: withdrawing unpublishes the page (so
    every listing drops it) and its address answers 410 with the explanation; the withdrawal stays
    open until a revision of the page is approved through the workflow and published again.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="หน้าเว็บ", on_delete=models.CASCADE, related_name="withdrawals"
    )
    explanation = models.TextField(
        "คำชี้แจงต่อสาธารณะ",
        help_text="เหตุผลที่ถอนข้อมูลนี้ แสดงเป็นแถบประกาศบนหน้าเว็บ",
    )
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="ผู้ถอน", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField("ถอนเมื่อ", default=timezone.now)
    reinstatement_requested_by = _signer("ผู้ขอยกเลิกการถอน")
    reinstatement_requested_at = models.DateTimeField("ขอยกเลิกการถอนเมื่อ", null=True, blank=True)
    reinstatement_note = models.TextField(
        "สิ่งที่ต้องแก้ไขก่อนเผยแพร่อีกครั้ง",
        blank=True,
        help_text="ผู้ดูแลเนื้อหาของหน้าเห็นข้อความนี้ในหน้าแก้ไข",
    )
    reinstated_by = _signer("ผู้อนุมัติให้เผยแพร่อีกครั้ง")
    reinstated_at = models.DateTimeField("ยกเลิกการถอนเมื่อ", null=True, blank=True, db_index=True)

    objects = PageWithdrawalQuerySet.as_manager()

    class Meta:
        ordering = ["-withdrawn_at", "-pk"]
        verbose_name = "การถอนข้อมูล"
        verbose_name_plural = "การถอนข้อมูล"

    def __str__(self):
        return self.explanation[:80]
