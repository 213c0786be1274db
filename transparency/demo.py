"""Demo ITA content: ``/ita/`` with most items of 2569 published, a few missing, one draft and one
waiting for approval (so the readiness report shows every status), a short archive of 2568, and
2570 (the present year) copied from 2569 with the copy action and mostly published. Idempotent,
like every demo loader.
"""

import textwrap

from home.thai_dates import fiscal_year_period, six_month_round, thai_date
from transparency import skeleton
from transparency.models import ItaItem, TransparencyDocument, TransparencyPage

DEMO_YEAR = 2569

MISSING = {"O12", "O22", "O26"}
DRAFT = {"O24"}
WAITING = {"O19"}
# 2570 is two months old: the reports of the past year and the half-year statistics are still due.
MISSING_2570 = {"O7", "O14", "O18", "O22"}
DRAFT_2570 = {"O24"}

NACC_LINKS = [
    (
        "link",
        {"title": "ช่องทางร้องเรียนของสำนักงาน ป.ป.ช.", "url": "https://www.nacc.go.th/", "description": ""},
    ),
    (
        "link",
        {"title": "ช่องทางร้องเรียนของสำนักงาน ป.ป.ท.", "url": "https://www.pacc.go.th/", "description": ""},
    ),
]
ESERVICE_LINKS = [
    (
        "link",
        {
            "title": "ระบบสำนักงานอัตโนมัติ (My Office)",
            "url": "https://myoffice.example.go.th/",
            "description": "",
        },
    ),
    ("link", {"title": "ระบบรับนักเรียนออนไลน์", "url": "https://admission.example.go.th/", "description": ""}),
]


def load(ctx):
    index = ensure_index(ctx)
    assign_departments(ctx, DEMO_YEAR)
    year_2569 = ensure_year_page(ctx, index, DEMO_YEAR)
    for item in ItaItem.objects.filter(fiscal_year=DEMO_YEAR).order_by("sort_order"):
        if item.code in MISSING:
            continue
        page = item_page(ctx, year_2569, item, publish=item.code not in DRAFT | WAITING, **demo_fields(item))
        if item.code in WAITING:
            start_approval(ctx, page)

    assign_departments(ctx, DEMO_YEAR - 1)
    year_2568 = ensure_year_page(ctx, index, DEMO_YEAR - 1)
    for item in ItaItem.objects.filter(fiscal_year=DEMO_YEAR - 1, code__in=["O1", "O2", "O7"]):
        item_page(ctx, year_2568, item, **demo_fields(item))

    # The present fiscal year, started from 2569 with the copy action and mostly published
    # already, so a fresh demo's /ita/ and dashboards show the year staff are working in.
    skeleton.ensure_catalogue(DEMO_YEAR + 1, user=ctx.users.get("admin"))
    year_2570 = ensure_year_page(ctx, index, DEMO_YEAR + 1)
    for item in ItaItem.objects.filter(fiscal_year=DEMO_YEAR + 1).order_by("sort_order"):
        if item.code in MISSING_2570:
            continue
        item_page(ctx, year_2570, item, publish=item.code not in DRAFT_2570, **demo_fields(item))


def ensure_index(ctx):
    return skeleton.ensure_index(ctx.home_page, user=ctx.users.get("admin"))


def ensure_year_page(ctx, index, year):
    return skeleton.ensure_year_page(index, year, user=ctx.users.get("admin"))


def assign_departments(ctx, year):
    skeleton.assign_departments(year, ctx.departments)


def item_page(ctx, year_page, item, publish=True, documents=(), **fields):
    """The page of ``item`` under its year page (found by slug, else created with its documents)."""
    fields.setdefault("title", f"{item.code} {item.title}")
    fields.setdefault("intro", item.required_content)
    return ctx.page(
        year_page,
        TransparencyPage,
        item.slug,
        publish=publish,
        live=publish,
        item=item,
        documents=[
            TransparencyDocument(title=title, date=date, document=ctx.document(title, paragraphs))
            for title, date, paragraphs in documents
        ],
        **fields,
    )


def start_approval(ctx, page):
    """Send a draft for approval through the workflow that applies to it, if any."""
    workflow = page.get_workflow()
    if workflow and not page.workflow_in_progress:
        workflow.start(page, ctx.users.get("editor") or ctx.users.get("admin"))


def demo_fields(item):
    """Believable content for an item: a PDF named after it, plus what its kind of item shows."""
    period = fiscal_year_period(item.fiscal_year)
    title = f"{item.title} ปีงบประมาณ {item.fiscal_year}"
    paragraphs = [
        f"{item.code} {item.title}",
        f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 ประจำปีงบประมาณ {item.fiscal_year}",
        f"ระยะเวลา {thai_date(period.start)} ถึง {thai_date(period.end)}",
        item.required_content or "เอกสารประกอบการเปิดเผยข้อมูลสาธารณะ",
    ]
    # Short lines: fpdf2 (home.demo_files.make_pdf) fails on long Thai lines.
    lines = [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, 40)]
    fields = {"documents": [(title, period.start, lines)]}
    kind = item.title
    if "ข่าวประชาสัมพันธ์" in kind:
        fields = {"automatic_content": TransparencyPage.AutomaticContent.NEWS}
    elif "ผู้บริหาร" in kind:
        fields = {"automatic_content": TransparencyPage.AutomaticContent.EXECUTIVES}
    elif "สถิติเรื่องร้องเรียน" in kind:
        half = six_month_round(item.fiscal_year)
        fields["nothing_to_report"] = (
            f"ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ในรอบ 6 เดือนแรกของปีงบประมาณ {item.fiscal_year} "
            f"({thai_date(half.start)} – {thai_date(half.end)})"
        )
    elif "ช่องทางแจ้งเรื่องร้องเรียน" in kind:
        fields["external_links"] = NACC_LINKS
    elif "E-Service" in kind:
        fields["external_links"] = ESERVICE_LINKS
    return fields
