"""The office's channels as data, the channel log (pages and other items, one or many at once),
clippings and the per-page summary. The yearly counts are the PR report's (``tests/reports``)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from network.delivery import send_release
from network.models import Channel, ChannelKind, ChannelLog, CoverageClipping, MediaContact, MediaOutlet
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def radio(register):
    return Channel.objects.get(name="วิทยุ")


@pytest.fixture
def line_pr(register):
    return Channel.objects.get(name="กลุ่ม LINE ประชาสัมพันธ์")


def test_the_demo_loads_the_offices_channels_with_line_members(register):
    line = dict(Channel.objects.filter(kind=ChannelKind.LINE).values_list("name", "members"))
    assert line["กลุ่ม LINE สพป.พัทลุง เขต 2"] == 61
    assert line["กลุ่ม LINE ผู้บริหาร สพป.พัทลุง เขต 2"] == 87
    # The newsletter is no logged channel: the report counts its issues (tests/newsletter).
    assert Channel.objects.filter(kind=ChannelKind.FACEBOOK).exists()


def test_the_pr_officer_adds_a_channel(register, login):
    response = login(register.users["pr"]).post(
        reverse("wagtailsnippets_network_channel:add"),
        {
            "name": "กลุ่ม LINE ครูแกนนำ",
            "kind": ChannelKind.LINE,
            "members": "152",
            "link": "",
            "active": "on",
            "sort_order": "64",
        },
    )
    assert response.status_code == 302
    assert Channel.objects.get(name="กลุ่ม LINE ครูแกนนำ").members == 152


def test_the_officer_records_a_channel_log_and_it_remembers_who(register, news_page, radio, login):
    pr = register.users["pr"]
    client = login(pr)
    add_url = reverse("wagtailsnippets_network_channellog:add") + f"?page={news_page.pk}"
    assert client.get(add_url).status_code == 200
    response = client.post(
        add_url,
        {
            "page": news_page.pk,
            "title": "",
            "channel": radio.pk,
            "published_at": "20/11/2569 07:30",
            "link": "",
            "note": "รายการข่าวเช้า สถานีวิทยุเกษตร",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    log = ChannelLog.objects.get(page=news_page, channel=radio)
    assert log.recorded_by == pr
    assert log.note == "รายการข่าวเช้า สถานีวิทยุเกษตร"


def test_an_item_that_is_not_a_page_is_logged_by_its_title(register, line_pr, login):
    client = login(register.users["pr"])
    url = reverse("wagtailsnippets_network_channellog:add")
    data = {
        "page": "",
        "title": "",
        "channel": line_pr.pk,
        "published_at": "20/11/2569 09:00",
        "link": "",
        "note": "",
    }
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "กรุณาเลือกข่าวในเว็บไซต์ หรือกรอกชื่อเรื่องที่เผยแพร่" in refused.content.decode()
    assert not ChannelLog.objects.filter(published_at__date=datetime.date(2026, 11, 20)).exists()
    data["title"] = "โรงเรียนบ้านควนขนุนชวนร่วมงานวันวิทยาศาสตร์"
    assert client.post(url, data).status_code == 302
    log = ChannelLog.objects.get(title="โรงเรียนบ้านควนขนุนชวนร่วมงานวันวิทยาศาสตร์")
    assert log.page is None and log.item_title() == log.title and log.channel == line_pr


def test_a_retired_channel_is_not_offered_for_new_entries(register, radio, login):
    radio.active = False
    radio.save()
    form = login(register.users["pr"]).get(reverse("wagtailsnippets_network_channellog:add")).content.decode()
    assert f'<option value="{radio.pk}"' not in form
    assert "กลุ่ม LINE ประชาสัมพันธ์" in form


def test_many_items_are_logged_on_one_channel_at_once(register, news_index, line_pr, login):
    pages = [factories.news_page(news_index, title=f"ข่าวกิจกรรมโรงเรียน {n}") for n in range(3)]
    client = login(register.users["pr"])
    url = reverse("network_bulk_log")
    form = client.get(url).content.decode()
    assert all(page.title in form for page in pages)
    response = client.post(
        url,
        {
            "channel": line_pr.pk,
            "published_at": "25/11/2569 15:00",
            "pages": [pages[0].pk, pages[2].pk],
            "other_titles": "ข่าวโรงเรียนวัดป่าบอน\n\nข่าวโรงเรียนบ้านโหล๊ะจันกระ\n",
            "note": "ส่งต่อในกลุ่ม",
        },
    )
    assert response.status_code == 302
    logs = ChannelLog.objects.filter(channel=line_pr, note="ส่งต่อในกลุ่ม")
    assert sorted(log.item_title() for log in logs) == sorted(
        [pages[0].title, pages[2].title, "ข่าวโรงเรียนวัดป่าบอน", "ข่าวโรงเรียนบ้านโหล๊ะจันกระ"]
    )
    assert {log.recorded_by for log in logs} == {register.users["pr"]}
    assert {timezone.localtime(log.published_at).hour for log in logs} == {15}


def test_bulk_logging_with_nothing_ticked_is_refused_in_thai_and_saves_nothing(register, line_pr, login):
    before = ChannelLog.objects.count()
    response = login(register.users["pr"]).post(
        reverse("network_bulk_log"),
        {"channel": line_pr.pk, "published_at": "25/11/2569 15:00", "other_titles": ""},
    )
    assert response.status_code == 200
    assert "กรุณาเลือกข่าวอย่างน้อยหนึ่งเรื่อง" in response.content.decode()
    assert ChannelLog.objects.count() == before


def test_bulk_logging_takes_be_dates_and_refuses_a_christian_era_year(register, news_index, line_pr, login):
    page = factories.news_page(news_index, title="ข่าวกิจกรรมวันลอยกระทง")
    client = login(register.users["pr"])
    form = client.get(reverse("network_bulk_log")).content.decode()
    assert 'type="datetime-local"' not in form and 'placeholder="วว/ดด/ปปปป ชช:นน"' in form
    data = {"channel": line_pr.pk, "published_at": "25/11/2026 15:00", "pages": [page.pk], "note": "ปีผิด"}
    refused = client.post(reverse("network_bulk_log"), data)
    assert refused.status_code == 200
    assert "เป็นปีคริสต์ศักราช กรุณาพิมพ์ปีพุทธศักราช (2569)" in refused.content.decode()
    assert not ChannelLog.objects.filter(note="ปีผิด").exists()


def test_the_page_summary_shows_channels_clippings_and_email_progress(register, news_page, login):
    pr = register.users["pr"]
    ChannelLog.objects.create(
        page=news_page,
        channel=Channel.objects.get(name="กลุ่ม LINE Family"),
        recorded_by=pr,
        note="ส่งในกลุ่ม Family",
    )
    CoverageClipping.objects.create(
        outlet=MediaOutlet.objects.get(name="หนังสือพิมพ์เดลินิวส์"),
        page=news_page,
        headline="ผู้บริหารโรงเรียนพัทลุงเขต 2 ร่วมประชุม",
        published_on=datetime.date(2026, 11, 21),
        page_number="หน้า 9",
    )
    send_release(news_page, pr, contacts=MediaContact.objects.filter(consent=True, active=True)[:2])
    page = login(pr).get(reverse("network_page_channels", args=[news_page.pk])).content.decode()
    assert "กลุ่ม LINE Family" in page and "ส่งในกลุ่ม Family" in page
    assert "หนังสือพิมพ์เดลินิวส์" in page and "21 พฤศจิกายน 2569" in page and "หน้า 9" in page
    assert "อีเมล: ส่งแล้ว 2 ราย" in page
    assert "บันทึกโดย จ่าเอกสุริยนต์ ชมภู" in page
