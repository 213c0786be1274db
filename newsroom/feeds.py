"""``/news/feed/``: RSS 2.0 of the latest news, for readers and the OBEC aggregator."""

from django.http import HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from home.models import OfficeSettings
from home.site_url import absolute_url
from newsroom.listing import site_news, site_root_for

FEED_LENGTH = 20


def build_feed(request, index):
    site = Site.find_for_request(request)
    office = OfficeSettings.for_request(request) if site else None
    office_name = office.office_name if office else index.title
    index_url = absolute_url(index)
    feed = Rss201rev2Feed(
        title=f"{index.title} — {office_name}",
        link=index_url,
        description=index.intro or f"ข่าวประชาสัมพันธ์ของ{office_name}",
        language="th",
        feed_url=absolute_url(request.path),
    )
    news = site_news(site_root_for(index, request))[:FEED_LENGTH]
    for item in news:
        url = absolute_url(item)
        feed.add_item(
            title=item.title,
            link=url,
            description=item.intro or item.search_description or item.title,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=item.first_published_at,
            updateddate=item.last_published_at,
            categories=[item.get_stream_display(), item.get_product_display()],
        )
    return feed


def rss_response(request, index):
    feed = build_feed(request, index)
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
