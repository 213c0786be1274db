from wagtail import hooks

from reports.viewsets import PrReportViewSet

hooks.register("register_admin_viewset", PrReportViewSet)
