"""The teachers' contribution form: checked by type and size before anything is stored."""

from django import forms

from home.uploads import check_upload, original_filename
from newsroom.models import JournalColumn, JournalContribution

MAX_CONTRIBUTION_FILE_SIZE = 10 * 1024 * 1024


class ContributionForm(forms.ModelForm):
    # Hidden from people by CSS and aria-hidden; bots fill every field they find.
    website = forms.CharField(label="เว็บไซต์ (เว้นว่างไว้)", required=False)

    class Meta:
        model = JournalContribution
        fields = [
            "name",
            "school",
            "email",
            "column",
            "title",
            "text",
            "file",
            "authorship_confirmed",
            "consent_to_publish",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 10}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "school": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        help_texts = {
            "file": "ไฟล์ PDF, DOC, DOCX, JPG หรือ PNG ขนาดไม่เกิน 10 MB",
            "text": "พิมพ์บทความที่นี่ หรือแนบไฟล์ อย่างใดอย่างหนึ่ง",
            "email": "กองบรรณาธิการจะติดต่อกลับทางอีเมลนี้",
        }
        error_messages = {
            "name": {"required": "กรุณากรอกชื่อ-นามสกุล"},
            "school": {"required": "กรุณากรอกชื่อโรงเรียนหรือหน่วยงาน"},
            "email": {"required": "กรุณากรอกอีเมล", "invalid": "รูปแบบอีเมลไม่ถูกต้อง"},
            "title": {"required": "กรุณากรอกชื่อเรื่อง"},
            "column": {"invalid_choice": "กรุณาเลือกคอลัมน์จากรายการ"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["column"].queryset = JournalColumn.objects.filter(accepts_contributions=True)
        self.fields["column"].empty_label = "ให้กองบรรณาธิการพิจารณา"
        # Nothing is received without the sender's statement of authorship and consent to publish.
        self.fields["authorship_confirmed"].required = True
        self.fields["authorship_confirmed"].error_messages["required"] = "กรุณารับรองว่าเป็นผลงานของท่านเอง"
        self.fields["consent_to_publish"].required = True
        self.fields["consent_to_publish"].error_messages["required"] = "กรุณายินยอมให้เผยแพร่ผลงาน"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        # The file is stored under a UUID (``contribution_upload_to``) and its original name is cut
        # to fit in ``save``: a long Thai file name must not refuse the contribution.
        self.fields["file"].max_length = None

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        check_upload(upload, max_size=MAX_CONTRIBUTION_FILE_SIZE)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("file") and "file" not in self.errors:
            raise forms.ValidationError("กรุณาพิมพ์บทความหรือแนบไฟล์บทความอย่างน้อยหนึ่งอย่าง")
        return cleaned

    def save(self, commit=True):
        upload = self.cleaned_data.get("file")
        if upload:
            # The file is stored under a random name; the PR officer downloads it under the sender's.
            max_length = JournalContribution._meta.get_field("original_filename").max_length
            self.instance.original_filename = original_filename(upload, max_length)
        return super().save(commit)
