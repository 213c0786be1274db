"""Admin registration of the ITA app: the catalogue, the readiness report, copy action and panel."""

from wagtail import hooks

from home.thai_dates import current_fiscal_year
from transparency.catalogue import COPY_ACTION
from transparency.panels import ReadinessPanel
from transparency.permissions import can_view_readiness
from transparency.readiness import readiness_report
from transparency.viewsets import TransparencyViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewsets():
    return TransparencyViewSetGroup()


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(COPY_ACTION, "คัดลอกจากปีงบประมาณก่อน", "คัดลอกข้อการประเมิน ITA จากปีงบประมาณก่อน")


@hooks.register("construct_homepage_panels")
def add_readiness_panel(request, panels):
    if can_view_readiness(request.user):
        panels.append(ReadinessPanel(readiness_report(current_fiscal_year(), request)))
