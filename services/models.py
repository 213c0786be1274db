"""Cases the public opens with the office: questions, complaints and Official Information Act requests.

One model for the three kinds (``Case.kind``): they share the tracking code, the responsible group,
the deadlines in working days, the states and the history of who did what. What differs (the
complaint's type, the request's purpose and delivery) are a few optional fields.
"""

import os
import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

from home.storage import PrivateFileSystemStorage


class CaseKind(models.TextChoices):
    QUESTION = "question", "ถาม-ตอบ"
    COMPLAINT = "complaint", "เรื่องร้องเรียน"
    INFORMATION_REQUEST = "information_request", "คำขอข้อมูลข่าวสารราชการ"


class CaseStatus(models.TextChoices):
    RECEIVED = "received", "รับเรื่องแล้ว"
    IN_PROGRESS = "in_progress", "อยู่ระหว่างดำเนินการ"
    ANSWERED = "answered", "ตอบแล้ว"
    REFUSED = "refused", "ไม่รับดำเนินการ"
    TRANSFERRED = "transferred", "ส่งต่อหน่วยงานอื่น"


OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS)
CLOSED_STATUSES = (CaseStatus.ANSWERED, CaseStatus.REFUSED, CaseStatus.TRANSFERRED)

# Where a case may go from each state; a closed case stays closed.
TRANSITIONS = {
    CaseStatus.RECEIVED: (CaseStatus.IN_PROGRESS, *CLOSED_STATUSES),
    CaseStatus.IN_PROGRESS: CLOSED_STATUSES,
}


class ComplaintType(models.TextChoices):
    CORRUPTION = "corruption", "การทุจริตและประพฤติมิชอบ"
    SERVICE = "service", "การให้บริการของสำนักงาน"
    STAFF = "staff", "การปฏิบัติงานของเจ้าหน้าที่หรือครู"
    SCHOOL = "school", "การจัดการศึกษาของโรงเรียน"
    OTHER = "other", "อื่น ๆ"


class DeliveryMethod(models.TextChoices):
    """How the person wants the information (the request form of the Official Information Act)."""

    EMAIL = "email", "ทางอีเมล"
    POST = "post", "ทางไปรษณีย์"
    IN_PERSON = "in_person", "รับด้วยตนเองที่สำนักงาน"
    INSPECT = "inspect", "ขอตรวจดูที่ศูนย์ข้อมูลข่าวสารของสำนักงาน"


class RouteKey(models.TextChoices):
    """Who answers a case: one route per kind, and corruption complaints on a route of their own."""

    QUESTION = "question", "ถาม-ตอบ"
    COMPLAINT = "complaint", "เรื่องร้องเรียนทั่วไป"
    CORRUPTION = "corruption", "เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    INFORMATION_REQUEST = "information_request", "คำขอข้อมูลข่าวสารราชการ"


class CaseRoute(models.Model):
    """The responsible group and the deadlines of one kind of case; editable by administrators."""

    key = models.CharField("ประเภทเรื่อง", max_length=30, choices=RouteKey.choices, unique=True)
    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงานที่รับผิดชอบ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="เจ้าหน้าที่และผู้อำนวยการของกลุ่มงานนี้เห็นและตอบเรื่อง ว่างไว้เพื่อใช้กลุ่มงานประชาสัมพันธ์ของสำนักงาน",
    )
    acknowledge_days = models.PositiveSmallIntegerField(
        "กำหนดรับเรื่อง (วันทำการ)",
        default=1,
        validators=[MinValueValidator(0), MaxValueValidator(60)],
        help_text="จำนวนวันทำการที่ต้องแจ้งรับเรื่องหลังได้รับ",
    )
    answer_days = models.PositiveSmallIntegerField(
        "กำหนดตอบ (วันทำการ)",
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(180)],
        help_text="จำนวนวันทำการที่ต้องตอบหรือแจ้งผลหลังได้รับ (คำขอข้อมูลข่าวสารราชการ: 15 วัน)",
    )

    class Meta:
        ordering = ["key"]
        verbose_name = "ผู้รับผิดชอบและกำหนดเวลา"
        verbose_name_plural = "ผู้รับผิดชอบและกำหนดเวลา"

    def __str__(self):
        return self.get_key_display()


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        """Open cases past their deadline: not acknowledged in time, or not answered in time."""
        today = today or timezone.localdate()
        return self.filter(
            Q(status=CaseStatus.RECEIVED, acknowledge_due__lt=today) | Q(answer_due__lt=today),
            status__in=OPEN_STATUSES,
        )

    def visible_to(self, user):
        from services.access import visible_cases_filter

        condition = visible_cases_filter(user)
        if condition is None:
            return self.none()
        return self.filter(condition)

    def published_questions(self):
        return self.filter(kind=CaseKind.QUESTION, status=CaseStatus.ANSWERED, publish_answer=True)


