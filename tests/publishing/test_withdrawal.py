"""Withdrawing a live page: gone from every listing at once, its address answers 410 with the
office's explanation, and it comes back only through the approval workflow."""

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, WorkflowState

from home.thai_dates import thai_date
from network.delivery import queue_delivery
from network.models import Delivery, DeliveryStatus, Release
from newsroom.models import NewsPage
from outbox import sending
from publishing.constants import LOG_REINSTATE, LOG_REINSTATEMENT_REQUEST, LOG_WITHDRAW
from publishing.models import PageCorrection, PageWithdrawal, PublicationRequest
from publishing.withdrawals import exclude_withdrawn, is_withdrawn, withdraw_page
from tests.newsroom.conftest import activity_times
from tests.publishing.test_workflow_http import action_url, edit_data, task_state_of
from tests.transparency.conftest import refused
from transparency.models import TransparencyPage

pytestmark = pytest.mark.django_db

EXPLANATION = "ข่าวนี้ระบุวันประชุมผิด สำนักงานถอนข้อมูลตามคำสั่งที่ 15/2570 และจะเผยแพร่ฉบับแก้ไขแทน"
TITLE = "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 9/2569"
# Published in fiscal year 2569 (the ITA item's year), announcing an activity still to come.
PUBLISHED = timezone.make_aware(datetime(2026, 6, 15, 10, 0))


@pytest.fixture
def story(newsroom, make_news):
    """A featured activity of กลุ่มอำนวยการ that every public listing shows, and a neighbour."""
    make_news("ข่าวที่ยังเผยแพร่อยู่", published=PUBLISHED, tags=["ประชุมผู้บริหาร"])
    return make_news(
        TITLE,
        parent=newsroom.departments["general-administration"],
        published=PUBLISHED,
        featured=True,
        tags=["ประชุมผู้บริหาร"],
        **activity_times(5),
    )


def withdraw_over_http(client, user, page, explanation=EXPLANATION):
    client.force_login(user)
    response = client.post(reverse("publishing_withdraw_page", args=[page.pk]), {"explanation": explanation})
    client.logout()
    return response


def public_places(newsroom, story, ita_page):
    """Every public place that lists news, with what a reader (or a crawler) gets there."""
    department = newsroom.departments["general-administration"]
    return {
        "news index": "/news/",
        "activities": "/news/activities/",
        "RSS feed": "/news/feed/",
        "iCalendar": "/news/activities.ics",
        "home sections": "/",
        "group page": department.url,
        "sitemap": "/sitemap.xml",
        "ITA automatic news": ita_page.url,
        "related news": NewsPage.objects.get(title="ข่าวที่ยังเผยแพร่อยู่").url,
    }


def listed(client, url, story):
    response = client.get(url)
    assert response.status_code == 200, url
    content = response.content.decode()
    # The calendar folds long lines, so it is recognised by the event's UID.
    return any(marker in content for marker in (story.title, story.url, f"newspage-{story.pk}@"))


def test_a_withdrawn_page_leaves_every_listing_at_once(
    newsroom,
    story,
    year_2569,
    item_page,
    client,
):
    ita_page = item_page(year_2569, "O4", automatic_content=TransparencyPage.AutomaticContent.NEWS)
    places = public_places(newsroom, story, ita_page)
    before = {name: listed(client, url, story) for name, url in places.items()}
    assert all(before.values()), before
    assert story in NewsPage.objects.live().search("ประชุมผู้บริหารสถานศึกษา")

    response = withdraw_over_http(client, newsroom.users["director"], story)
    assert response.status_code == 302

    after = {name: listed(client, url, story) for name, url in places.items()}
    assert not any(after.values()), after
    # Not in the search index at all (not only filtered out of live results).
    assert story not in NewsPage.objects.search("ประชุมผู้บริหารสถานศึกษา")
    assert not NewsPage.get_indexed_objects().filter(pk=story.pk).exists()
    assert NewsPage.get_indexed_objects().filter(title="ข่าวที่ยังเผยแพร่อยู่").exists()


