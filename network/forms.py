"""Forms of the network app: the public survey, the spreadsheet import, the choice of recipients."""

from django import forms
from django.utils.html import format_html

from network.models import (
    Channel,
    MediaContact,
    MemberKind,
    MemberStatus,
    NetworkMember,
    RecipientList,
    RelayChannel,
)
from network.validators import normalise_phones
from thaiinput.fields import BEDateTimeField

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class JoinForm(forms.ModelForm):
    """แบบสำรวจเครือข่ายการประชาสัมพันธ์ (002 §7.1): what the register needs, plus consent."""

    # A field people never see (hidden by CSS and aria-hidden); bots fill it in.
    website = forms.CharField(label="เว็บไซต์ (ไม่ต้องกรอก)", required=False)
    consent = forms.BooleanField(
        label="ข้าพเจ้ายินยอมให้สำนักงานเก็บและใช้ข้อมูลข้างต้นเพื่อติดต่อและส่งข่าวสารประชาสัมพันธ์",
        required=True,
        error_messages={"required": "โปรดให้ความยินยอมตามประกาศความเป็นส่วนตัวก่อนส่งแบบสำรวจ"},
    )

    class Meta:
        model = NetworkMember
        fields = [
            "name",
            "member_type",
            "scope",
            "kind",
            "contact_person",
            "position",
            "phones",
            "email",
            "line_id",
            "address",
            "relay_channels",
        ]
        widgets = {
            "member_type": forms.RadioSelect,
            "scope": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "name": "ชื่อโรงเรียน หน่วยงาน องค์กร หรือชื่อ-สกุลของท่าน",
            "phones": "เช่น 081-234-5678",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = MemberKind.choices
        self.fields["contact_person"].required = True
        self.fields["phones"].required = True
        self.fields["email"].required = True
        self.fields["relay_channels"].choices = RelayChannel.choices
        self.fields["consent"].help_text = format_html(
            'อ่าน<a href="{}">ประกาศความเป็นส่วนตัว</a>ของสำนักงาน', "/about/privacy/"
        )
        self.fields["email"].error_messages["invalid"] = "อีเมลไม่ถูกต้อง"
        self.fields["contact_person"].error_messages["required"] = "โปรดระบุชื่อผู้ประสานงาน"
        self.fields["name"].error_messages["required"] = "โปรดระบุชื่อหน่วยงานหรือชื่อ-สกุล"
        self.fields["phones"].error_messages["required"] = "โปรดระบุหมายเลขโทรศัพท์"
        self.fields["email"].error_messages["required"] = "โปรดระบุอีเมล"

    def clean_phones(self):
        return normalise_phones(self.cleaned_data["phones"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

    def earlier_application(self):
        """The same application (name, phones and e-mail) sent within the last day, if any.

        A double click, a browser resend or an impatient applicant must not fill the PR officer's
        inbox with copies; an application that differs in any of the three is a new one.
        """
        from datetime import timedelta

        from django.utils import timezone

        data = self.cleaned_data
        return NetworkMember.objects.filter(
            from_survey=True,
            submitted_at__gte=timezone.now() - timedelta(days=1),
            name=data["name"].strip(),
            phones=data["phones"],
            email=data["email"],
        ).first()

    def save(self, commit=True):
        from django.utils import timezone

        member = super().save(commit=False)
        member.status = MemberStatus.PENDING
        member.from_survey = True
        member.consent = True
        member.consent_date = timezone.localdate()
        member.submitted_at = timezone.now()
        if commit:
            member.save()
        return member


class ImportForm(forms.Form):
    file = forms.FileField(
        label="ไฟล์ทะเบียน (.xlsx หรือ .csv)",
        help_text="ใช้หัวตารางเดียวกับไฟล์ที่ส่งออกจากระบบ ขนาดไม่เกิน 2 MB",
    )
    preview = forms.BooleanField(
        label="ตรวจดูก่อนว่าจะเพิ่มหรือแก้ไขอะไร (ยังไม่บันทึก)",
        required=False,
        initial=True,
        help_text="แถวที่มีรหัส (คอลัมน์แรกของไฟล์ที่ส่งออก) จะแก้ไขรายการเดิม แถวที่ไม่มีรหัสจะเพิ่มเป็นรายการใหม่",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if not name.endswith((".xlsx", ".csv")):
            raise forms.ValidationError("รองรับเฉพาะไฟล์ .xlsx และ .csv")
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError("ไฟล์มีขนาดเกิน 2 MB")
        head = upload.read(4)
        upload.seek(0)
        if name.endswith(".xlsx") and not head.startswith(b"PK"):
            raise forms.ValidationError("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) ที่ถูกต้อง")
        if name.endswith(".csv") and (head.startswith(b"PK") or b"\x00" in head):
            raise forms.ValidationError("ไฟล์นี้ไม่ใช่ไฟล์ CSV ที่ถูกต้อง")
        return upload


class DistributionForm(forms.Form):
    lists = forms.ModelMultipleChoiceField(
        label="รายชื่อผู้รับ",
        queryset=RecipientList.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    contacts = forms.ModelMultipleChoiceField(
        label="ผู้ติดต่อสื่อมวลชน (เลือกเพิ่มรายบุคคล)",
        queryset=MediaContact.objects.select_related("outlet"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    members = forms.ModelMultipleChoiceField(
        label="สมาชิกเครือข่าย (เลือกเพิ่มรายบุคคล)",
        queryset=NetworkMember.objects.filter(status=MemberStatus.ACTIVE),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        data = super().clean()
        if not (data.get("lists") or data.get("contacts") or data.get("members")):
            raise forms.ValidationError("โปรดเลือกรายชื่อผู้รับหรือผู้รับรายบุคคลอย่างน้อยหนึ่งราย")
        return data


class BulkChannelLogForm(forms.Form):
    """Many items posted on one channel at once: "these ten news went to LINE group X today"."""

    channel = forms.ModelChoiceField(label="ช่องทาง", queryset=None, empty_label="เลือกช่องทาง")
    published_at = BEDateTimeField(label="เผยแพร่เมื่อ")
    pages = forms.ModelMultipleChoiceField(
        label="ข่าวในเว็บไซต์", required=False, queryset=None, widget=forms.CheckboxSelectMultiple
    )
    other_titles = forms.CharField(
        label="เรื่องอื่นที่ไม่ใช่หน้าในเว็บไซต์",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="บรรทัดละหนึ่งเรื่อง เช่น ข่าวกิจกรรมของโรงเรียนในสังกัดที่ส่งต่อในกลุ่ม",
    )
    note = forms.CharField(label="หมายเหตุ", required=False, max_length=255)

    def __init__(self, *args, pages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].queryset = Channel.objects.filter(active=True)
        self.fields["pages"].queryset = pages
        self.fields["pages"].label_from_instance = lambda page: page.title

    def clean(self):
        data = super().clean()
        titles = [line.strip() for line in data.get("other_titles", "").splitlines() if line.strip()]
        if any(len(title) > 255 for title in titles):
            self.add_error("other_titles", "ชื่อเรื่องแต่ละบรรทัดต้องยาวไม่เกิน 255 ตัวอักษร")
        data["titles"] = titles
        if not data.get("pages") and not titles:
            raise forms.ValidationError("กรุณาเลือกข่าวอย่างน้อยหนึ่งเรื่อง หรือกรอกชื่อเรื่องอื่นที่เผยแพร่")
        return data