# Letters and digits nobody confuses when reading a code over the phone (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_PREFIX = {CaseKind.QUESTION: "Q", CaseKind.COMPLAINT: "C", CaseKind.INFORMATION_REQUEST: "R"}


def new_tracking_code(kind):
    """``C69-7K3M9Q``: kind, Buddhist year, six random characters (about 887 million per kind and year)."""
    year = (timezone.localdate().year + 543) % 100
    return f"{CODE_PREFIX[kind]}{year:02d}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(6))}"


class Case(models.Model):
    """A question, a complaint or an information request, from the public form to its answer."""

    kind = models.CharField("ประเภท", max_length=30, choices=CaseKind.choices)
    tracking_code = models.CharField("รหัสติดตาม", max_length=20, unique=True, editable=False)
    status = models.CharField(
        "สถานะ", max_length=20, choices=CaseStatus.choices, default=CaseStatus.RECEIVED, db_index=True
    )
    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงานที่รับผิดชอบ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.CharField("เรื่อง", max_length=255)
    message = models.TextField("รายละเอียด")

    # The person. A complaint may be anonymous: then no name is kept, and a contact given only
    # to follow the case is never shown to staff.
    anonymous = models.BooleanField("ไม่ประสงค์ออกนาม", default=False)
    name = models.CharField("ชื่อ-นามสกุล", max_length=200, blank=True)
    email = models.EmailField("อีเมล", blank=True)
    phone = models.CharField("โทรศัพท์", max_length=40, blank=True)
    address = models.TextField("ที่อยู่", blank=True)
    consent = models.BooleanField("ยินยอมตามประกาศความเป็นส่วนตัว", default=False)

    # Complaints
    complaint_type = models.CharField(
        "ประเภทเรื่องร้องเรียน", max_length=20, choices=ComplaintType.choices, blank=True
    )
    subject_person = models.CharField(
        "ผู้ถูกร้องเรียนหรือหน่วยงาน", max_length=255, blank=True, help_text="ชื่อ ตำแหน่ง หรือหน่วยงานที่ถูกร้องเรียน"
    )
    is_corruption = models.BooleanField("เรื่องทุจริตและประพฤติมิชอบ", default=False, editable=False, db_index=True)

    # Official Information Act requests
    purpose = models.TextField("วัตถุประสงค์ในการขอข้อมูล", blank=True)
    delivery_method = models.CharField("วิธีรับข้อมูล", max_length=20, choices=DeliveryMethod.choices, blank=True)

    # Questions the office publishes on the Q&A page
    topic = models.ForeignKey(
        "services.QuestionTopic",
        verbose_name="หมวดคำถาม",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    publish_answer = models.BooleanField(
        "เผยแพร่ในหน้าถาม-ตอบ", default=False, help_text="แสดงคำถามที่เรียบเรียงแล้วและคำตอบต่อสาธารณะ ไม่แสดงข้อมูลผู้ถาม"
    )
    public_question = models.TextField(
        "คำถามที่เผยแพร่", blank=True, help_text="เรียบเรียงคำถามโดยตัดชื่อและข้อมูลส่วนบุคคลออก"
    )

    public_answer = models.TextField(
        "คำตอบหรือผลการดำเนินการ", blank=True, help_text="ผู้ยื่นเรื่องเห็นข้อความนี้ในหน้าติดตามสถานะและในอีเมล"
    )
    transferred_to = models.CharField("ส่งต่อให้หน่วยงาน", max_length=255, blank=True)

    received_at = models.DateTimeField("วันที่รับเรื่อง", default=timezone.now, db_index=True)
    acknowledge_due = models.DateField("กำหนดรับเรื่อง")
    answer_due = models.DateField("กำหนดตอบ")
    acknowledged_at = models.DateTimeField("วันที่แจ้งรับเรื่อง", null=True, blank=True)
    closed_at = models.DateTimeField("วันที่ปิดเรื่อง", null=True, blank=True)
    reminded_for = models.DateField(
        "แจ้งเตือนกำหนดแล้วสำหรับวันที่", null=True, blank=True, editable=False, help_text="กันการแจ้งเตือนซ้ำ"
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = "เรื่องจากประชาชน"
        verbose_name_plural = "เรื่องจากประชาชน"

    def __str__(self):
        return f"{self.tracking_code} {self.subject}"

    def save(self, *args, **kwargs):
        self.is_corruption = (
            self.kind == CaseKind.COMPLAINT and self.complaint_type == ComplaintType.CORRUPTION
        )
        super().save(*args, **kwargs)

    @property
    def route_key(self):
        if self.kind == CaseKind.COMPLAINT and self.complaint_type == ComplaintType.CORRUPTION:
            return RouteKey.CORRUPTION
        return RouteKey(self.kind)

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def next_due(self):
        """The deadline that matters now: acknowledgement while received, then the answer."""
        if self.status == CaseStatus.RECEIVED:
            return min(self.acknowledge_due, self.answer_due)
        if self.status == CaseStatus.IN_PROGRESS:
            return self.answer_due
        return None

    @property
    def is_overdue(self):
        due = self.next_due
        return due is not None and due < timezone.localdate()

    @property
    def allowed_statuses(self):
        return TRANSITIONS.get(CaseStatus(self.status), ())

    @property
    def complainant_label(self):
        """The person as staff see them: an anonymous complainant stays anonymous."""
        if self.anonymous:
            return "ผู้ร้องเรียนไม่ประสงค์ออกนาม"
        return self.name or "-"


class QuestionTopic(models.Model):
    """A heading of the public Q&A page (การรับนักเรียน, บุคลากร …)."""

    name = models.CharField("หมวดคำถาม", max_length=120, unique=True)
    sort_order = models.PositiveSmallIntegerField("ลำดับ", default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "หมวดคำถาม"
        verbose_name_plural = "หมวดคำถาม"

    def __str__(self):
        return self.name


class CaseEvent(models.Model):
    """One step of a case: who moved it, when, to which state, with what note."""

    case = models.ForeignKey(Case, verbose_name="เรื่อง", on_delete=models.CASCADE, related_name="events")
    status = models.CharField("สถานะ", max_length=20, choices=CaseStatus.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ผู้ดำเนินการ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField("บันทึก", blank=True, help_text="บันทึกภายใน ไม่แสดงต่อผู้ยื่นเรื่อง")
    created_at = models.DateTimeField("เมื่อ", default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "ขั้นตอนของเรื่อง"
        verbose_name_plural = "ขั้นตอนของเรื่อง"

    def __str__(self):
        return f"{self.case.tracking_code}: {self.get_status_display()}"


def attachment_upload_to(instance, filename):
    # A random name on disk; the sender's name of the file is kept apart (it may carry a person's name).
    extension = os.path.splitext(filename)[1].lower()
    return f"service_cases/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


def private_storage():
    # A callable so migrations record the function, and tests can point PRIVATE_MEDIA_ROOT elsewhere.
    return PrivateFileSystemStorage()


class CaseAttachment(models.Model):
    """A file of a case: what the person sent, or a document of the office's answer."""

    case = models.ForeignKey(Case, verbose_name="เรื่อง", on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("ไฟล์", upload_to=attachment_upload_to, storage=private_storage)
    original_filename = models.CharField("ชื่อไฟล์เดิม", max_length=255)
    is_answer = models.BooleanField("เอกสารประกอบคำตอบ", default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField("แนบเมื่อ", auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = "ไฟล์แนบของเรื่อง"
        verbose_name_plural = "ไฟล์แนบของเรื่อง"

    def __str__(self):
        return self.original_filename


@receiver(post_delete, sender=CaseAttachment)
def delete_attachment_file(sender, instance, **kwargs):
    # Personal data must not outlive its record; only once the deletion is committed.
    if instance.file:
        file = instance.file
        transaction.on_commit(lambda: file.delete(save=False))