def test_the_withdrawn_address_answers_410_with_the_banner_in_the_site_layout(newsroom, story, client):
    withdraw_over_http(client, newsroom.users["webmaster"], story)
    response = client.get(story.url)
    assert response.status_code == 410
    content = response.content.decode()
    withdrawal = PageWithdrawal.objects.get(page=story)
    assert "ข้อมูลนี้ถอนการเผยแพร่แล้ว" in content
    assert EXPLANATION in content
    assert thai_date(withdrawal.withdrawn_at) in content
    assert f"<h1>{TITLE}</h1>" in content
    # The site's layout (header, footer, skip link), but not the withdrawn text, and no indexing.
    assert 'class="skip-link"' in content and "<footer" in content
    assert story.intro not in content
    assert '<meta name="robots" content="noindex">' in content
    # Other pages are untouched.
    assert client.get(NewsPage.objects.get(title="ข่าวที่ยังเผยแพร่อยู่").url).status_code == 200


def test_withdrawal_is_recorded_in_the_audit_log_with_its_author(newsroom, story, client):
    withdraw_over_http(client, newsroom.users["director"], story)
    entry = PageLogEntry.objects.get(page=story, action=LOG_WITHDRAW)
    assert entry.user == newsroom.users["director"]
    assert entry.data["explanation"] == EXPLANATION
    # The admin's history screen names the action in Thai.
    client.force_login(newsroom.users["admin"])
    history = client.get(reverse("wagtailadmin_pages:history", args=[story.pk])).content.decode()
    assert "ถอนข้อมูลพร้อมคำชี้แจง" in history


def test_the_network_can_neither_choose_nor_keep_sending_a_withdrawn_item(newsroom, story, client):
    pr = newsroom.users["pr"]
    release = Release.objects.create(page=story, created_by=pr)
    queued = Delivery.objects.create(
        release=release, email="news@phatthalung-times.example.com", name="พัทลุงไทม์"
    )
    with pytest.MonkeyPatch.context() as patch:  # in the outbox; no worker has reached it yet
        patch.setattr(sending, "_enqueue", lambda pk: None)
        message = queue_delivery(queued)
    chooser = reverse("wagtailadmin_choose_page_search") + "?q=ประชุมผู้บริหาร"
    client.force_login(pr)
    assert TITLE in client.get(chooser).content.decode()

    withdraw_over_http(client, newsroom.users["director"], story)
    client.force_login(pr)
    assert TITLE not in client.get(chooser).content.decode()
    child_listing = reverse("wagtailadmin_choose_page_child", args=[story.get_parent().pk])
    assert TITLE not in client.get(child_listing).content.decode()
    # The release screen refuses to send it.
    response = client.post(reverse("network_release", args=[story.pk]), {}, follow=True)
    assert "ส่งได้เฉพาะข่าวที่เผยแพร่บนเว็บไซต์แล้ว" in response.content.decode()
    # What was queued before the withdrawal is not sent.
    assert sending.send(message.pk) == "cancelled"
    queued.refresh_from_db()
    assert queued.status == DeliveryStatus.SKIPPED
    assert queued.skip_reason == "ข่าวถูกถอนการเผยแพร่แล้ว"


def test_one_rule_decides_withdrawn(newsroom, story):
    assert not is_withdrawn(story)
    withdraw_page(story, newsroom.users["director"], EXPLANATION)
    assert is_withdrawn(story)
    story.refresh_from_db()
    assert not story.live
    pages = Page.objects.filter(title__in=[TITLE, "ข่าวที่ยังเผยแพร่อยู่"])
    assert list(exclude_withdrawn(pages).values_list("title", flat=True)) == ["ข่าวที่ยังเผยแพร่อยู่"]
    # Rows that point at a page filter the same way.
    PageCorrection.objects.create(page=story, note="แก้ไขวันประชุม", published_at=timezone.now())
    assert not exclude_withdrawn(PageCorrection.objects.all(), "page_id").exists()


