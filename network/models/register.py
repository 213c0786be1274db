"""The register: media outlets and their people, the PR network, appointment orders, recipient lists.

Everything here is personal data under the PDPA: only PR officers and administrators hold the
model permissions (migration ``0002_roles``), so nobody else sees it in the admin.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from network.models.choices import (
    CommitteeRole,
    MemberKind,
    MemberScope,
    MemberStatus,
    MemberType,
    OutletKind,
    RelayChannel,
)
from network.models.fields import ChoiceListField
from network.validators import normalise_phone, normalise_phones, validate_order_number, validate_phones


class PhonesMixin(models.Model):
    """Phone numbers checked against Thai formats and stored in one layout."""

    phones = models.CharField(
        "หมายเลขโทรศัพท์",
        max_length=120,
        blank=True,
        validators=[validate_phones],
        help_text="คั่นหลายหมายเลขด้วยจุลภาค เช่น 081-234-5678, 074-611-234",
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.phones:
            try:
                self.phones = normalise_phones(self.phones)
            except ValidationError as error:
                raise ValidationError({"phones": error}) from error

    @property
    def phone_list(self):
        return [p.strip() for p in self.phones.split(",") if p.strip()]


class ConsentMixin(models.Model):
    """Consent to receive the office's news (PDPA): nothing is sent without it."""

    consent = models.BooleanField(
        "ยินยอมรับข่าวสาร",
        default=False,
        help_text="เจ้าของข้อมูลยินยอมให้สำนักงานส่งข่าวสารและเก็บข้อมูลการติดต่อตามประกาศความเป็นส่วนตัว",
    )
    consent_date = models.DateField(
        "วันที่ให้ความยินยอม", null=True, blank=True, help_text="ว่างไว้เพื่อใช้วันนี้เมื่อเลือกว่ายินยอม"
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.consent and not self.consent_date:
            self.consent_date = timezone.localdate()
        if not self.consent:
            self.consent_date = None


class MediaOutlet(index.Indexed, models.Model):
    name = models.CharField("ชื่อสื่อ", max_length=200, unique=True)
    kind = models.CharField(
        "ประเภทสื่อ", max_length=20, choices=OutletKind.choices, default=OutletKind.NEWSPAPER
    )
    province = models.CharField("จังหวัด", max_length=100, default="พัทลุง", blank=True)
    website = models.URLField("เว็บไซต์", blank=True)
    phone = models.CharField("โทรศัพท์", max_length=40, blank=True, validators=[normalise_phone])

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "สื่อมวลชน (สำนัก/สถานี)"
        verbose_name_plural = "สื่อมวลชน (สำนัก/สถานี)"

    def __str__(self):
        return self.name

    def clean(self):
        if self.phone:
            self.phone = normalise_phone(self.phone)


class MediaContact(index.Indexed, ConsentMixin, PhonesMixin, models.Model):
    """One reporter or officer of an outlet (ทะเบียนสื่อมวลชน, 001 §2.2)."""

    name_prefix = models.CharField("คำนำหน้า", max_length=40, blank=True)
    name = models.CharField("ชื่อ-สกุล", max_length=200)
    outlet = models.ForeignKey(
        MediaOutlet,
        verbose_name="สังกัดสื่อ",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    role = models.CharField("ตำแหน่ง/บทบาท", max_length=200, blank=True, help_text="เช่น ผู้สื่อข่าวประจำจังหวัด")
    email = models.EmailField("อีเมล", blank=True)
    line_id = models.CharField("LINE ID", max_length=100, blank=True)
    address = models.TextField("ที่อยู่", blank=True)
    active = models.BooleanField("ใช้งาน", default=True, help_text="ยกเลิกเมื่อไม่ต้องการส่งข่าวถึงบุคคลนี้แล้ว")
    notes = models.TextField("หมายเหตุ", blank=True)
    created_at = models.DateTimeField("บันทึกเมื่อ", auto_now_add=True)
    updated_at = models.DateTimeField("แก้ไขล่าสุด", auto_now=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("email"),
        index.SearchField("phones"),
        index.SearchField("role"),
        index.RelatedFields("outlet", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["outlet__name", "name"]
        verbose_name = "ผู้ติดต่อสื่อมวลชน"
        verbose_name_plural = "ทะเบียนสื่อมวลชน"

    def __str__(self):
        return f"{self.full_name} ({self.outlet})" if self.outlet_id else self.full_name

    @property
    def full_name(self):
        return f"{self.name_prefix}{self.name}"

    def clean(self):
        super().clean()
        if self.email:
            self.email = self.email.strip().lower()

    def skip_reason(self):
        """Why a release must not go to this contact, or "" when it may."""
        if not self.active:
            return "ระงับการใช้งาน"
        if not self.consent:
            return "ไม่ได้ให้ความยินยอมรับข่าวสาร"
        if not self.email:
            return "ไม่มีอีเมล"
        return ""


class NetworkMember(index.Indexed, ConsentMixin, PhonesMixin, models.Model):
    """A person or organisation of the PR network (002 §4, §5.2), from the survey or the officer."""

    name = models.CharField("ชื่อหน่วยงาน/บุคคล", max_length=200)
    member_type = models.CharField(
        "ลักษณะ", max_length=20, choices=MemberType.choices, default=MemberType.ORGANISATION
    )
    scope = models.CharField(
        "เครือข่าย", max_length=20, choices=MemberScope.choices, default=MemberScope.EXTERNAL
    )
    kind = models.CharField("ประเภท", max_length=20, choices=MemberKind.choices, default=MemberKind.SCHOOL)
    contact_person = models.CharField("ผู้ประสานงาน", max_length=200, blank=True)
    position = models.CharField("ตำแหน่งผู้ประสานงาน", max_length=200, blank=True)
    email = models.EmailField("อีเมล", blank=True)
    line_id = models.CharField("LINE ID", max_length=100, blank=True)
    address = models.TextField("ที่อยู่", blank=True)
    joined_on = models.DateField("วันที่เข้าร่วมเครือข่าย", null=True, blank=True)
    relay_channels = ChoiceListField(
        "ช่องทางที่ช่วยเผยแพร่ได้",
        choices=RelayChannel.choices,
        blank=True,
        help_text="ช่องทางที่สมาชิกส่งต่อข่าวของสำนักงานได้",
    )
    status = models.CharField(
        "สถานะ", max_length=20, choices=MemberStatus.choices, default=MemberStatus.ACTIVE, db_index=True
    )
    from_survey = models.BooleanField("สมัครผ่านแบบสำรวจ", default=False, editable=False)
    submitted_at = models.DateTimeField("สมัครเมื่อ", null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="พิจารณาโดย",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("พิจารณาเมื่อ", null=True, blank=True, editable=False)
    notes = models.TextField("หมายเหตุ", blank=True)
    created_at = models.DateTimeField("บันทึกเมื่อ", auto_now_add=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("contact_person"),
        index.SearchField("email"),
        index.SearchField("phones"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "สมาชิกเครือข่ายประชาสัมพันธ์"
        verbose_name_plural = "ทะเบียนเครือข่ายประชาสัมพันธ์"

    def __str__(self):
        return self.name

    @property
    def full_name(self):
        return self.contact_person or self.name

    def clean(self):
        super().clean()
        if self.email:
            self.email = self.email.strip().lower()
            validate_email(self.email)

    def relay_channel_labels(self):
        return self._meta.get_field("relay_channels").labels(self.relay_channels)

    relay_channel_labels.short_description = "ช่องทางที่ช่วยเผยแพร่ได้"

    def skip_reason(self):
        if self.status != MemberStatus.ACTIVE:
            return f"สถานะ{self.get_status_display()}"
        if not self.consent:
            return "ไม่ได้ให้ความยินยอมรับข่าวสาร"
        if not self.email:
            return "ไม่มีอีเมล"
        return ""

    def review(self, user, accept):
        """The PR officer's decision on a survey application."""
        self.status = MemberStatus.ACTIVE if accept else MemberStatus.REFUSED
        self.reviewed_by = user
        self.reviewed_at = timezone.now()
        if accept and not self.joined_on:
            self.joined_on = timezone.localdate()
        self.save(update_fields=["status", "reviewed_by", "reviewed_at", "joined_on"])


class AppointmentOrder(index.Indexed, ClusterableModel):
    """An order (คำสั่ง) appointing the network's working committee, e.g. 295/2557."""

    number = models.CharField(
        "เลขที่คำสั่ง", max_length=20, unique=True, validators=[validate_order_number], help_text="เช่น 295/2557"
    )
    date = models.DateField("ลงวันที่")
    title = models.CharField("เรื่อง", max_length=255)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="ไฟล์คำสั่ง (PDF)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [
        index.SearchField("number"),
        index.SearchField("title"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        ordering = ["-date"]
        verbose_name = "คำสั่งแต่งตั้งเครือข่าย"
        verbose_name_plural = "คำสั่งแต่งตั้งเครือข่าย"

    def __str__(self):
        return f"คำสั่งที่ {self.number} {self.title}"


class Appointment(Orderable):
    order = ParentalKey(AppointmentOrder, on_delete=models.CASCADE, related_name="appointments")
    member = models.ForeignKey(
        NetworkMember, verbose_name="สมาชิก", on_delete=models.PROTECT, related_name="appointments"
    )
    role = models.CharField(
        "หน้าที่ในคณะทำงาน", max_length=30, choices=CommitteeRole.choices, default=CommitteeRole.MEMBER
    )

    class Meta(Orderable.Meta):
        verbose_name = "ผู้ได้รับแต่งตั้ง"
        verbose_name_plural = "ผู้ได้รับแต่งตั้ง"

    def __str__(self):
        return f"{self.member} — {self.get_role_display()}"


class RecipientList(index.Indexed, ClusterableModel):
    """A named list of recipients a release goes to, e.g. "สื่อมวลชนจังหวัดพัทลุง"."""

    name = models.CharField("ชื่อรายชื่อผู้รับ", max_length=200, unique=True)
    description = models.TextField("คำอธิบาย", blank=True)
    contacts = ParentalManyToManyField(
        MediaContact, verbose_name="ผู้ติดต่อสื่อมวลชน", blank=True, related_name="lists"
    )
    members = ParentalManyToManyField(
        NetworkMember, verbose_name="สมาชิกเครือข่าย", blank=True, related_name="lists"
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "รายชื่อผู้รับข่าว"
        verbose_name_plural = "รายชื่อผู้รับข่าว"

    def __str__(self):
        return self.name
