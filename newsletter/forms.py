"""The issue's admin form: the disclosure category rule of every publication, and each news item
chosen once."""

from django import forms

from publishing.forms import DisclosablePageForm
from thaiinput.fields import BEDateField


class NewsletterIssueForm(DisclosablePageForm):
    def is_valid(self):
        # The items' forms are cleaned after the page form's own clean(): check them here.
        valid = super().is_valid()
        formset = self.formsets.get("items")
        if formset is None:
            return valid
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            news = data.get("news")
            if news is None or data.get("DELETE"):
                continue
            if news.pk in seen:
                form.add_error("news", forms.ValidationError(f"เลือกข่าว “{news.title}” ซ้ำในฉบับเดียวกัน"))
                valid = False
            seen.add(news.pk)
        return valid


class PrefillForm(forms.Form):
    """The news of a date range, added after the items the issue already has."""

    start = BEDateField(label="ข่าวตั้งแต่วันที่")
    end = BEDateField(label="ถึงวันที่")

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น")
        return data
