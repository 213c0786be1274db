"""The issue's A4 PDF (Sarabun, Thai text extractable) and its e-mail (HTML and text), sent through
the network's distribution to chosen lists exactly once."""

import io
from datetime import date

import pypdf
import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from network import demo as network_demo
from network.delivery import send_release
from network.models import MediaContact, NetworkMember, RecipientList, Release
from newsletter.mail import mail_parts

pytestmark = pytest.mark.django_db

A4_POINTS = (595.28, 841.89)


def pdf_text(data):
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, "".join(page.extract_text() for page in reader.pages)


def squeeze(text):
    return "".join(text.split())


def test_the_public_pdf_is_a4_with_the_thai_text_of_every_item(letter, three_news, make_issue, client):
    issue = make_issue(
        [three_news[1], three_news[0], three_news[2]],
        editorial="ฉบับนี้รวบรวมข่าวเด่นของสำนักงานประจำเดือนพฤศจิกายน",
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
    )
    response = client.get(f"{issue.url}pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="newsletter-4-1.pdf"' in response["Content-Disposition"]
    reader, text = pdf_text(response.content)
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A4_POINTS
    flat = squeeze(text)
    assert "จดหมายข่าว" in flat and "ปีที่4ฉบับที่1" in flat and "30พฤศจิกายน2569" in flat
    assert squeeze("ฉบับนี้รวบรวมข่าวเด่นของสำนักงานประจำเดือนพฤศจิกายน") in flat
    positions = [flat.index(squeeze(page.title)) for page in (three_news[1], three_news[0], three_news[2])]
    assert positions == sorted(positions)  # the contents list them in the issue's order
    assert squeeze(three_news[1].intro) in flat
    assert "กลุ่มบริหารงานบุคคล" in flat
    assert squeeze(three_news[0].full_url) in flat


def test_the_admin_pdf_is_the_latest_draft_for_those_who_build(letter, three_news, make_issue, login):
    issue = make_issue([three_news[0]])
    draft = issue.get_latest_revision_as_object()
    draft.items = [*draft.items.all(), type(draft.items.first())(news=three_news[2], sort_order=1)]
    draft.save_revision(user=letter.users["pr"])
    response = login(letter.users["pr"]).get(reverse("newsletter_draft_pdf", args=[issue.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert squeeze(three_news[2].title) in squeeze(pdf_text(response.content)[1])


def test_the_mail_has_table_html_with_absolute_images_and_a_text_part(letter, three_news, make_issue):
    issue = make_issue(three_news, editorial="สวัสดีเครือข่ายประชาสัมพันธ์ทุกท่าน")
    subject, text, html = mail_parts(issue, recipient_name="โรงเรียนบ้านควนขนุน")
    assert subject == "[จดหมายข่าว] จดหมายข่าว สพป.พัทลุง เขต 2 ปีที่ 4 ฉบับที่ 1 (30 พฤศจิกายน 2569)"
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert '<table role="presentation"' in html and 'style="' in html
    assert "<link" not in html and "<script" not in html  # mail clients drop both
    images = [part.split('"')[0] for part in html.split('<img src="')[1:]]
    assert images and all(src.startswith(f"{base}/") and ".jpg" in src for src in images)
    assert 'alt="ภาพผู้เข้าร่วมกิจกรรม"' in html
    for page in three_news:
        assert page.title in html and page.title in text
        assert f'href="{page.full_url}"' in html and page.full_url in text
    assert f"{issue.full_url}pdf/" in text and f'href="{issue.full_url}pdf/"' in html
    assert "เรียน โรงเรียนบ้านควนขนุน" in text and "สวัสดีเครือข่ายประชาสัมพันธ์ทุกท่าน" in text
    assert "<" not in text  # plain text, nothing escaped
    assert "12 พฤศจิกายน 2569" in text


def test_the_distribution_sends_the_issue_to_chosen_lists_exactly_once(letter, three_news, make_issue, login):
    network_demo.load(letter)
    issue = make_issue(three_news)
    media = RecipientList.objects.get(name="สื่อมวลชนจังหวัดพัทลุง")
    partners = RecipientList.objects.get(name="โรงเรียนและภาคีเครือข่าย")
    client = login(letter.users["pr"])
    url = reverse("network_release", args=[issue.pk])
    assert "ส่งข่าวถึงเครือข่าย" in client.get(url).content.decode()
    assert client.post(url, {"lists": [media.pk, partners.pk]}).status_code == 302

    expected = set(
        MediaContact.objects.filter(active=True, consent=True)
        .exclude(email="")
        .values_list("email", flat=True)
    ) | set(NetworkMember.objects.filter(status="active", consent=True).values_list("email", flat=True))
    assert sorted(message.to[0] for message in mail.outbox) == sorted(expected)
    message = mail.outbox[0]
    assert message.subject.startswith("[จดหมายข่าว] จดหมายข่าว")
    assert three_news[1].title in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and three_news[2].title in html

    # Again, the same lists plus one of them a second time: nobody gets a second copy.
    client.post(url, {"lists": [media.pk, partners.pk]})
    send_release(issue, letter.users["pr"], lists=[partners])
    assert len(mail.outbox) == len(expected)
    assert Release.objects.get(page=issue).deliveries.filter(status="sent").count() == len(expected)


def test_a_draft_issue_cannot_be_sent(letter, three_news, make_issue, login):
    network_demo.load(letter)
    issue = make_issue(three_news, publish=False)
    media = RecipientList.objects.get(name="สื่อมวลชนจังหวัดพัทลุง")
    login(letter.users["pr"]).post(reverse("network_release", args=[issue.pk]), {"lists": [media.pk]})
    assert mail.outbox == [] and not Release.objects.filter(page=issue).exists()
