"""The public forms of the three kinds of case, the tracking form, and the staff's action form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from home.uploads import check_upload, original_filename
from network.validators import normalise_phone
from services.models import (
    Case,
    CaseAttachment,
    CaseKind,
    CaseStatus,
    ComplaintType,
    DeliveryMethod,
)

MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
PRIVACY_URL = "/about/privacy/"


class PublicCaseForm(forms.ModelForm):
    """What every kind shares: the person, consent, one checked attachment and a honeypot."""

    kind = None
    # People never see it (hidden by CSS, aria-hidden); bots fill in every field.
    website = forms.CharField(label="เว็บไซต์ (ไม่ต้องกรอก)", required=False)
    attachment = forms.FileField(
        label="ไฟล์แนบ (ถ้ามี)",
        required=False,
        help_text="ไฟล์ PDF, DOC, DOCX, JPG หรือ PNG ขนาดไม่เกิน 10 MB",
    )
    consent = forms.BooleanField(
        label="ข้าพเจ้ายินยอมให้สำนักงานเก็บและใช้ข้อมูลข้างต้นเพื่อดำเนินการและแจ้งผลเรื่องนี้",
        required=True,
        error_messages={"required": "โปรดให้ความยินยอมตามประกาศความเป็นส่วนตัวก่อนส่งเรื่อง"},
    )

    contact_required = True

    class Meta:
        model = Case
        fields = ["subject", "message", "name", "email", "phone"]
        widgets = {
            "message": forms.Textarea(attrs={"rows": 8}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }
        error_messages = {
            "subject": {"required": "โปรดระบุเรื่อง"},
            "message": {"required": "โปรดระบุรายละเอียด"},
            "email": {"invalid": "รูปแบบอีเมลไม่ถูกต้อง"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["consent"].help_text = format_html(
            'อ่าน<a href="{}">ประกาศความเป็นส่วนตัว</a>ของสำนักงาน ข้อมูลของท่านเปิดเผยเฉพาะเจ้าหน้าที่ผู้รับผิดชอบเรื่อง',
            PRIVACY_URL,
        )
        self.fields["name"].error_messages["required"] = "โปรดระบุชื่อ-นามสกุล"
        self.fields["email"].help_text = "สำนักงานส่งรหัสติดตามและผลการดำเนินการทางอีเมลนี้"
        self.fields["phone"].help_text = "เช่น 081-234-5678"

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "")
        return normalise_phone(phone) if phone.strip() else ""

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip().lower()

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            check_upload(upload, max_size=MAX_ATTACHMENT_SIZE)
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.contact_required and not self._is_anonymous(cleaned):
            if not cleaned.get("name", "").strip() and "name" not in self.errors:
                self.add_error("name", "โปรดระบุชื่อ-นามสกุล")
            if not (cleaned.get("email") or cleaned.get("phone")) and not {"email", "phone"} & set(
                self.errors
            ):
                self.add_error("email", "โปรดระบุอีเมลหรือหมายเลขโทรศัพท์อย่างน้อยหนึ่งช่องทาง เพื่อใช้ติดตามเรื่อง")
        return cleaned

    def _is_anonymous(self, cleaned):
        return False

    def attachments(self):
        """The sender's file as an unsaved ``CaseAttachment`` (``services.workflow.open_case`` saves it)."""
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return []
        max_length = CaseAttachment._meta.get_field("original_filename").max_length
        return [CaseAttachment(file=upload, original_filename=original_filename(upload, max_length))]

    def save(self, commit=False):
        case = super().save(commit=False)
        case.kind = self.kind
        case.consent = True
        return case


class QuestionForm(PublicCaseForm):
    kind = CaseKind.QUESTION

    class Meta(PublicCaseForm.Meta):
        labels = {"subject": "เรื่องที่สอบถาม", "message": "คำถาม"}


