from wagtail import hooks

from reports.panels import panel_for
from reports.viewsets import PrReportViewSet

hooks.register("register_admin_viewset", PrReportViewSet)


@hooks.register("construct_homepage_panels")
def add_kpi_panel(request, panels):
    panel = panel_for(request.user)
    if panel is not None:
        panels.append(panel)
