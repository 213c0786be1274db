"""Dashboard panel of the ITA app."""

from wagtail.admin.ui.components import Component


class ReadinessPanel(Component):
    """Dashboard: this year's readiness and the items still missing."""

    name = "ita_readiness"
    order = 150
    template_name = "transparency/admin/readiness_panel.html"

    def __init__(self, report):
        self.report = report

    def get_context_data(self, parent_context):
        return {"report": self.report}
