"""Every page type shows its public correction notes and its withdrawal banner.

The notices are rendered once, by ``templates/base.html``; the page types come from Wagtail's
registry (``get_page_models()``), so a new page type without a builder here fails the test.
"""

from datetime import date

import pytest
from django.utils import timezone
from wagtail.models import Page, get_page_models

from home.models import DepartmentIndexPage, StandardPage
from newsroom.models import JournalIndexPage, JournalIssuePage, NewsIndexPage, NewsPage
from publishing.models import PageCorrection
from publishing.withdrawals import withdraw_page
from tests import factories
from transparency import demo as ita_demo
from transparency.models import ItaItem

pytestmark = pytest.mark.django_db

NOTE = "แก้ไขเบอร์โทรศัพท์ของกลุ่มงานจาก 074-000-201 เป็น 074-000-210"
EXPLANATION = "ข้อมูลหน้านี้ไม่เป็นปัจจุบัน สำนักงานถอนการเผยแพร่ตามคำสั่งที่ 18/2570"


def _child(parent, page):
    """Add ``page`` live under ``parent`` (fast: no revision, the test reads, not edits)."""
    now = timezone.now()
    page.live = True
    page.first_published_at = page.last_published_at = now
    parent.add_child(instance=page)
    return page


def _news_index(demo):
    return demo.page(demo.home_page, NewsIndexPage, "news", title="ข่าวประชาสัมพันธ์")


def _journal_index(demo):
    return demo.page(demo.home_page, JournalIndexPage, "journal", title="วารสาร")


def _ita_year(demo):
    return ita_demo.ensure_year_page(demo, ita_demo.ensure_index(demo), 2569)


# One builder per page type, by label: the page a reader would open.
BUILDERS = {
    "home.HomePage": lambda demo: demo.home_page,
    "home.DepartmentIndexPage": lambda demo: DepartmentIndexPage.objects.get(),
    "home.DepartmentPage": lambda demo: demo.departments["general-administration"],
    "home.StandardPage": lambda demo: _child(
        demo.departments["general-administration"],
        StandardPage(title="หน้าที่และอำนาจของกลุ่มอำนวยการ", slug="duties", intro="ภารกิจของกลุ่มอำนวยการ"),
    ),
    "newsroom.NewsIndexPage": _news_index,
    "newsroom.NewsPage": lambda demo: _child(
        _news_index(demo),
        NewsPage(title="ประชุมผู้บริหารสถานศึกษา ครั้งที่ 9/2569", slug="meeting-9", intro="สรุปการประชุม"),
    ),
    "newsroom.JournalIndexPage": _journal_index,
    "newsroom.JournalIssuePage": lambda demo: _child(
        _journal_index(demo),
        JournalIssuePage(
            title="วารสาร ปีที่ 12 ฉบับที่ 1",
            slug="issue-12-1",
            volume=12,
            number=1,
            period_start=date(2026, 10, 1),
        ),
    ),
    "transparency.TransparencyIndexPage": ita_demo.ensure_index,
    "transparency.TransparencyYearPage": _ita_year,
    "transparency.TransparencyPage": lambda demo: ita_demo.item_page(
        demo, _ita_year(demo), ItaItem.objects.get(fiscal_year=2569, code="O1")
    ),
    "feedback.SurveyPage": factories.survey_page,
    "newsletter.NewsletterIndexPage": factories.newsletter_index,
    "newsletter.NewsletterIssuePage": lambda demo: factories.newsletter_issue(
        factories.newsletter_index(demo),
        [_child(_news_index(demo), NewsPage(title="ข่าวในจดหมายข่าว", slug="in-letter"))],
    ),
}

# Every concrete page type of the project (Wagtail's own root type is not one).
PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def build(demo, model):
    label = model._meta.label
    assert label in BUILDERS, f"add a builder for the new page type {label} to this test"
    page = BUILDERS[label](demo).specific
    assert type(page) is model
    return page


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_every_page_type_shows_its_correction_notes(demo, client, model):
    page = build(demo, model)
    PageCorrection.objects.create(page=page, note=NOTE, published_at=timezone.now())
    response = client.get(page.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<h2 id="corrections-heading" class="notice__title">แก้ไขเพิ่มเติม</h2>' in content
    assert NOTE in content
    # Once, from the base template.
    assert content.count("corrections-heading") == 2  # the heading's id and the aside's label


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_every_page_type_shows_its_withdrawal_banner(demo, client, model):
    page = build(demo, model)
    PageCorrection.objects.create(page=page, note=NOTE, published_at=timezone.now())
    withdraw_page(page, demo.users["director"], EXPLANATION)
    response = client.get(page.url)
    assert response.status_code == 410
    content = response.content.decode()
    assert content.count('class="notice notice--withdrawn" role="alert"') == 1
    assert "ข้อมูลนี้ถอนการเผยแพร่แล้ว" in content
    assert EXPLANATION in content
    assert NOTE in content
    assert f"<h1>{page.title}</h1>" in content


def test_a_page_without_notices_renders_no_notice_markup(demo, client):
    content = client.get(demo.departments["general-administration"].url).content.decode()
    assert "page-notices" not in content