def test_withdrawing_cancels_a_change_waiting_for_approval(office, publish_through_workflow, client):
    page, _first = publish_through_workflow()
    page.intro = "ฉบับแก้ไขที่ยังรออนุมัติ"
    page.save_revision(user=office.users["editor"])
    page.get_workflow().start(page, office.users["editor"])
    waiting = PublicationRequest.objects.get(page=page, status=PublicationRequest.Status.GROUP_REVIEW)

    withdraw_over_http(client, office.users["director"], page)
    waiting.refresh_from_db()
    assert waiting.status == PublicationRequest.Status.CANCELLED
    assert (
        not WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()
    )


def _queries(client, url, status):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == status
    return len(captured)


def test_a_withdrawn_page_costs_a_fixed_and_small_number_of_queries(newsroom, story, client):
    withdraw_page(story, newsroom.users["director"], EXPLANATION)
    now = timezone.now()
    PageCorrection.objects.create(page=story, note="แก้ไขครั้งที่ 1", published_at=now)
    client.get(story.url)  # warm the site's caches
    few = _queries(client, story.url, 410)
    PageCorrection.objects.bulk_create(
        PageCorrection(page=story, note=f"แก้ไขครั้งที่ {n}", published_at=now) for n in range(2, 101)
    )
    assert _queries(client, story.url, 410) == few
    # Wagtail's routing through the tree, the site's header and footer, one withdrawal, the notes.
    assert few <= 20
    assert "แก้ไขครั้งที่ 100" in client.get(story.url).content.decode()


def test_listings_cost_the_same_queries_before_and_after_a_withdrawal(newsroom, story, make_news, client):
    for n in range(5):
        make_news(f"ข่าวเพิ่มเติม {n}", published=PUBLISHED)
    urls = ["/", "/news/", "/news/feed/", "/news/activities/", "/sitemap.xml"]
    for url in urls:
        client.get(url)
    before = {url: _queries(client, url, 200) for url in urls}
    withdraw_page(story, newsroom.users["director"], EXPLANATION)
    after = {url: _queries(client, url, 200) for url in urls}
    # Never more; sections that had only the withdrawn item now render nothing.
    assert all(after[url] <= before[url] for url in urls), (before, after)


@pytest.mark.parametrize("username", ["editor", "groupdirector", "pr"])
def test_roles_without_the_right_cannot_withdraw(newsroom, story, client, username):
    url = reverse("publishing_withdraw_page", args=[story.pk])
    client.force_login(newsroom.users[username])
    assert refused(client.get(url))
    assert refused(client.post(url, {"explanation": "ถอนโดยไม่มีสิทธิ์"}))
    assert not PageWithdrawal.objects.exists()
    story.refresh_from_db()
    assert story.live


def test_the_home_page_cannot_be_withdrawn(newsroom, client):
    client.force_login(newsroom.users["director"])
    url = reverse("publishing_withdraw_page", args=[newsroom.home_page.pk])
    assert refused(client.post(url, {"explanation": "ทดสอบ"}))
    assert not PageWithdrawal.objects.exists()


# --- reinstatement ------------------------------------------------------------------------------


@pytest.fixture
def withdrawn(office, publish_through_workflow, client):
    page, _pr = publish_through_workflow()
    withdraw_over_http(client, office.users["webmaster"], page)
    page.refresh_from_db()
    assert not page.live
    return page


@pytest.mark.parametrize("username", ["editor", "groupdirector", "pr", "webmaster"])
def test_roles_without_the_right_cannot_ask_for_reinstatement(office, withdrawn, client, username):
    url = reverse("publishing_reinstate_page", args=[withdrawn.pk])
    client.force_login(office.users[username])
    assert refused(client.get(url))
    assert refused(client.post(url, {"note": "ขอเผยแพร่อีกครั้ง"}))
    withdrawal = PageWithdrawal.objects.get(page=withdrawn)
    assert withdrawal.reinstatement_requested_at is None
    # Nor do they see the button on the page.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[withdrawn.pk])).content.decode()
    assert url not in edit


def test_reinstatement_only_for_a_withdrawn_page(office, publish_through_workflow, client):
    page, _pr = publish_through_workflow()
    client.force_login(office.users["director"])
    assert client.get(reverse("publishing_reinstate_page", args=[page.pk])).status_code == 404


