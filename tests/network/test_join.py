"""The public survey form /network/join/: pending applications, refusals in Thai, honeypot, rate
limit, PR officers notified; a PR officer accepts or refuses; nothing appears publicly."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from network.models import MemberStatus, NetworkMember

pytestmark = pytest.mark.django_db

URL = "/network/join/"


def _application(**values):
    data = {
        "name": "โรงเรียนบ้านควนขนุน",
        "member_type": "organisation",
        "scope": "internal",
        "kind": "school",
        "contact_person": "นางสาวมาลี ศรีสุข",
        "position": "ครูชำนาญการ",
        "phones": "081 234 5678",
        "email": "Malee.S@Example.com",
        "line_id": "malee.s",
        "address": "หมู่ 3 ตำบลควนขนุน อำเภอเขาชัยสน จังหวัดพัทลุง",
        "relay_channels": ["facebook", "line"],
        "consent": "on",
        "website": "",
    }
    data.update(values)
    return {k: v for k, v in data.items() if v is not None}


def test_the_form_is_public_thai_and_links_the_privacy_notice(demo, client, django_assert_max_num_queries):
    client.get(URL)  # warm the site and settings caches
    with django_assert_max_num_queries(6):
        response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "แบบสำรวจเครือข่ายการประชาสัมพันธ์" in page
    assert 'href="/about/privacy/"' in page
    assert 'type="file"' not in page
    assert "csrfmiddlewaretoken" in page
    # The form carries a CSRF token: it must never be cached for everybody.
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_an_application_waits_as_a_pending_member_and_the_pr_officers_are_told(demo, client):
    response = client.post(URL, _application())
    assert response.status_code == 302
    assert response["Location"] == reverse("network_join_thanks")
    member = NetworkMember.objects.get(name="โรงเรียนบ้านควนขนุน")
    assert member.status == MemberStatus.PENDING
    assert member.from_survey and member.submitted_at
    assert member.consent and member.consent_date
    assert member.phones == "081-234-5678"
    assert member.email == "malee.s@example.com"
    assert member.relay_channels == ["facebook", "line"]

    assert [m.to for m in mail.outbox] == [["pr@phatthalung2.example.go.th"]]
    assert "โรงเรียนบ้านควนขนุน" in mail.outbox[0].subject
    assert reverse("network_member_review", args=[member.pk]) in mail.outbox[0].body
    # Personal data stays out of the notification.
    assert "081-234-5678" not in mail.outbox[0].body

    thanks = client.get(response["Location"]).content.decode()
    assert "สำนักงานได้รับแบบสำรวจของท่านแล้ว" in thanks


REFUSALS = [
    ({"consent": None}, "โปรดให้ความยินยอมตามประกาศความเป็นส่วนตัวก่อนส่งแบบสำรวจ"),
    ({"phones": "1234"}, "หมายเลขโทรศัพท์ 1234 ไม่ถูกต้อง"),
    ({"email": "malee@"}, "อีเมลไม่ถูกต้อง"),
    ({"name": ""}, "โปรดระบุชื่อหน่วยงานหรือชื่อ-สกุล"),
    ({"contact_person": ""}, "โปรดระบุชื่อผู้ประสานงาน"),
    ({"email": ""}, "โปรดระบุอีเมล"),
    ({"relay_channels": ["carrier-pigeon"]}, "carrier-pigeon"),
]


@pytest.mark.parametrize(("values", "message"), REFUSALS, ids=[m[:20] for _v, m in REFUSALS])
def test_a_bad_application_is_refused_in_thai_and_nothing_is_saved(demo, client, values, message):
    response = client.post(URL, _application(**values))
    assert response.status_code == 200
    page = response.content.decode()
    assert "ยังส่งแบบสำรวจไม่ได้" in page
    assert message in page
    assert not NetworkMember.objects.exists()
    assert mail.outbox == []
    # What was typed is kept, so nothing is lost.
    if values.get("name", None) != "":
        assert "โรงเรียนบ้านควนขนุน" in page


def test_a_bot_filling_the_honeypot_sees_success_but_nothing_is_saved(demo, client):
    response = client.post(URL, _application(website="http://spam.example.com"))
    assert response.status_code == 302
    assert not NetworkMember.objects.exists()
    assert mail.outbox == []


def test_too_many_applications_from_one_address_are_refused_in_thai(demo, client):
    for number in range(5):
        client.post(URL, _application(name=f"โรงเรียนที่ {number}", email=f"s{number}@example.com"))
    assert NetworkMember.objects.count() == 5
    response = client.post(URL, _application(name="โรงเรียนที่ 6", email="s6@example.com"))
    assert response.status_code == 429
    assert "มีการส่งแบบสำรวจจากเครื่องนี้หลายครั้งเกินไป" in response.content.decode()
    assert NetworkMember.objects.count() == 5
    # Another address is not affected.
    other = client.post(URL, _application(name="โรงเรียนที่ 7", email="s7@example.com"), REMOTE_ADDR="10.0.0.7")
    assert other.status_code == 302


def test_the_application_never_appears_publicly(demo, client):
    client.post(URL, _application())
    for path in ["/", "/network/join/", "/about/", "/groups/general-administration/"]:
        assert "malee.s@example.com" not in client.get(path).content.decode()
        assert "นางสาวมาลี ศรีสุข" not in client.get(path).content.decode()


def test_the_pr_officer_accepts_an_application(demo, client, login):
    client.post(URL, _application())
    member = NetworkMember.objects.get()
    pr = demo.users["pr"]
    client = login(pr)
    inspect = client.get(
        reverse("wagtailsnippets_network_networkmember:inspect", args=[member.pk])
    ).content.decode()
    review_url = reverse("network_member_review", args=[member.pk])
    assert review_url in inspect
    assert (
        review_url
        in client.get(
            reverse("wagtailsnippets_network_networkmember:edit", args=[member.pk])
        ).content.decode()
    )
    review = client.get(review_url).content.decode()
    assert "รับเป็นสมาชิกเครือข่าย" in review and "081-234-5678" in review

    response = client.post(review_url, {"decision": "accept"}, follow=True)
    assert "รับ “โรงเรียนบ้านควนขนุน” เป็นสมาชิกเครือข่ายแล้ว" in response.content.decode()
    member.refresh_from_db()
    assert member.status == MemberStatus.ACTIVE
    assert member.reviewed_by == pr and member.reviewed_at and member.joined_on
    assert member.skip_reason() == ""
    # Decided once: a second decision is refused.
    client.post(review_url, {"decision": "refuse"})
    member.refresh_from_db()
    assert member.status == MemberStatus.ACTIVE


def test_the_pr_officer_refuses_an_application(demo, client, login):
    client.post(URL, _application())
    member = NetworkMember.objects.get()
    client = login(demo.users["pr"])
    client.post(reverse("network_member_review", args=[member.pk]), {"decision": "refuse"})
    member.refresh_from_db()
    assert member.status == MemberStatus.REFUSED
    assert member.skip_reason() == "สถานะไม่รับเป็นสมาชิก"
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(action="network.refuse", object_id=str(member.pk)).exists()


def test_a_second_identical_application_within_a_day_is_recognised_not_stored_twice(demo, client):
    assert client.post(URL, _application()).status_code == 302
    again = client.post(URL, _application(phones="0812345678", email="MALEE.S@example.com"), follow=True)
    assert "ได้รับแบบสำรวจฉบับนี้ไว้แล้ว" in again.content.decode()
    assert NetworkMember.objects.filter(name="โรงเรียนบ้านควนขนุน").count() == 1
    assert len(mail.outbox) == 1  # the PR officers are told once
    # A day later, or with other contact details, it is a new application.
    NetworkMember.objects.update(submitted_at=timezone.now() - timedelta(days=1, minutes=1))
    client.post(URL, _application())
    client.post(URL, _application(name="โรงเรียนบ้านควนขนุน", email="other@example.com"))
    assert NetworkMember.objects.filter(name="โรงเรียนบ้านควนขนุน").count() == 3


def test_the_applicant_is_told_the_decision_by_e_mail(demo, client, login, mailoutbox):
    client.post(URL, _application())
    member = NetworkMember.objects.get()
    mailoutbox.clear()  # the PR officers' notice of the new application
    client = login(demo.users["pr"])
    review_url = reverse("network_member_review", args=[member.pk])
    assert 'name="note"' in client.get(review_url).content.decode()

    response = client.post(review_url, {"decision": "accept", "note": "ยินดีต้อนรับสู่เครือข่าย"}, follow=True)

    assert "แจ้งผลทางอีเมลถึง malee.s@example.com แล้ว" in response.content.decode()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["malee.s@example.com"]
    assert message.subject == "ผลการสมัครเป็นเครือข่ายประชาสัมพันธ์ของสพป.พัทลุง เขต 2: รับเป็นสมาชิก"
    assert message.body.startswith("เรียน นางสาวมาลี ศรีสุข (โรงเรียนบ้านควนขนุน)")
    assert "ได้รับ โรงเรียนบ้านควนขนุน เป็นสมาชิกเครือข่ายประชาสัมพันธ์แล้ว" in message.body
    assert "ยินดีต้อนรับสู่เครือข่าย" in message.body
    assert "074-000-200" in message.body  # how to reach the office, for withdrawal under the PDPA


def test_a_refused_applicant_is_told_too_and_one_without_e_mail_is_phoned(demo, client, login, mailoutbox):
    client.post(URL, _application())
    with_mail = NetworkMember.objects.get()
    # A second application in the same minute would meet the form's rate limit: copy the first.
    without_mail = NetworkMember.objects.get()
    without_mail.pk, without_mail.name, without_mail.email, without_mail.phones = (
        None,
        "ร้านถ่ายเอกสารควนขนุน",
        "",
        "081-234-9999",
    )
    without_mail.save()
    mailoutbox.clear()
    client = login(demo.users["pr"])

    client.post(reverse("network_member_review", args=[with_mail.pk]), {"decision": "refuse"})
    assert [m.to for m in mailoutbox] == [["malee.s@example.com"]]
    assert mailoutbox[0].subject.endswith("ไม่รับเป็นสมาชิก")
    assert "ยังไม่สามารถรับเป็นสมาชิกได้ในครั้งนี้" in mailoutbox[0].body

    response = client.post(
        reverse("network_member_review", args=[without_mail.pk]), {"decision": "refuse"}, follow=True
    )
    assert "โปรดแจ้งผลทางโทรศัพท์ 081-234-9999" in response.content.decode()
    assert len(mailoutbox) == 1
