"""The owning group of each news item as one SQL expression, for figures grouped by group.

``home.departments.owned_by_q`` filters the items of *one* group; a table of every group would
need one such filter per group and cell, which is slow to compile and to run. This is the same
rule as a ``CASE``: the deepest group room whose path prefixes the page's path, else the page's
own ``department``, else the office's main group. ``tests/reports/test_ownership.py`` checks that
both forms agree for pages in every position the rule distinguishes.
"""

from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import Coalesce

from home.models import DepartmentPage


def owner_expression(main_department_id=None):
    """An integer expression: the pk of the DepartmentPage that owns each row of a page queryset."""
    rooms = DepartmentPage.objects.order_by("-depth", "path").values_list("pk", "path")
    whens = [When(path__startswith=path, then=Value(pk)) for pk, path in rooms]
    fallback = F("department_id")
    if main_department_id:
        fallback = Coalesce(F("department_id"), Value(main_department_id), output_field=IntegerField())
    if not whens:
        return fallback
    return Case(*whens, default=fallback, output_field=IntegerField())
