"""The news form of a network member: a text and photos, each photo checked by type, size and content."""

from django import forms

from home.uploads import IMAGE_EXTENSIONS, MB, check_upload, original_filename
from schoolnews.models import SchoolNewsPhoto, SchoolNewsSubmission

MAX_PHOTOS = 10
MAX_PHOTO_SIZE = 10 * MB


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """Several photos in one ``<input type="file" multiple>``: no JavaScript needed."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > MAX_PHOTOS:
            raise forms.ValidationError(f"ส่งภาพได้ไม่เกิน {MAX_PHOTOS} ภาพต่อครั้ง")
        return [
            check_upload(
                super(MultipleImageField, self).clean(file, initial), IMAGE_EXTENSIONS, MAX_PHOTO_SIZE
            )
            for file in files
        ]


class SchoolNewsForm(forms.ModelForm):
    website = forms.CharField(label="เว็บไซต์ (ไม่ต้องกรอก)", required=False)
    photos = MultipleImageField(
        label="ภาพกิจกรรม",
        required=False,
        help_text=f"ไฟล์ JPG หรือ PNG ไม่เกิน {MAX_PHOTOS} ภาพ ภาพละไม่เกิน 10 MB",
    )

    class Meta:
        model = SchoolNewsSubmission
        fields = ["title", "event_date", "text", "sender_name", "sender_position", "faces_consent"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 10}),
            "event_date": forms.DateInput(attrs={"type": "date"}),
        }
        help_texts = {
            "text": "เล่าว่าใคร ทำอะไร ที่ไหน เมื่อไร อย่างไร และเพื่ออะไร",
            "faces_consent": "ภาพที่มีใบหน้าเด็กจะเผยแพร่ได้เมื่อผู้ปกครองยินยอมแล้วเท่านั้น",
        }
        error_messages = {
            "title": {"required": "โปรดระบุหัวข้อข่าว"},
            "text": {"required": "โปรดพิมพ์เนื้อข่าว"},
            "sender_name": {"required": "โปรดระบุชื่อผู้ส่ง"},
            "event_date": {"invalid": "วันที่ไม่ถูกต้อง"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("photos") and not cleaned.get("faces_consent"):
            self.add_error(
                "faces_consent",
                "โปรดยืนยันว่าบุคคลในภาพ (และผู้ปกครองของเด็กในภาพ) ยินยอมให้เผยแพร่ หรือส่งข่าวโดยไม่แนบภาพ",
            )
        return cleaned

    def save_for(self, link):
        submission = super().save(commit=False)
        submission.link = link
        submission.member = link.member
        submission.save()
        max_length = SchoolNewsPhoto._meta.get_field("original_filename").max_length
        for upload in self.cleaned_data.get("photos") or []:
            SchoolNewsPhoto.objects.create(
                submission=submission, file=upload, original_filename=original_filename(upload, max_length)
            )
        return submission
