"""Admin views of the ITA app: the readiness report (with exports) and copying a year's items."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.models import DepartmentPage
from home.thai_dates import current_fiscal_year
from transparency.catalogue import TargetYearNotEmpty, copy_year, fiscal_years
from transparency.exports import csv_response, xlsx_response
from transparency.models import FISCAL_YEAR_VALIDATORS
from transparency.permissions import can_manage_catalogue, can_view_readiness
from transparency.readiness import Status, readiness_report


def _year_choices():
    return [(year, f"ปีงบประมาณ {year}") for year in fiscal_years()]


class ReadinessFilterForm(forms.Form):
    year = forms.TypedChoiceField(label="ปีงบประมาณ", coerce=int, choices=())
    department = forms.TypedChoiceField(
        label="กลุ่มงาน", coerce=int, required=False, empty_value=None, choices=()
    )
    status = forms.ChoiceField(label="สถานะ", required=False, choices=[("", "ทุกสถานะ"), *Status.CHOICES])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = _year_choices()
        self.fields["department"].choices = [
            ("", "ทุกกลุ่มงาน"),
            *DepartmentPage.objects.order_by("path").values_list("pk", "title"),
        ]


class ReadinessReportView(WagtailAdminTemplateMixin, TemplateView):
    """Each item of a year with its status and public URL; ``?format=csv|xlsx`` exports the rows."""

    template_name = "transparency/admin/readiness_report.html"
    page_title = "รายงานความพร้อม ITA"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_readiness(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        data = request.GET.copy()
        data.setdefault("year", str(current_fiscal_year()))
        self.form = ReadinessFilterForm(data)
        if self.form.is_valid():
            filters = self.form.cleaned_data
        else:
            filters = {"year": current_fiscal_year(), "department": None, "status": ""}
        self.report = readiness_report(
            filters["year"], request, department=filters["department"], status=filters["status"]
        )
        export = request.GET.get("format")
        if export == "csv":
            return csv_response(self.report)
        if export == "xlsx":
            return xlsx_response(self.report)
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"ปีงบประมาณ {self.report.year}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("format", None)
        query["year"] = self.report.year
        context.update(
            form=self.form,
            report=self.report,
            csv_query=f"?{query.urlencode()}&format=csv",
            xlsx_query=f"?{query.urlencode()}&format=xlsx",
            can_manage=can_manage_catalogue(self.request.user),
        )
        return context


class CopyYearForm(forms.Form):
    source_year = forms.TypedChoiceField(label="คัดลอกจากปีงบประมาณ", coerce=int, choices=())
    target_year = forms.IntegerField(
        label="ไปยังปีงบประมาณ", validators=FISCAL_YEAR_VALIDATORS, help_text="ปี พ.ศ. เช่น 2570"
    )
    confirm = forms.BooleanField(
        label="ยืนยันการเพิ่มลงในปีที่มีรายการอยู่แล้ว",
        required=False,
        help_text="ข้อที่มีรหัสซ้ำกับที่มีอยู่แล้วจะไม่ถูกคัดลอกทับ",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = _year_choices()
        self.fields["source_year"].choices = years
        if years:
            self.fields["source_year"].initial = years[0][0]
            self.fields["target_year"].initial = years[0][0] + 1

    def clean(self):
        data = super().clean()
        if data.get("source_year") and data.get("source_year") == data.get("target_year"):
            raise forms.ValidationError("ปีต้นทางและปีปลายทางต้องไม่ใช่ปีเดียวกัน")
        return data


class CopyYearView(WagtailAdminTemplateMixin, TemplateView):
    """Start next year's catalogue from this year's in one click (POST with CSRF, audit-logged)."""

    template_name = "transparency/admin/copy_year.html"
    page_title = "คัดลอกรายการ ITA ไปปีงบประมาณถัดไป"
    header_icon = "copy"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_catalogue(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.form = CopyYearForm()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.form = CopyYearForm(request.POST)
        if self.form.is_valid():
            source, target = self.form.cleaned_data["source_year"], self.form.cleaned_data["target_year"]
            try:
                result = copy_year(
                    source, target, user=request.user, confirm=self.form.cleaned_data["confirm"]
                )
            except TargetYearNotEmpty:
                self.form.add_error(
                    "confirm",
                    f"ปีงบประมาณ {target} มีรายการอยู่แล้ว หากต้องการเพิ่มเฉพาะข้อที่ยังไม่มี กรุณาทำเครื่องหมายยืนยัน",
                )
            else:
                messages.success(
                    request,
                    f"คัดลอก {len(result.created)} ข้อจากปีงบประมาณ {source} ไปปีงบประมาณ {target} แล้ว"
                    + (f" (ข้าม {len(result.skipped)} ข้อที่มีอยู่แล้ว)" if result.skipped else ""),
                )
                return redirect(f"{reverse('ita_items:index')}?fiscal_year={target}")
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        return context
