"""Dashboard panels: each role's own figures at a glance.

PR officers and directors see this fiscal year's KPIs against their targets; the PR officer also
what waits in their queues (network survey applications, journal contributions, schools' news) and
the year's satisfaction-survey responses, each linked to its list. An editor sees their group's items.
"""

from django.urls import reverse
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


def _waiting_for_pr_officer(period):
    """``[(label, count, admin URL)]``: what waits for the PR officer, each linked to its queue."""
    from feedback.models import SurveyResponse
    from network.models import MemberStatus, NetworkMember
    from newsroom.models import JournalContribution
    from newsroom.models.contributions import ContributionStatus
    from schoolnews.models import SchoolNewsSubmission, SubmissionStatus

    start, end = period.datetime_range()
    members_url = reverse("wagtailsnippets_network_networkmember:list")
    return [
        (
            "ใบสมัครเครือข่ายรอพิจารณา",
            NetworkMember.objects.filter(status=MemberStatus.PENDING).count(),
            f"{members_url}?status={MemberStatus.PENDING}",
        ),
        (
            "บทความที่ส่งมายังไม่ได้อ่าน",
            JournalContribution.objects.filter(status=ContributionStatus.NEW).count(),
            f"{reverse('newsroom_contribution:index')}?status={ContributionStatus.NEW}",
        ),
        (
            "ข่าวจากโรงเรียนและเครือข่ายยังไม่ได้เปิดอ่าน",
            SchoolNewsSubmission.objects.filter(status=SubmissionStatus.NEW).count(),
            f"{reverse('schoolnews_submission:index')}?status={SubmissionStatus.NEW}",
        ),
        (
            "คำตอบแบบสำรวจความพึงพอใจในปีงบประมาณนี้",
            SurveyResponse.objects.filter(submit_time__gte=start, submit_time__lt=end).count(),
            reverse("wagtailforms:index"),
        ),
    ]


def panel_for(user):
    """The panel of the user's role, or None."""
    year = current_fiscal_year()
    period = twelve_month_round(year)
    if can_view_report(user):
        scope = kpis.Scope(period)
        waiting = _waiting_for_pr_officer(period) if user_has_role(user, PR_OFFICERS) else []
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
