"""The newsroom's sections of the home page."""

from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def section_titles(response, template):
    for section in response.context["sections"]:
        if section.template == template:
            return [item.title for item in section.context["items"]]
    return None


def test_featured_news_lead_and_are_not_repeated_in_latest(newsroom, make_news, client):
    now = timezone.now()
    for n in range(8):
        make_news(f"ข่าวทั่วไป {n}", published=now - timedelta(hours=n + 1))
    make_news("ข่าวเด่นประจำสัปดาห์", featured=True, published=now)

    response = client.get("/")

    assert section_titles(response, "newsroom/sections/featured_news.html") == ["ข่าวเด่นประจำสัปดาห์"]
    latest = section_titles(response, "newsroom/sections/latest_news.html")
    assert latest == [f"ข่าวทั่วไป {n}" for n in range(6)]
    html = response.content.decode()
    assert html.index("ข่าวเด่น") < html.index("ข่าวประชาสัมพันธ์ล่าสุด")
    assert 'href="/news/">ดูข่าวทั้งหมด</a>' in html


def test_no_featured_section_without_featured_news(newsroom, make_news, client):
    make_news("ข่าวทั่วไป")
    response = client.get("/")
    assert section_titles(response, "newsroom/sections/featured_news.html") is None
    assert section_titles(response, "newsroom/sections/latest_news.html") == ["ข่าวทั่วไป"]
