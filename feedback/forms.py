from django import forms
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from feedback.levels import Level

LEVEL_REQUIRED = "กรุณาเลือกระดับความพึงพอใจ"


class HoneypotForm(forms.Form):
    """A field people never see (hidden by CSS, ``aria-hidden``, ``feedback/honeypot.html``); bots fill it in."""

    website = forms.CharField(label="เว็บไซต์ (ไม่ต้องกรอก)", required=False)

    @property
    def is_bot(self):
        return bool(self.data.get("website"))


def level_field(**options):
    return forms.TypedChoiceField(
        coerce=int,
        choices=Level.choices,
        widget=forms.RadioSelect,
        error_messages={"required": LEVEL_REQUIRED, "invalid_choice": LEVEL_REQUIRED},
        **options,
    )


class RatingForm(HoneypotForm):
    level = level_field(label="ท่านพึงพอใจต่อข้อมูลในหน้านี้เพียงใด")
    comment = forms.CharField(
        label="ข้อเสนอแนะ (ถ้ามี)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="ส่งถึงเจ้าหน้าที่ประชาสัมพันธ์เท่านั้น ไม่แสดงบนเว็บไซต์ กรุณาอย่าใส่ข้อมูลส่วนบุคคล",
        error_messages={"max_length": "ข้อเสนอแนะยาวได้ไม่เกิน 1,000 ตัวอักษร"},
    )


class SurveyForm(HoneypotForm, BaseForm):
    """The survey's form: Wagtail's form with the honeypot."""


class SurveyFormBuilder(FormBuilder):
    """Wagtail's form builder with one more field type: the five-level rating (``RATING_FIELD``)."""

    def create_rating_field(self, field, options):
        options.pop("initial", None)  # a rating is never pre-selected
        return level_field(**options)

    def get_form_class(self):
        return type("SurveyForm", (SurveyForm,), self.formfields)
