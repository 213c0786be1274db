"""The report's place in the admin: ``/admin/pr-report/``, in the menu for those who may read it."""

from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from reports.permissions import can_view_report
from reports.views import PrReportView


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


class PrReportViewSet(ViewSet):
    name = "pr_report"
    url_prefix = "pr-report"
    icon = "table"
    menu_label = "รายงานผลการดำเนินงาน ปชส."
    menu_order = 260
    add_to_admin_menu = True
    menu_item_class = ReportMenuItem

    def get_urlpatterns(self):
        return [path("", PrReportView.as_view(), name="index")]