def test_the_director_reinstates_through_the_workflow(office, withdrawn, client, run):
    users = office.users
    url = reverse("publishing_reinstate_page", args=[withdrawn.pk])
    # The office director finds the action on the page (as an administrator would).
    client.force_login(users["admin"])
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[withdrawn.pk])).content.decode()

    client.force_login(users["director"])
    page_html = client.get(url).content.decode()
    assert EXPLANATION in page_html and "ขอยกเลิกการถอนข้อมูล" in page_html
    response = client.post(url, {"note": "แก้ไขวันประชุมเป็น 4 ธันวาคม 2569 แล้วส่งขออนุมัติ"})
    assert response.status_code == 302
    withdrawal = PageWithdrawal.objects.get(page=withdrawn)
    assert withdrawal.reinstatement_requested_by == users["director"]
    assert withdrawal.reinstated_at is None
    request_entry = PageLogEntry.objects.get(page=withdrawn, action=LOG_REINSTATEMENT_REQUEST)
    assert request_entry.user == users["director"]
    # Asking is not publishing: the address still answers 410.
    client.logout()
    assert client.get(withdrawn.url).status_code == 410

    # The editor sees the withdrawal and the director's request on the page, corrects and submits.
    client.force_login(users["editor"])
    edit_html = client.get(reverse("wagtailadmin_pages:edit", args=[withdrawn.pk])).content.decode()
    assert "หน้านี้ถอนการเผยแพร่แล้ว" in edit_html
    assert "แก้ไขวันประชุมเป็น 4 ธันวาคม 2569 แล้วส่งขออนุมัติ" in edit_html
    response = run(
        client.post,
        reverse("wagtailadmin_pages:edit", args=[withdrawn.pk]),
        edit_data(withdrawn, intro="ประกาศฉบับแก้ไข ประชุมวันที่ 4 ธันวาคม 2569", **{"action-submit": "1"}),
    )
    assert response.status_code == 302

    # Both steps approve; the last approval publishes and closes the withdrawal.
    client.force_login(users["groupdirector"])
    run(client.post, action_url(withdrawn, "approve", task_state_of(withdrawn)), {"comment": "ถูกต้อง"})
    withdrawal.refresh_from_db()
    assert withdrawal.reinstated_at is None
    client.force_login(users["director"])
    run(client.post, action_url(withdrawn, "approve", task_state_of(withdrawn)), {"comment": "อนุญาต"})

    withdrawn.refresh_from_db()
    assert withdrawn.live
    withdrawal.refresh_from_db()
    assert withdrawal.reinstated_at is not None
    assert withdrawal.reinstated_by == users["director"]
    assert not is_withdrawn(withdrawn)
    entry = PageLogEntry.objects.get(page=withdrawn, action=LOG_REINSTATE)
    assert entry.user == users["director"]

    client.logout()
    response = client.get(withdrawn.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "ประกาศฉบับแก้ไข ประชุมวันที่ 4 ธันวาคม 2569" in content
    assert "ข้อมูลนี้ถอนการเผยแพร่แล้ว" not in content
    assert withdrawn.url in client.get(office.departments["general-administration"].url).content.decode()
    assert type(withdrawn).get_indexed_objects().filter(pk=withdrawn.pk).exists()


def test_a_rejected_reinstatement_keeps_the_page_withdrawn(office, withdrawn, client, run):
    users = office.users
    withdrawn.save_revision(user=users["editor"])
    withdrawn.get_workflow().start(withdrawn, users["editor"])
    client.force_login(users["groupdirector"])
    run(client.post, action_url(withdrawn, "approve", task_state_of(withdrawn)), {"comment": "ถูกต้อง"})
    client.force_login(users["director"])
    run(
        client.post,
        action_url(withdrawn, "reject", task_state_of(withdrawn)),
        {"comment": "ยังไม่ได้แก้ไขวันประชุม"},
    )
    assert is_withdrawn(withdrawn)
    client.logout()
    assert client.get(withdrawn.url).status_code == 410
