"""Building an issue: live news chosen and ordered by hand in the admin, the prefill from a date
range, and the page the public reads."""

from datetime import date

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsletter.models import NewsletterIssuePage
from newsletter.prefill import prefill
from tests import factories
from tests.newsletter.conftest import bangkok

pytestmark = pytest.mark.django_db


def issue_form(news, **fields):
    data = {
        "title": "จดหมายข่าว ปีที่ 4 ฉบับที่ 2 ประจำเดือนพฤศจิกายน 2569",
        "slug": "2569-11",
        "volume": "4",
        "number": "2",
        "issue_date": "30/11/2569",
        "period_start": "1/11/2569",
        "period_end": "30/11/2569",
        "editorial": "ฉบับนี้รวบรวมข่าวเด่นของสำนักงานประจำเดือนพฤศจิกายน",
        "items": inline_formset(
            [{"news": page.pk, "summary": "", "ORDER": str(n + 1)} for n, page in enumerate(news)]
        ),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def add_url(letter):
    return f"/admin/pages/add/newsletter/newsletterissuepage/{letter.newsletter_index.pk}/"


def test_the_pr_officer_builds_an_issue_from_chosen_news_in_her_order(letter, three_news, login):
    client = login(letter.users["pr"])
    chosen = [three_news[2], three_news[0], three_news[1]]
    response = client.post(add_url(letter), issue_form(chosen))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    issue = NewsletterIssuePage.objects.get(slug="2569-11")
    assert not issue.live  # it goes out only through the approval workflow
    draft = issue.get_latest_revision_as_object()
    assert [item.news_id for item in draft.items.all()] == [page.pk for page in chosen]
    assert draft.issue_date == date(2026, 11, 30)  # typed in the Buddhist Era


def test_a_draft_news_item_and_a_repeated_one_are_refused_in_thai(letter, three_news, login):
    draft_news = factories.draft_page(
        letter.news_index, letter.users["pr"], "ข่าวที่ยังไม่อนุมัติ", model=factories.NewsPage
    )
    client = login(letter.users["pr"])
    response = client.post(add_url(letter), issue_form([three_news[0], draft_news]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "เลือกได้เฉพาะข่าวที่อนุมัติเผยแพร่บนเว็บไซต์แล้ว" in content
    response = client.post(add_url(letter), issue_form([three_news[0], three_news[0]]))
    assert response.status_code == 200
    assert "ซ้ำในฉบับเดียวกัน" in response.content.decode()
    assert not NewsletterIssuePage.objects.filter(slug="2569-11").exists()


def test_volume_and_number_are_unique(letter, three_news, make_issue, login):
    make_issue(three_news[:1], volume=4, number=2)
    response = login(letter.users["pr"]).post(add_url(letter), issue_form(three_news))
    assert response.status_code == 200
    assert "มีจดหมายข่าวปีที่ 4 ฉบับที่ 2 อยู่แล้ว" in response.content.decode()


def test_prefill_appends_the_live_news_of_a_range_in_date_order_once(
    letter, three_news, make_news, make_issue
):
    make_news("ข่าวเดือนตุลาคม ไม่อยู่ในช่วง", published=bangkok(2026, 10, 28))
    issue = make_issue([three_news[1]], publish=False)
    added, too_many = prefill(issue, date(2026, 11, 1), date(2026, 11, 30), letter.users["pr"])
    assert (added, too_many) == (2, False)
    issue.refresh_from_db()
    draft = issue.get_latest_revision_as_object()
    assert [item.news_id for item in draft.items.all()] == [
        three_news[1].pk,
        three_news[0].pk,
        three_news[2].pk,
    ]
    assert (draft.period_start, draft.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    # Again: nothing new, no new revision.
    revisions = issue.revisions.count()
    assert prefill(issue, date(2026, 11, 1), date(2026, 11, 30), letter.users["pr"]) == (0, False)
    assert issue.revisions.count() == revisions


def test_prefill_through_the_admin_button(letter, three_news, make_issue, login):
    issue = make_issue([], publish=False)
    client = login(letter.users["pr"])
    url = f"/admin/newsletter/{issue.pk}/prefill/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"start": "1/11/2569", "end": "30/11/2569"})
    assert response.status_code == 302
    issue.refresh_from_db()
    assert len(issue.get_latest_revision_as_object().items.all()) == 3
    response = client.post(url, {"start": "30/11/2569", "end": "1/11/2569"})
    assert "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น" in response.content.decode()


def test_the_public_issue_page_lists_items_in_order_with_groups_and_be_dates(
    letter, three_news, make_issue, client
):
    issue = make_issue(
        [three_news[1], three_news[0], three_news[2]],
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
    )
    response = client.get(issue.url)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(page.title) for page in (three_news[1], three_news[0], three_news[2])]
    assert positions == sorted(positions)
    assert '<ol class="newsletter-items">' in html and html.count("<article") >= 4
    assert "<h1" in html and 'aria-labelledby="items-heading"' in html
    assert "30 พฤศจิกายน 2569" in html  # the issue date in the Buddhist Era
    assert "12 พฤศจิกายน 2569" in html  # an item's date
    assert "กลุ่มบริหารงานบุคคล" in html and "กลุ่มส่งเสริมการศึกษาทางไกล" in html
    assert f'href="{issue.url}pdf/"' in html
    assert 'alt="ภาพผู้เข้าร่วมกิจกรรม"' in html  # the cover image of the first news, with its alt text


def test_a_withdrawn_news_item_leaves_the_issue(letter, three_news, make_issue, client):
    issue = make_issue(three_news)
    three_news[1].unpublish()
    html = client.get(issue.url).content.decode()
    assert three_news[1].title not in html
    assert three_news[0].title in html


def test_the_preview_shows_unsaved_items(letter, three_news, make_issue, login):
    issue = make_issue([])
    client = login(letter.users["pr"])
    url = f"/admin/pages/{issue.pk}/edit/preview/"
    data = issue_form([three_news[2], three_news[0]], slug=issue.slug, volume="4", number="1")
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()
    html = html[html.index('id="items-heading"') :]
    assert html.index(three_news[2].title) < html.index(three_news[0].title)
    email = client.get(url, {"mode": "email"}).content.decode()
    assert three_news[2].title in email and "<table" in email
