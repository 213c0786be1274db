"""The satisfaction KPI of the PR report: the share of ratings at the top two levels (target 80%)."""

from django.db.models import Count, Q

from feedback.models import SATISFIED_LEVELS, PageRating

SATISFACTION_TARGET = 80


def satisfaction(scope):
    """Ratings given in the period; for one group, the ratings of the news that group owns."""
    from reports.kpis import Ratio, for_department

    start, end = scope.range
    ratings = for_department(
        PageRating.objects.filter(created_at__gte=start, created_at__lt=end), scope, "page"
    )
    counts = ratings.aggregate(total=Count("pk"), hits=Count("pk", filter=Q(level__in=SATISFIED_LEVELS)))
    return Ratio("ผู้ใช้บริการพึงพอใจระดับมากถึงมากที่สุด", counts["hits"], counts["total"], SATISFACTION_TARGET)
