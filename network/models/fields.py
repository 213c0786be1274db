"""A list of choices kept as JSON, edited as checkboxes (e.g. the channels a member relays on)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class ChoiceListField(models.JSONField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        # The stock check compares the whole list against the choices; check each item instead.
        if not isinstance(value, list):
            raise ValidationError("ค่าต้องเป็นรายการ", code="invalid")
        valid = {key for key, _label in self.flatchoices}
        unknown = [item for item in value if item not in valid]
        if unknown:
            raise ValidationError("ตัวเลือกไม่ถูกต้อง: %(items)s", params={"items": ", ".join(map(str, unknown))})
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, value):
        names = dict(self.flatchoices)
        return [str(names.get(item, item)) for item in value or []]
