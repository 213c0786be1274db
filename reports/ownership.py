"""Which internal group owns a record, as a database expression, so figures group by it in SQL.

The rule is ``home.departments.department_for_page``'s: the group page the item sits under, else the
item's own ``department`` field, else the office's main group. Here it is one correlated subquery on
the materialised path (a group page's path is a prefix of its descendants' paths).
"""

from django.db.models import F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr

from home.models import DepartmentPage, OfficeSettings


def _main_department_id():
    return (
        OfficeSettings.objects.exclude(main_department=None)
        .values_list("main_department_id", flat=True)
        .first()
    )


def owning_department(page_prefix="", department_field="department"):
    """An expression for the owning group's pk of the page reached through ``page_prefix``.

    ``page_prefix`` is ``""`` on a page queryset and e.g. ``"page__"`` on a model with a page FK;
    ``department_field`` is the lookup of the item's own group field (or None when it has none).
    """
    ancestor = (
        DepartmentPage.objects.filter(
            depth__lt=OuterRef(f"{page_prefix}depth"),
            path=Substr(OuterRef(f"{page_prefix}path"), 1, Length("path")),
        )
        .order_by("-depth")
        .values("pk")[:1]
    )
    candidates = [Subquery(ancestor)]
    if department_field:
        candidates.append(F(department_field))
    main = _main_department_id()
    if main:
        candidates.append(Value(main))
    if len(candidates) == 1:
        return candidates[0]
    return Coalesce(*candidates, output_field=IntegerField())
