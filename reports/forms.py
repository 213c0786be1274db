"""The period chooser of the PR report."""

from django import forms

from home.models import DepartmentPage
from home.thai_dates import current_fiscal_year, fiscal_year_choices
from reports.periods import ROUND_12M, ROUND_CHOICES, ROUND_CUSTOM, report_period
from thaiinput.filters import BEFilterDateField

FIRST_FISCAL_YEAR = 2565


class PeriodForm(forms.Form):
    fiscal_year = forms.TypedChoiceField(label="ปีงบประมาณ", coerce=int, choices=())
    round = forms.ChoiceField(label="รอบรายงาน", choices=ROUND_CHOICES, initial=ROUND_12M)
    # A filter like the admin's listings': Buddhist-Era dates, a Christian-era year understood.
    start = BEFilterDateField(label="ตั้งแต่วันที่", required=False, help_text="เช่น 01/10/2569")
    end = BEFilterDateField(label="ถึงวันที่", required=False)
    department = forms.ModelChoiceField(
        label="กลุ่มงาน", required=False, empty_label="ทุกกลุ่มงาน", queryset=DepartmentPage.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fiscal_year"].choices = fiscal_year_choices(FIRST_FISCAL_YEAR, current_fiscal_year() + 1)
        self.fields["department"].queryset = DepartmentPage.objects.order_by("path")

    def clean(self):
        data = super().clean()
        if data.get("round") == ROUND_CUSTOM:
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError("กรุณาระบุวันที่เริ่มต้นและวันที่สิ้นสุดของช่วงเวลาที่ต้องการ")
            if end < start:
                raise forms.ValidationError("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น")
        return data

    def period(self):
        data = self.cleaned_data
        return report_period(data["fiscal_year"], data["round"], data.get("start"), data.get("end"))


def default_data():
    return {"fiscal_year": str(current_fiscal_year()), "round": ROUND_12M}
