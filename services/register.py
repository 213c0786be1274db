"""The information center's public register (ศูนย์ข้อมูลข่าวสารราชการ, §7 and §9 of the Official
Information Act): every live public page the office filed under a disclosure category, by category.

Built from the records: any page model with ``DisclosableMixin`` (standard pages, news, journal issues,
ITA pages) takes part, so a new disclosable page type appears here without a change.
"""

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import F, Value
from wagtail.models import Page

from publishing.models import DisclosableMixin, DisclosureCategory


def disclosable_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, DisclosableMixin) and issubclass(model, Page) and not model._meta.abstract
    ]


def register_rows(category_id=None):
    """One union query: (page id, title, category, date) of every filed live public page, newest first
    within each category."""
    querysets = []
    for model in disclosable_models():
        queryset = model.objects.live().public().filter(disclosure_category__isnull=False)
        if category_id:
            queryset = queryset.filter(disclosure_category_id=category_id)
        querysets.append(
            # No ORDER BY inside the parts of a UNION (SQLite refuses it): the union is ordered.
            queryset.order_by()
            .annotate(
                category_order=F("disclosure_category__sort_order"),
                category_name=F("disclosure_category__name"),
                page_kind=Value(str(model._meta.verbose_name)),
            )
            .values(
                "id",
                "title",
                "category_order",
                "category_name",
                "disclosure_detail",
                "last_published_at",
                "page_kind",
            )
        )
    if not querysets:
        return Page.objects.none().values("id")
    first, *rest = querysets
    union = first.union(*rest, all=True) if rest else first
    return union.order_by("category_order", "category_name", "-last_published_at", "id")


def register_page(request, per_page=30):
    """The requested page of the register, its pages' URLs in one more query, and the categories."""
    categories = list(DisclosureCategory.objects.all())
    try:
        category_id = int(request.GET.get("category", ""))
    except ValueError:
        category_id = None
    page_obj = Paginator(register_rows(category_id), per_page).get_page(request.GET.get("page"))
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[row["id"] for row in page_obj])}
    rows = [{**row, "url": pages[row["id"]].get_url(request)} for row in page_obj if row["id"] in pages]
    query = f"category={category_id}" if category_id else ""
    return {
        "page_obj": page_obj,
        "rows": rows,
        "categories": categories,
        "category_id": category_id,
        "query": query,
    }
