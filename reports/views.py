"""The admin page of the PR report, ``/admin/pr-report/``: period chooser, tables, charts, XLSX."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from reports.forms import PeriodForm, default_data
from reports.permissions import can_view_report
from reports.report import build_report
from reports.xlsx import XLSX_TYPE, filename, workbook_bytes


class PrReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/pr_report.html"
    page_title = "รายงานผลการดำเนินงานประชาสัมพันธ์"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        data = request.GET.copy() if "fiscal_year" in request.GET else default_data()
        self.form = PeriodForm(data)
        if not self.form.is_valid():
            # A bad range keeps the officer's input and its Thai error, over the default year.
            self.report = build_report(_default_period())
        else:
            self.report = build_report(self.form.period(), self.form.cleaned_data.get("department"))
        if request.GET.get("format") == "xlsx" and self.form.is_valid():
            response = HttpResponse(workbook_bytes(self.report), content_type=XLSX_TYPE)
            response["Content-Disposition"] = f'attachment; filename="{filename(self.report)}"'
            return response
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.report.period.label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("format", None)
        if "fiscal_year" not in query:
            query.update(default_data())
        context.update(form=self.form, report=self.report, xlsx_query=f"?{query.urlencode()}&format=xlsx")
        return context


def _default_period():
    form = PeriodForm(default_data())
    form.is_valid()
    return form.period()
