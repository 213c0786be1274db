"""How ready one fiscal year's ITA items are: the report, its exports and the dashboard panel.

Three queries whatever the number of items: the items, their pages (with document counts and
whether an approval is in progress), and the ``/ita/`` page for the URLs of missing items.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef
from django.db.models.functions import Cast
from wagtail.models import Page, WorkflowState

from home.site_url import absolute_url
from transparency.models import ItaItem, TransparencyIndexPage, TransparencyPage


class Status:
    LIVE = "live"
    WAITING = "waiting"
    DRAFT = "draft"
    MISSING = "missing"

    LABELS = {
        LIVE: "เผยแพร่แล้ว",
        WAITING: "รออนุมัติ",
        DRAFT: "ฉบับร่าง",
        MISSING: "ยังไม่มีหน้า",
    }
    CHOICES = list(LABELS.items())


@dataclass
class ReadinessRow:
    item: ItaItem
    status: str
    url: str
    page: TransparencyPage = None
    documents: int = 0
    last_updated: object = None

    @property
    def status_label(self):
        return Status.LABELS[self.status]

    @property
    def department_name(self):
        return self.item.department.title if self.item.department_id else ""


@dataclass
class ReadinessReport:
    year: int
    rows: list
    all_rows: list = field(default_factory=list)

    @property
    def total(self):
        return len(self.all_rows)

    @property
    def ready(self):
        return sum(1 for row in self.all_rows if row.status == Status.LIVE)

    @property
    def percent(self):
        """Share of the year's items whose page is live, to one decimal (all rows, not the filtered)."""
        return round(self.ready * 100 / self.total, 1) if self.total else 0.0

    @property
    def counts(self):
        counts = dict.fromkeys(Status.LABELS, 0)
        for row in self.all_rows:
            counts[row.status] += 1
        return [(key, Status.LABELS[key], counts[key]) for key in Status.LABELS]

    @property
    def missing(self):
        return [row for row in self.all_rows if row.status == Status.MISSING]


def _status(page):
    if page is None:
        return Status.MISSING
    if page.live:
        return Status.LIVE
    if page.approval_in_progress:
        return Status.WAITING
    return Status.DRAFT


def _pages_of_year(year):
    in_progress = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    pages = (
        TransparencyPage.objects.filter(item__fiscal_year=year)
        .annotate(document_count=Count("documents"), approval_in_progress=Exists(in_progress))
        .order_by("path")
    )
    by_item = {}
    for page in pages:
        by_item.setdefault(page.item_id, page)
    return by_item


def expected_url(year, item, index_page, request=None):
    """The stable public URL of an item under ``/ita/``, whether or not its page exists yet."""
    if index_page is None:
        return ""
    base = absolute_url(index_page)
    return f"{base}{year}/{item.slug}/" if base else ""


def readiness_report(year, request=None, department=None, status=None):
    """The report of ``year``; ``department`` (a DepartmentPage pk) and ``status`` filter the rows."""
    items = list(
        ItaItem.objects.filter(fiscal_year=year)
        .select_related("department", "sub_indicator")
        .order_by("sub_indicator__sort_order", "sort_order", "id")
    )
    pages = _pages_of_year(year)
    index_page = TransparencyIndexPage.objects.first()
    rows = []
    for item in items:
        page = pages.get(item.pk)
        url = absolute_url(page) if page is not None else expected_url(year, item, index_page, request)
        rows.append(
            ReadinessRow(
                item=item,
                status=_status(page),
                url=url,
                page=page,
                documents=page.document_count if page else 0,
                last_updated=(page.latest_revision_created_at or page.last_published_at) if page else None,
            )
        )
    filtered = [
        row
        for row in rows
        if (not department or row.item.department_id == department) and (not status or row.status == status)
    ]
    return ReadinessReport(year=year, rows=filtered, all_rows=rows)
