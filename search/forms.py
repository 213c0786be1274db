"""The public search form: the query, and filters by type, group and fiscal year."""

from django import forms
from django.utils import timezone

from home.thai_dates import fiscal_year_choices, fiscal_year_of
from search import thai
from search.kinds import KINDS

MAX_QUERY_LENGTH = 100
FIRST_FISCAL_YEAR = 2560


class SearchForm(forms.Form):
    q = forms.CharField(
        label="คำค้น",
        required=True,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "required": "กรุณาพิมพ์คำที่ต้องการค้นหา",
            "max_length": f"คำค้นยาวเกินไป กรุณาใช้ไม่เกิน {MAX_QUERY_LENGTH} ตัวอักษร",
        },
    )
    type = forms.ChoiceField(
        label="ประเภท",
        required=False,
        choices=[("", "ทุกประเภท"), *((key, kind.label) for key, kind in KINDS.items())],
    )
    group = forms.ChoiceField(label="กลุ่มงาน", required=False)
    year = forms.TypedChoiceField(label="ปีงบประมาณ", required=False, coerce=int, empty_value=None)

    def __init__(self, *args, departments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.departments = {department.slug: department for department in departments}
        self.fields["group"].choices = [("", "ทุกกลุ่มงาน"), *((d.slug, d.title) for d in departments)]
        last = fiscal_year_of(timezone.now())
        self.fields["year"].choices = [("", "ทุกปี"), *fiscal_year_choices(FIRST_FISCAL_YEAR, last)]
        for field in ("type", "group", "year"):
            self.fields[field].error_messages["invalid_choice"] = "ไม่มีตัวเลือกนี้ กรุณาเลือกจากรายการ"

    def clean_q(self):
        query = self.cleaned_data["q"]
        if not thai.words(query):
            raise forms.ValidationError("คำค้นต้องมีตัวอักษรหรือตัวเลขอย่างน้อยหนึ่งตัว ไม่ใช่เครื่องหมายอย่างเดียว")
        return query
