"""Dashboard panels: each role's own figures at a glance.

PR officers and directors see this fiscal year's KPIs against their targets (and the PR officer the
survey applications and journal contributions waiting); an editor sees their own group's items.
"""

from wagtail.admin.ui.components import Component

from accounts.roles import PR_OFFICERS, user_has_role
from feedback.figures import satisfaction
from home.departments import user_departments
from home.thai_dates import current_fiscal_year, twelve_month_round
from reports import kpis
from reports.permissions import can_view_report


def _kpis(scope):
    return [kpis.timeliness(scope)[-1], kpis.network_notice(scope), kpis.accuracy(scope), satisfaction(scope)]


class KpiPanel(Component):
    name = "pr_kpis"
    order = 140
    template_name = "reports/admin/kpi_panel.html"

    def __init__(self, heading, ratios, website_items, waiting=None, show_link=False):
        self.heading, self.ratios, self.website_items = heading, ratios, website_items
        self.waiting, self.show_link = waiting or [], show_link

    def get_context_data(self, parent_context):
        return {
            "heading": self.heading,
            "ratios": self.ratios,
            "website_items": self.website_items,
            "waiting": self.waiting,
            "show_link": self.show_link,
        }


def _waiting_for_pr_officer():
    from network.models import MemberStatus, NetworkMember
    from newsroom.models import JournalContribution
    from newsroom.models.contributions import ContributionStatus

    return [
        ("ใบสมัครเครือข่ายรอพิจารณา", NetworkMember.objects.filter(status=MemberStatus.PENDING).count()),
        ("บทความที่ส่งมายังไม่ได้อ่าน", JournalContribution.objects.filter(status=ContributionStatus.NEW).count()),
    ]


def panel_for(user):
    """The panel of the user's role, or None."""
    year = current_fiscal_year()
    period = twelve_month_round(year)
    if can_view_report(user):
        scope = kpis.Scope(period)
        waiting = _waiting_for_pr_officer() if user_has_role(user, PR_OFFICERS) else []
        return KpiPanel(
            f"ตัวชี้วัดงานประชาสัมพันธ์ ปีงบประมาณ {year}",
            _kpis(scope),
            kpis.website_news(scope).count(),
            waiting,
            show_link=True,
        )
    department = user_departments(user).first()
    if department is None:
        return None
    scope = kpis.Scope(period, department)
    return KpiPanel(
        f"ข่าวของ{department.title} ปีงบประมาณ {year}",
        [kpis.timeliness(scope)[-1]],
        kpis.website_news(scope).count(),
    )
