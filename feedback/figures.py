"""The satisfaction KPI of the PR report: the share of answers at the top two levels (target 80%).

Two sources of answers, counted alike, one answer each:

- the rating under every public page (``PageRating``), one per page per visitor session;
- every rating question answered in the satisfaction survey (``SurveyRating``): a response with
  five rating questions gives five answers.

The KPI is both together; the report shows each source's figure beside it. A group's figures count
only the page ratings of the news that group owns: the survey asks about the office's service as a
whole, not about one group's news.
"""

from django.db.models import Count, Q

from feedback.models import SATISFIED_LEVELS, PageRating, SurveyRating

SATISFACTION_TARGET = 80
LABEL = "ผู้ใช้บริการพึงพอใจระดับมากถึงมากที่สุด"
PAGE_LABEL = "ความพึงพอใจต่อข้อมูลบนหน้าเว็บ"
SURVEY_LABEL = "แบบสำรวจความพึงพอใจของผู้ใช้บริการ (ข้อคำถามแบบ 5 ระดับ)"
_COUNTS = {"total": Count("pk"), "hits": Count("pk", filter=Q(level__in=SATISFIED_LEVELS))}


def satisfaction_parts(scope):
    """``(page ratings, survey answers)`` of the period, each a ``Ratio``: one aggregate query each."""
    from reports.kpis import Ratio, for_department

    start, end = scope.range
    ratings = for_department(
        PageRating.objects.filter(created_at__gte=start, created_at__lt=end), scope, "page"
    )
    pages = ratings.aggregate(**_COUNTS)
    survey = {"hits": 0, "total": 0}
    if scope.department is None:
        survey = SurveyRating.objects.filter(created_at__gte=start, created_at__lt=end).aggregate(**_COUNTS)
    return (
        Ratio(PAGE_LABEL, pages["hits"], pages["total"], SATISFACTION_TARGET),
        Ratio(SURVEY_LABEL, survey["hits"], survey["total"], SATISFACTION_TARGET),
    )


def combined(parts):
    from reports.kpis import Ratio

    return Ratio(
        LABEL, sum(part.hits for part in parts), sum(part.total for part in parts), SATISFACTION_TARGET
    )


def satisfaction(scope):
    """Page ratings and survey rating answers given in the period, together."""
    return combined(satisfaction_parts(scope))
