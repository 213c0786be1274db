"""Channel log, coverage clippings, the per-page summary and the yearly counts per channel."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from home.models import StandardPage
from network.channels import channel_counts, clipping_count
from network.delivery import send_release
from network.models import (
    Channel,
    ChannelLog,
    CoverageClipping,
    Delivery,
    DeliveryStatus,
    MediaContact,
    MediaOutlet,
)

pytestmark = pytest.mark.django_db

TZ = timezone.get_current_timezone()


def _at(year, month, day):
    return datetime.datetime(year, month, day, 10, 0, tzinfo=TZ)


def _news(demo, slug, published):
    return demo.page(demo.home_page, StandardPage, slug, title=f"ข่าว {slug}", first_published_at=published)


@pytest.fixture
def year_2569(demo, news_model):
    """Fiscal year 2569 = 1 Oct 2025 – 30 Sep 2026, with items inside and just outside it."""
    inside = [_news(demo, f"news-{n}", _at(2025, 10, 1) + datetime.timedelta(days=30 * n)) for n in range(3)]
    before = _news(demo, "news-before", _at(2025, 9, 30))
    after = _news(demo, "news-after", _at(2026, 10, 1))
    draft = demo.page(demo.home_page, StandardPage, "news-draft", publish=False, title="ร่างข่าว")
    return {"inside": inside, "before": before, "after": after, "draft": draft}


def test_channel_counts_counts_items_per_channel_in_the_fiscal_year(demo, year_2569):
    inside, pr = year_2569["inside"], demo.users["pr"]
    # Facebook: two items, one of them posted twice (still one item); LINE PR: one item.
    ChannelLog.objects.create(
        page=inside[0], channel=Channel.FACEBOOK, published_at=_at(2025, 10, 1), recorded_by=pr
    )
    ChannelLog.objects.create(
        page=inside[0], channel=Channel.FACEBOOK, published_at=_at(2025, 10, 2), recorded_by=pr
    )
    ChannelLog.objects.create(
        page=inside[1], channel=Channel.FACEBOOK, published_at=_at(2026, 9, 30), recorded_by=pr
    )
    ChannelLog.objects.create(
        page=inside[1], channel=Channel.LINE_PR, published_at=_at(2026, 1, 5), recorded_by=pr
    )
    # Outside the year: not counted.
    ChannelLog.objects.create(
        page=year_2569["after"], channel=Channel.FACEBOOK, published_at=_at(2026, 10, 1)
    )
    ChannelLog.objects.create(page=year_2569["before"], channel=Channel.RADIO, published_at=_at(2025, 9, 30))

    counts = channel_counts(2569)
    assert set(counts) == set(Channel.values)
    assert counts[Channel.WEBSITE] == 3  # live news first published in the year, not the draft
    assert counts[Channel.FACEBOOK] == 2
    assert counts[Channel.LINE_PR] == 1
    assert counts[Channel.RADIO] == 0
    assert counts[Channel.EMAIL] == 0
    assert channel_counts(2570)[Channel.FACEBOOK] == 1


def test_email_counts_items_with_a_delivery_sent_in_the_year(register, year_2569):
    inside = year_2569["inside"]
    contacts = list(MediaContact.objects.filter(consent=True, active=True)[:3])
    send_release(inside[0], register.users["pr"], contacts=contacts)
    send_release(inside[1], register.users["pr"], contacts=contacts[:1])
    Delivery.objects.filter(release__page=inside[1]).update(sent_at=_at(2025, 9, 1))  # sent before the year
    send_release(inside[2], register.users["pr"], contacts=contacts[:1])
    Delivery.objects.filter(release__page=inside[2]).update(status=DeliveryStatus.FAILED, sent_at=None)
    Delivery.objects.filter(release__page=inside[0]).update(sent_at=_at(2026, 2, 1))
    assert channel_counts(2569)[Channel.EMAIL] == 1


def test_clippings_are_counted_per_fiscal_year(register):
    outlet = MediaOutlet.objects.get(name="หนังสือพิมพ์ไทยรัฐ")
    CoverageClipping.objects.all().delete()
    CoverageClipping.objects.create(outlet=outlet, headline="ก", published_on=datetime.date(2025, 10, 1))
    CoverageClipping.objects.create(outlet=outlet, headline="ข", published_on=datetime.date(2026, 9, 30))
    CoverageClipping.objects.create(outlet=outlet, headline="ค", published_on=datetime.date(2026, 10, 1))
    assert clipping_count(2569) == 2
    assert clipping_count(2570) == 1


def test_the_officer_records_a_channel_log_and_it_remembers_who(register, news_page, login):
    pr = register.users["pr"]
    client = login(pr)
    add_url = reverse("wagtailsnippets_network_channellog:add") + f"?page={news_page.pk}"
    form = client.get(add_url)
    assert form.status_code == 200
    response = client.post(
        add_url,
        {
            "page": news_page.pk,
            "channel": Channel.RADIO,
            "published_at": "20/11/2569 07:30",
            "link": "",
            "note": "รายการข่าวเช้า สถานีวิทยุเกษตร",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    log = ChannelLog.objects.get(page=news_page, channel=Channel.RADIO)
    assert log.recorded_by == pr
    assert log.note == "รายการข่าวเช้า สถานีวิทยุเกษตร"


def test_the_page_summary_shows_channels_clippings_and_email_progress(register, news_page, login):
    pr = register.users["pr"]
    ChannelLog.objects.create(
        page=news_page, channel=Channel.LINE_FAMILY, recorded_by=pr, note="ส่งในกลุ่ม Family"
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


def test_website_and_email_are_not_offered_in_the_hand_log(register, news_page, login):
    form = login(register.users["pr"]).get(reverse("wagtailsnippets_network_channellog:add")).content.decode()
    assert 'value="facebook"' in form and 'value="obec_website"' in form
    assert 'value="website"' not in form and 'value="email"' not in form
