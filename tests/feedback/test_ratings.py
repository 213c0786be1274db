"""The satisfaction question on every public page: no login, no JavaScript, once per session,
rate limited, bots fooled, comments only for the PR officers; and the KPI it feeds."""

import datetime as dt
import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from feedback.figures import satisfaction
from feedback.models import Level, PageRating
from feedback.views import RATE_LIMIT
from reports.kpis import Scope
from reports.periods import report_period

pytestmark = pytest.mark.django_db

COMMENT = "อยากให้เพิ่มภาพกิจกรรมและรายชื่อโรงเรียนที่เข้าร่วม"


@pytest.fixture
def news(make_news):
    return make_news("ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570")


def test_every_public_page_asks_the_question_without_a_token(client, news, demo):
    for url in (news.url, demo.home_page.url):
        page = client.get(url).content.decode()
        assert "ท่านพึงพอใจต่อข้อมูลในหน้านี้เพียงใด" in page
        for label in ("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"):
            assert label in page
        assert "csrfmiddlewaretoken" not in page  # the public page stays cacheable
    assert f'action="{reverse("feedback_rate", args=[news.pk])}"' in client.get(news.url).content.decode()


def test_a_reader_rates_with_a_comment_and_the_pr_officers_are_told(client, news, demo):
    form = client.get(reverse("feedback_rate", args=[news.pk]), {"level": 4}).content.decode()
    assert 'value="4" id="id_level_1" checked' in form or ('value="4"' in form and "checked" in form)
    assert "csrfmiddlewaretoken" in form
    response = client.post(reverse("feedback_rate", args=[news.pk]), {"level": "4", "comment": COMMENT})
    assert response.status_code == 302
    assert response["Location"] == reverse("feedback_thanks", args=[news.pk])
    rating = PageRating.objects.get(page=news)
    assert (rating.level, rating.comment) == (Level.HIGH, COMMENT)
    assert len(rating.session_hash) == 64
    assert [message.to for message in mail.outbox] == [["pr@phatthalung2.example.go.th"]]
    assert COMMENT in mail.outbox[0].body and news.title in mail.outbox[0].subject
    # Never public: not on the page, not on the thanks page.
    assert COMMENT not in client.get(news.url).content.decode()
    assert COMMENT not in client.get(response["Location"]).content.decode()


def test_one_rating_per_page_per_session(client, news, make_news):
    url = reverse("feedback_rate", args=[news.pk])
    client.post(url, {"level": "5"})
    second = client.post(url, {"level": "1", "comment": "ลองอีกครั้ง"})
    assert second.status_code == 200
    assert "ท่านได้ให้ความเห็นต่อหน้านี้แล้ว" in second.content.decode()
    assert list(PageRating.objects.filter(page=news).values_list("level", flat=True)) == [5]
    other = make_news("มอบทุนการศึกษาแก่นักเรียน")
    assert client.post(reverse("feedback_rate", args=[other.pk]), {"level": "3"}).status_code == 302
    assert PageRating.objects.count() == 2


def test_a_missing_level_is_explained_in_thai_and_nothing_is_saved(client, news):
    response = client.post(reverse("feedback_rate", args=[news.pk]), {"comment": COMMENT})
    assert response.status_code == 200
    assert "กรุณาเลือกระดับความพึงพอใจ" in response.content.decode()
    assert COMMENT in response.content.decode()  # the reader's text is kept in the form
    assert not PageRating.objects.exists()


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored(client, news):
    response = client.post(reverse("feedback_rate", args=[news.pk]), {"level": "5", "website": "http://spam"})
    assert response.status_code == 302
    assert not PageRating.objects.exists()


def test_ratings_are_rate_limited_per_address(client, make_news):
    pages = [make_news(f"ข่าว {n}") for n in range(RATE_LIMIT + 1)]
    for page in pages[:RATE_LIMIT]:
        assert client.post(reverse("feedback_rate", args=[page.pk]), {"level": "5"}).status_code == 302
    refused = client.post(reverse("feedback_rate", args=[pages[-1].pk]), {"level": "5"})
    assert refused.status_code == 429
    assert "หลายครั้งเกินไป" in refused.content.decode()
    assert PageRating.objects.count() == RATE_LIMIT


def test_drafts_and_unknown_pages_cannot_be_rated(client, newsroom):
    from newsroom.models import NewsPage

    draft = NewsPage(title="ร่างข่าว", slug="draft-rating", live=False)
    newsroom.news_index.add_child(instance=draft)
    assert client.get(reverse("feedback_rate", args=[draft.pk])).status_code == 404
    assert client.post(reverse("feedback_rate", args=[999999]), {"level": "5"}).status_code == 404


def test_only_pr_officers_read_the_ratings_in_the_admin(news, demo, login):
    PageRating.objects.create(page=news, level=Level.MEDIUM, comment=COMMENT, session_hash="x" * 64)
    listing = login(demo.users["pr"]).get(reverse("page_ratings:index"))
    assert listing.status_code == 200 and COMMENT in listing.content.decode()
    label = json.dumps("ความพึงพอใจของผู้ใช้บริการ")[1:-1]
    assert label in login(demo.users["pr"]).get("/admin/").content.decode()
    for role in ("editor", "groupdirector", "webmaster"):
        client = login(demo.users[role])
        response = client.get(reverse("page_ratings:index"))
        assert response.status_code in (302, 403)
        assert COMMENT not in response.content.decode()
        assert label not in client.get("/admin/").content.decode()


def test_satisfaction_is_the_share_at_the_top_two_levels(news):
    zone = timezone.get_current_timezone()
    first = dt.datetime(2025, 10, 1, 0, 0, tzinfo=zone)
    levels = [Level.VERY_HIGH, Level.HIGH, Level.HIGH, Level.VERY_HIGH, Level.MEDIUM]
    for n, level in enumerate(levels):
        PageRating.objects.create(page=news, level=level, session_hash=f"{n:064d}", created_at=first)
    PageRating.objects.create(
        page=news,
        level=Level.VERY_LOW,
        session_hash="a" * 64,
        created_at=dt.datetime(2025, 9, 30, 23, 59, tzinfo=zone),
    )
    ratio = satisfaction(Scope(report_period(2569, "12m")))
    assert (ratio.hits, ratio.total, ratio.percent, ratio.meets_target) == (4, 5, 80.0, True)
    previous = satisfaction(Scope(report_period(2568, "12m")))
    assert (previous.hits, previous.total, previous.meets_target) == (0, 1, False)
