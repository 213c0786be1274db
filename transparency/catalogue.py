"""The catalogue of ITA items per fiscal year: the public table and copying a year to the next."""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.log_actions import log

from transparency.models import ItaItem, ItaSubIndicator, TransparencyPage

COPY_ACTION = "transparency.copy_year"


def fiscal_years():
    """The BE years that have a catalogue, newest first (one query)."""
    return list(ItaItem.objects.order_by("-fiscal_year").values_list("fiscal_year", flat=True).distinct())


@dataclass
class Row:
    item: ItaItem
    url: str = ""


@dataclass
class Group:
    sub_indicator: ItaSubIndicator
    rows: list = field(default_factory=list)


def year_table(index_page, year, request=None):
    """The public table of one year, grouped by sub-indicator, in three queries whatever its size.

    Items without a live, public page are listed without a link.
    """
    items = list(
        ItaItem.objects.filter(fiscal_year=year)
        .select_related("sub_indicator")
        .order_by("sub_indicator__sort_order", "sub_indicator__code", "sort_order", "id")
    )
    pages = (
        TransparencyPage.objects.live()
        .public()
        .filter(item__fiscal_year=year)
        .only("id", "url_path", "path", "depth", "item_id", "locale_id")
    )
    urls = {page.item_id: page.get_url(request) for page in pages}
    groups = []
    for item in items:
        if not groups or groups[-1].sub_indicator.pk != item.sub_indicator_id:
            groups.append(Group(item.sub_indicator))
        groups[-1].rows.append(Row(item, urls.get(item.pk, "")))
    return {
        "year": year,
        "groups": groups,
        "item_count": len(items),
        "published_count": len(urls),
        "index_page": index_page,
    }


class TargetYearNotEmpty(Exception):
    """The target year already has items and the user did not confirm adding to it."""


@dataclass
class CopyResult:
    created: list
    skipped: list


def copy_year(source_year, target_year, user=None, confirm=False):
    """Copy the items (and their sub-indicators) of one year into another, all or nothing.

    Idempotent: items whose code already exists in the target year are left as they are, so
    running it twice creates nothing the second time. Refuses to add to a year that already has
    items unless ``confirm`` is set, so a finished catalogue is not mixed by accident.
    """
    if source_year == target_year:
        raise ValueError("source and target years must differ")
    source_items = list(ItaItem.objects.filter(fiscal_year=source_year).select_related("sub_indicator"))
    existing_codes = set(ItaItem.objects.filter(fiscal_year=target_year).values_list("code", flat=True))
    if existing_codes and not confirm:
        raise TargetYearNotEmpty(target_year)
    created, skipped = [], []
    with transaction.atomic():
        sub_indicators = {}
        for item in source_items:
            if item.code in existing_codes:
                skipped.append(item.code)
                continue
            source_sub = item.sub_indicator
            if source_sub.code not in sub_indicators:
                sub_indicators[source_sub.code], _ = ItaSubIndicator.objects.get_or_create(
                    fiscal_year=target_year,
                    code=source_sub.code,
                    defaults={
                        "title": source_sub.title,
                        "indicator": source_sub.indicator,
                        "sort_order": source_sub.sort_order,
                    },
                )
            new_item = ItaItem.objects.create(
                fiscal_year=target_year,
                code=item.code,
                sub_indicator=sub_indicators[source_sub.code],
                title=item.title,
                required_content=item.required_content,
                period=item.period,
                department_id=item.department_id,
                sort_order=item.sort_order,
            )
            log(
                new_item,
                COPY_ACTION,
                user=user,
                data={"source_year": source_year, "target_year": target_year},
            )
            created.append(new_item)
    return CopyResult(created, skipped)
