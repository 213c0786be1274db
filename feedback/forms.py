from django import forms

from feedback.models import Level


class RatingForm(forms.Form):
    level = forms.TypedChoiceField(
        label="ท่านพึงพอใจต่อข้อมูลในหน้านี้เพียงใด",
        coerce=int,
        choices=Level.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "กรุณาเลือกระดับความพึงพอใจ", "invalid_choice": "กรุณาเลือกระดับความพึงพอใจ"},
    )
    comment = forms.CharField(
        label="ข้อเสนอแนะ (ถ้ามี)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="ส่งถึงเจ้าหน้าที่ประชาสัมพันธ์เท่านั้น ไม่แสดงบนเว็บไซต์ กรุณาอย่าใส่ข้อมูลส่วนบุคคล",
        error_messages={"max_length": "ข้อเสนอแนะยาวได้ไม่เกิน 1,000 ตัวอักษร"},
    )
    # A field people never see (hidden by CSS and aria-hidden); bots fill it in.
    website = forms.CharField(label="เว็บไซต์ (ไม่ต้องกรอก)", required=False)

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