class ComplaintForm(PublicCaseForm):
    kind = CaseKind.COMPLAINT

    class Meta(PublicCaseForm.Meta):
        fields = [
            "complaint_type",
            "subject",
            "subject_person",
            "message",
            "anonymous",
            "name",
            "email",
            "phone",
        ]
        widgets = {**PublicCaseForm.Meta.widgets, "complaint_type": forms.RadioSelect}
        labels = {"subject": "เรื่องที่ร้องเรียน", "message": "รายละเอียดการกระทำ (เมื่อใด ที่ไหน อย่างไร)"}
        error_messages = {
            **PublicCaseForm.Meta.error_messages,
            "complaint_type": {"required": "โปรดเลือกประเภทเรื่องร้องเรียน"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["complaint_type"].required = True
        self.fields["complaint_type"].choices = ComplaintType.choices
        self.fields["anonymous"].help_text = (
            "ไม่ต้องระบุชื่อ หากต้องการติดตามเรื่องให้ระบุอีเมลหรือโทรศัพท์ไว้ สำนักงานใช้เพื่อแจ้งผลเท่านั้น "
            "และไม่แสดงต่อเจ้าหน้าที่ผู้พิจารณา"
        )

    def _is_anonymous(self, cleaned):
        return bool(cleaned.get("anonymous"))

    def save(self, commit=False):
        case = super().save(commit=False)
        if case.anonymous:
            # An anonymous complainant leaves no name behind, even one typed before ticking the box.
            case.name = ""
        return case


class InformationRequestForm(PublicCaseForm):
    """คำขอข้อมูลข่าวสารราชการ: what, for what purpose, and how the person wants to receive it."""

    kind = CaseKind.INFORMATION_REQUEST

    class Meta(PublicCaseForm.Meta):
        fields = ["subject", "message", "purpose", "delivery_method", "name", "address", "email", "phone"]
        widgets = {
            **PublicCaseForm.Meta.widgets,
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "address": forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
            "delivery_method": forms.RadioSelect,
        }
        labels = {"subject": "ข้อมูลข่าวสารที่ขอ (โดยย่อ)", "message": "รายละเอียดของข้อมูลที่ขอ"}
        error_messages = {
            **PublicCaseForm.Meta.error_messages,
            "purpose": {"required": "โปรดระบุวัตถุประสงค์ในการขอข้อมูล"},
            "delivery_method": {"required": "โปรดเลือกวิธีรับข้อมูล"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["purpose"].required = True
        self.fields["delivery_method"].required = True
        self.fields["delivery_method"].choices = DeliveryMethod.choices

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("delivery_method") == DeliveryMethod.POST and not cleaned.get("address", "").strip():
            self.add_error("address", "โปรดระบุที่อยู่สำหรับส่งข้อมูลทางไปรษณีย์")
        if cleaned.get("delivery_method") == DeliveryMethod.EMAIL and not cleaned.get("email"):
            self.add_error("email", "โปรดระบุอีเมลสำหรับรับข้อมูล")
        return cleaned


FORMS = {
    CaseKind.QUESTION: QuestionForm,
    CaseKind.COMPLAINT: ComplaintForm,
    CaseKind.INFORMATION_REQUEST: InformationRequestForm,
}


class TrackForm(forms.Form):
    code = forms.CharField(
        label="รหัสติดตาม",
        max_length=20,
        help_text="เช่น C69-7K3M9Q ตามที่แสดงเมื่อส่งเรื่องและในอีเมล",
        error_messages={"required": "โปรดระบุรหัสติดตาม"},
    )
    contact = forms.CharField(
        label="อีเมลหรือหมายเลขโทรศัพท์ที่ให้ไว้",
        max_length=254,
        error_messages={"required": "โปรดระบุอีเมลหรือหมายเลขโทรศัพท์ที่ให้ไว้ตอนส่งเรื่อง"},
    )

    NOT_FOUND = "ไม่พบเรื่องที่ตรงกับรหัสติดตามและอีเมลหรือโทรศัพท์นี้ โปรดตรวจสอบอีกครั้ง"

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()

    def find(self):
        """The case whose code and contact both match, else None (never says which one was wrong)."""
        code = self.cleaned_data["code"]
        contact = self.cleaned_data["contact"].strip()
        case = Case.objects.filter(tracking_code=code).first()
        if case is None:
            return None
        if "@" in contact:
            return case if case.email and case.email == contact.lower() else None
        try:
            phone = normalise_phone(contact)
        except ValidationError:
            return None
        return case if case.phone and case.phone == phone else None


class CaseActionForm(forms.ModelForm):
    """The staff's form on a case: the next step, the public answer, an internal note, documents."""

    next_status = forms.ChoiceField(label="ขั้นตอนถัดไป", required=False)
    note = forms.CharField(
        label="บันทึกภายใน",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="ไม่แสดงต่อผู้ยื่นเรื่อง",
    )
    answer_document = forms.FileField(
        label="เอกสารประกอบคำตอบ",
        required=False,
        help_text="เช่น สำเนาข้อมูลข่าวสารที่ขอ ไฟล์ PDF, DOC, DOCX, JPG หรือ PNG ไม่เกิน 10 MB",
    )

    class Meta:
        model = Case
        fields = ["public_answer", "transferred_to", "topic", "publish_answer", "public_question"]
        widgets = {
            "public_answer": forms.Textarea(attrs={"rows": 6}),
            "public_question": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        case = self.instance
        self.fields["next_status"].choices = [("", "คงสถานะเดิม (บันทึกเท่านั้น)")] + [
            (status.value, status.label) for status in case.allowed_statuses
        ]
        if case.kind != CaseKind.QUESTION:
            for name in ("topic", "publish_answer", "public_question"):
                del self.fields[name]

    def clean_answer_document(self):
        upload = self.cleaned_data.get("answer_document")
        if upload:
            check_upload(upload, max_size=MAX_ATTACHMENT_SIZE)
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("publish_answer"):
            if not cleaned.get("public_question", "").strip():
                self.add_error("public_question", "โปรดเรียบเรียงคำถามที่จะเผยแพร่ (ไม่มีข้อมูลส่วนบุคคล)")
            if not cleaned.get("topic"):
                self.add_error("topic", "โปรดเลือกหมวดคำถามที่จะเผยแพร่")
        return cleaned

    @property
    def next_status_value(self):
        value = self.cleaned_data.get("next_status")
        return CaseStatus(value) if value else None
