"""Corrections and withdrawals: public, dated in BE, and kept as records."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.thai_dates import thai_date
from publishing.models import PageCorrection, PageWithdrawal, PublicationRequest
from tests import factories
from tests.publishing.helpers import approve_current_task

pytestmark = pytest.mark.django_db


def submit_edit(client, page, **fields):
    data = nested_form_data(
        {
            "title": fields.get("title", page.title),
            "slug": page.slug,
            "intro": fields.get("intro", page.intro),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "disclosure_category": str(factories.disclosure_category().pk),
            "action-submit": "1",
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_republishing_a_live_page_asks_for_a_public_correction_note(office, publish_through_workflow, client):
    page, _first = publish_through_workflow()
    client.force_login(office.users["editor"])
    response = submit_edit(client, page, intro="ขยายเวลารับสมัครถึงวันที่ 4 ธันวาคม 2569")
    note_url = reverse("publishing_correction_note", args=[page.pk])
    assert response.status_code == 302
    assert response.url.startswith(note_url)
    # An empty note is refused with a Thai message.
    response = client.post(note_url, {"note": ""})
    assert response.status_code == 200
    assert "กรุณาสรุปสั้น ๆ ว่าแก้ไขอะไร" in response.content.decode()
    response = client.post(note_url, {"note": "แก้ไขวันปิดรับ"})
    assert response.status_code == 302
    # Asked again (e.g. after being sent back): the one pending note is shown and updated.
    assert "แก้ไขวันปิดรับ" in client.get(note_url).content.decode()
    client.post(note_url, {"note": "แก้ไขวันปิดรับสมัครจาก 3 เป็น 4 ธันวาคม 2569"})
    correction = PageCorrection.objects.get(page=page)
    assert correction.published_at is None

    # Not shown before the change is approved and live.
    client.logout()
    assert "แก้ไขเพิ่มเติม" not in client.get(page.url).content.decode()

    approve_current_task(page, office.users["groupdirector"])
    approve_current_task(page, office.users["director"])
    correction.refresh_from_db()
    assert correction.published_at is not None
    content = client.get(page.url).content.decode()
    assert "แก้ไขเพิ่มเติม" in content
    assert "แก้ไขวันปิดรับสมัครจาก 3 เป็น 4 ธันวาคม 2569" in content
    assert thai_date(correction.published_at) in content
    # Two runs, two requests: the record of the change is kept as well.
    assert PublicationRequest.objects.filter(page=page).count() == 2


def test_a_first_submission_is_not_asked_for_a_note(office, make_draft, client):
    page = make_draft()
    client.force_login(office.users["editor"])
    response = submit_edit(client, page)
    assert response.status_code == 302
    assert "correction" not in response.url


def test_correction_note_refused_to_other_groups(office, publish_through_workflow, client):
    page, _pr = publish_through_workflow()
    client.force_login(office.users["editor2"])
    response = client.post(reverse("publishing_correction_note", args=[page.pk]), {"note": "ข้อความแปลกปลอม"})
    assert response.status_code in (302, 403)
    assert not PageCorrection.objects.exists()


def test_withdrawal_answers_with_a_public_banner(office, publish_through_workflow, client):
    page, _pr = publish_through_workflow()
    url = reverse("publishing_withdraw_page", args=[page.pk])
    # Editors and group directors may not withdraw.
    for username in ("editor", "groupdirector"):
        client.force_login(office.users[username])
        assert client.post(url, {"explanation": "ทดสอบ"}).status_code in (302, 403)
    assert not PageWithdrawal.objects.exists()

    client.force_login(office.users["webmaster"])
    assert "ถอนข้อมูลพร้อมคำชี้แจง" in client.get(url).content.decode()
    response = client.post(url, {"explanation": ""})
    assert response.status_code == 200
    assert "กรุณาระบุคำชี้แจงต่อสาธารณะ" in response.content.decode()
    response = client.post(url, {"explanation": "ประกาศนี้ถูกยกเลิกตามคำสั่งสำนักงานที่ 15/2570"})
    assert response.status_code == 302
    withdrawal = PageWithdrawal.objects.get(page=page)
    assert withdrawal.withdrawn_by == office.users["webmaster"]

    client.logout()
    response = client.get(page.url)
    assert response.status_code == 410  # Gone, with the reason (tests/publishing/test_withdrawal.py)
    content = response.content.decode()
    assert "ข้อมูลนี้ถอนการเผยแพร่แล้ว" in content
    assert "ประกาศนี้ถูกยกเลิกตามคำสั่งสำนักงานที่ 15/2570" in content
    assert thai_date(withdrawal.withdrawn_at) in content


def test_withdraw_button_only_for_those_allowed(office, publish_through_workflow, client):
    page, pr = publish_through_workflow()
    url = reverse("publishing_withdraw_page", args=[page.pk])
    inspect = reverse("publication_requests:inspect", args=[pr.pk])
    client.force_login(office.users["director"])
    assert url in client.get(inspect).content.decode()
    client.force_login(office.users["groupdirector"])
    assert url not in client.get(inspect).content.decode()
    # Administrators with the page tree see it in the page header too.
    client.force_login(office.users["admin"])
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_notices_cost_a_fixed_number_of_queries(office, publish_through_workflow, client):
    page, _pr = publish_through_workflow()
    now = timezone.now()
    PageCorrection.objects.create(page=page, note="แก้ไขครั้งที่ 1", published_at=now)
    client.get(page.url)  # warm caches (site root paths, settings)
    few = _queries_for(client, page.url)
    PageCorrection.objects.bulk_create(
        PageCorrection(page=page, note=f"แก้ไขครั้งที่ {n}", published_at=now) for n in range(2, 201)
    )
    many = _queries_for(client, page.url)
    assert many == few
    assert "แก้ไขครั้งที่ 200" in client.get(page.url).content.decode()


def test_a_publisher_republishing_directly_is_asked_too_and_the_note_shows_at_once(
    office, publish_through_workflow, client
):
    page, _pr = publish_through_workflow()
    client.force_login(office.users["admin"])
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "ปรับปรุงรายละเอียดการรับสมัคร",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    assert response.url.startswith(reverse("publishing_correction_note", args=[page.pk]))
    client.post(response.url, {"note": "ปรับปรุงรายละเอียดการรับสมัคร"})
    correction = PageCorrection.objects.get(page=page)
    assert correction.published_at is not None
    client.logout()
    assert "ปรับปรุงรายละเอียดการรับสมัคร" in client.get(page.url).content.decode()
