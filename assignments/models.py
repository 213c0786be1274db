"""The assignment desk (003 กระบวนการก่อนการผลิตข่าว): the executives' agenda, and the items picked
for news, each assigned to a staff member with the deadline of its kind's time standard."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property

from assignments.access import agenda_filter, assignment_filter
from assignments.deadlines import deadlines_for
from newsroom.time_standards import Kind


class AgendaKind(models.TextChoices):
    """What the executive does. The values are those of ``newsroom.time_standards.Kind``: the news
    written for the item has the same kind, and the same standard."""

    MEETING = Kind.MEETING.value, "การประชุม"
    INSPECTION = Kind.INSPECTION.value, "การตรวจราชการ/ติดตามในพื้นที่"
    PRESS_CONFERENCE = Kind.PRESS_CONFERENCE.value, "การแถลงข่าว"
    ACTIVITY = Kind.ACTIVITY.value, "กิจกรรม"


class AgendaItemQuerySet(models.QuerySet):
    def run_by(self, user):
        """The items of the desks ``user`` runs (none for anyone else)."""
        condition = agenda_filter(user)
        return self.none() if condition is None else self.filter(condition)


class AgendaItem(models.Model):
    """One entry of the executives' agenda (ปฏิทินงานผู้บริหาร), entered by the PR officer."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name="สำนักงาน",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="สำนักงาน (เว็บไซต์) เจ้าของกำหนดการ",
    )
    title = models.CharField("เรื่อง", max_length=255, help_text="เช่น ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570")
    kind = models.CharField(
        "ลักษณะงาน",
        max_length=20,
        choices=AgendaKind.choices,
        help_text="กำหนดมาตรฐานระยะเวลาของข่าว: ประชุม 3 ชั่วโมงหลังเลิก · ตรวจราชการ 24 ชั่วโมง · "
        "แถลงข่าว อนุมัติข่าวแจกก่อน 3 ชั่วโมงและเผยแพร่ภายใน 1 ชั่วโมง · กิจกรรม ประกาศล่วงหน้า 3 วัน",
    )
    starts_at = models.DateTimeField("วันเวลาเริ่ม", help_text="วันที่ พ.ศ. และเวลาเริ่ม เช่น 3/12/2569 09.00")
    ends_at = models.DateTimeField(
        "วันเวลาสิ้นสุด", help_text="ข้ามเที่ยงคืนได้ เช่น 3/12/2569 23.00 ถึง 4/12/2569 01.00"
    )
    place = models.CharField("สถานที่", max_length=255)
    executive = models.ForeignKey(
        "home.Person",
        verbose_name="ผู้บริหาร",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_executive": True},
        help_text="เลือกจากทำเนียบบุคลากร (ผู้บริหาร)",
    )
    executive_name = models.CharField(
        "ผู้บริหาร (กรณีไม่มีในทำเนียบ)",
        max_length=200,
        blank=True,
        help_text="เช่น รองเลขาธิการ กพฐ. ที่มาเยี่ยมสำนักงาน",
    )
    note = models.TextField("รายละเอียดเพิ่มเติม", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="บันทึกโดย",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("บันทึกเมื่อ", auto_now_add=True)

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "กำหนดการผู้บริหาร"
        verbose_name_plural = "กำหนดการผู้บริหาร"
        indexes = [models.Index(fields=["site", "starts_at"], name="assignments_agenda_site")]

    def __str__(self):
        from home.thai_dates import thai_date_short

        return f"{self.title} ({thai_date_short(self.starts_at)})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A moved meeting moves its deadlines (and may warn again for the new time).
        assignment = Assignment.objects.filter(agenda_item=self).first()
        if assignment:
            assignment.save()

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = "วันเวลาสิ้นสุดต้องไม่ก่อนวันเวลาเริ่ม"
        if not self.executive_id and not self.executive_name.strip():
            errors["executive"] = "โปรดเลือกผู้บริหารจากทำเนียบ หรือพิมพ์ชื่อผู้บริหารในช่องถัดไป"
        if errors:
            raise ValidationError(errors)

    @property
    def executive_label(self):
        return str(self.executive) if self.executive_id else self.executive_name

    @property
    def assignment_or_none(self):
        try:
            return self.assignment
        except Assignment.DoesNotExist:
            return None


class Progress(models.TextChoices):
    NOT_STARTED = "not_started", "ยังไม่เริ่มเขียนข่าว"
    DRAFT = "draft", "กำลังเขียน (ร่าง)"
    SUBMITTED = "submitted", "ส่งขออนุมัติแล้ว"
    PUBLISHED = "published", "เผยแพร่แล้ว"


class AssignmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        condition = assignment_filter(user)
        return self.none() if condition is None else self.filter(condition)

    def run_by(self, user):
        """The assignments of the desks ``user`` runs: these they may reassign or delete."""
        condition = agenda_filter(user)
        if condition is None:
            return self.none()
        return self.filter(agenda_item__in=AgendaItem.objects.filter(condition).values("pk"))

    def open(self):
        """Not published yet (an announcement not live is not done)."""
        return self.filter(
            models.Q(news_page__isnull=True) | models.Q(news_page__first_published_at__isnull=True)
        )

    def with_related(self):
        return self.select_related(
            "agenda_item", "agenda_item__executive", "assignee", "department", "news_page"
        )


def prefetch_progress(assignments):
    """Give the news pages of ``assignments`` their active workflow states in one query, so that
    ``Assignment.progress`` costs nothing per row (Wagtail's ``prefetch_workflow_states`` only works
    from a queryset of plain pages)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, WorkflowState

    assignments = list(assignments)
    pages = {str(a.news_page_id): a.news_page for a in assignments if a.news_page_id}
    for page in pages.values():
        page._current_workflow_states = []
    if pages:
        states = WorkflowState.objects.active().filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=list(pages)
        )
        for state in states:
            pages[state.object_id]._current_workflow_states.append(state)
    return assignments


class Assignment(models.Model):
    """An agenda item picked for news, given to one staff member, with its deadlines and its news."""

    agenda_item = models.OneToOneField(
        AgendaItem, verbose_name="กำหนดการ", on_delete=models.CASCADE, related_name="assignment"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ผู้รับผิดชอบทำข่าว",
        on_delete=models.PROTECT,
        related_name="news_assignments",
    )
    department = models.ForeignKey(
        "home.DepartmentPage",
        verbose_name="กลุ่มงานเจ้าของข่าว",
        null=True,
        # A group's page removed from the tree leaves its assignments (the office's record) in place.
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="ร่างข่าวสร้างในหน้าของกลุ่มงานนี้ และผู้อำนวยการกลุ่มนี้เห็นงานที่มอบหมาย",
    )
    note = models.TextField("ข้อสั่งการ", blank=True, help_text="ประเด็นที่ต้องการ ภาพที่ต้องถ่าย ผู้ที่ต้องสัมภาษณ์")
    news_page = models.ForeignKey(
        "newsroom.NewsPage",
        verbose_name="ข่าวที่เขียนจากงานนี้",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="มอบหมายโดย",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField("มอบหมายเมื่อ", default=timezone.now)
    publish_by = models.DateTimeField("ต้องเผยแพร่ภายใน", editable=False)
    approve_by = models.DateTimeField("ต้องอนุมัติข่าวแจกภายใน", null=True, editable=False)
    warn_at = models.DateTimeField("เตือนเมื่อ", editable=False)
    warned_at = models.DateTimeField(
        "ส่งคำเตือนแล้วเมื่อ", null=True, blank=True, editable=False, help_text="เตือนครั้งเดียวต่อกำหนดเวลา"
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["publish_by"]
        verbose_name = "งานข่าวที่มอบหมาย"
        verbose_name_plural = "งานข่าวที่มอบหมาย"
        indexes = [models.Index(fields=["warned_at", "warn_at"], name="assignments_warning_due")]

    def __str__(self):
        return self.agenda_item.title

    def save(self, *args, **kwargs):
        item = self.agenda_item
        deadlines = deadlines_for(item.kind, item.starts_at, item.ends_at)
        if self.warn_at and deadlines.warn_at != self.warn_at:
            self.warned_at = None
        self.publish_by = deadlines.publish_by
        self.approve_by = deadlines.approve_by
        self.warn_at = deadlines.warn_at
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "publish_by",
                "approve_by",
                "warn_at",
                "warned_at",
            }
        super().save(*args, **kwargs)

    @cached_property
    def kind(self):
        return Kind(self.agenda_item.kind)

    @property
    def first_deadline(self):
        return self.approve_by or self.publish_by

    @cached_property
    def progress(self):
        page = self.news_page
        if page is None:
            return Progress.NOT_STARTED
        if page.first_published_at:
            return Progress.PUBLISHED
        if page.workflow_in_progress:
            return Progress.SUBMITTED
        return Progress.DRAFT

    @property
    def progress_label(self):
        return self.progress.label

    @property
    def published_on_time(self):
        """True/False once published, against the publication deadline; ``None`` before."""
        if self.progress != Progress.PUBLISHED:
            return None
        return self.news_page.first_published_at <= self.publish_by

    def is_safe(self):
        """Whether what was done so far keeps the item off the warning list: an announcement must be
        live; other news at least submitted for approval."""
        if self.kind == Kind.ACTIVITY:
            return self.progress == Progress.PUBLISHED
        return self.progress in (Progress.SUBMITTED, Progress.PUBLISHED)

    def is_overdue(self, now=None):
        """Not published by its deadline, or a press release not even submitted by its approval deadline."""
        now = now or timezone.now()
        if self.progress == Progress.PUBLISHED:
            return False
        if now > self.publish_by:
            return True
        return self.approve_by is not None and now > self.approve_by and not self.is_safe()

    def is_at_risk(self, now=None):
        """Near its first deadline with nothing done for it (the dashboard's and the e-mail's warning)."""
        now = now or timezone.now()
        return not self.is_safe() and now >= self.warn_at

    @property
    def network_announced(self):
        """For an activity: whether the announcement was sent to the network register."""
        if self.news_page_id is None:
            return False
        from network.models import Release

        return Release.objects.filter(page_id=self.news_page_id).exists()
