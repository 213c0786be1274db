"""The page cache serves anonymous readers without the database, and nobody else."""

import pytest
from django.test import override_settings

from caching import store
from caching.middleware import CACHE_HEADER

pytestmark = pytest.mark.django_db


def test_second_visit_is_served_from_the_cache_without_a_query(
    newsroom, make_news, anonymous, django_assert_num_queries
):
    make_news("ประกาศผลการสอบคัดเลือกครูผู้ช่วย")
    first = anonymous("/news/")
    assert first.status_code == 200 and first[CACHE_HEADER] == "miss"
    with django_assert_num_queries(0):
        second = anonymous("/news/")
    assert second[CACHE_HEADER] == "hit"
    assert "ประกาศผลการสอบคัดเลือกครูผู้ช่วย" in second.content.decode()
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=300" in second["Cache-Control"]


def test_each_query_string_is_its_own_entry(newsroom, make_news, anonymous):
    for number in range(14):
        make_news(f"ข่าวที่ {number}")
    assert anonymous("/news/")[CACHE_HEADER] == "miss"
    second_page = anonymous("/news/?page=2")
    assert second_page[CACHE_HEADER] == "miss" and "ข่าวที่ 0" in second_page.content.decode()
    assert anonymous("/news/?page=2")[CACHE_HEADER] == "hit"


def test_routes_feed_and_sitemap_are_cached(newsroom, make_news, anonymous):
    make_news("ข่าวในฟีด")
    for url in ("/news/feed/", "/news/activities/", "/sitemap.xml"):
        assert anonymous(url)[CACHE_HEADER] == "miss", url
        assert anonymous(url)[CACHE_HEADER] == "hit", url


def test_conditional_get_answers_304_from_the_etag_and_last_modified(newsroom, anonymous):
    first = anonymous("/about/structure/")
    assert first["ETag"] and first["Last-Modified"]
    assert anonymous("/about/structure/", if_none_match=first["ETag"]).status_code == 304
    assert anonymous("/about/structure/", if_modified_since=first["Last-Modified"]).status_code == 304


def test_logged_in_users_and_sessions_bypass_the_cache(demo, anonymous, login):
    anonymous("/about/structure/")
    assert anonymous("/about/structure/")[CACHE_HEADER] == "hit"
    staff = login(demo.users["editor"]).get("/about/structure/")
    assert CACHE_HEADER not in staff
    assert "private" in staff["Cache-Control"] and "public" not in staff["Cache-Control"]


def test_a_one_time_message_is_never_served_to_others(demo, client):
    client.cookies["messages"] = "something"
    response = client.get("/about/structure/")
    assert CACHE_HEADER not in response and "private" in response["Cache-Control"]


def test_forms_with_a_csrf_token_are_never_stored(demo, anonymous):
    response = anonymous("/network/join/")
    assert response.status_code == 200 and "csrfmiddlewaretoken" in response.content.decode()
    assert "public" not in response["Cache-Control"]
    assert CACHE_HEADER not in anonymous("/network/join/")


def test_admin_and_previews_are_never_stored(demo, anonymous):
    response = anonymous("/admin/login/")
    assert CACHE_HEADER not in response and CACHE_HEADER not in anonymous("/admin/login/")


def test_a_response_rendered_while_a_purge_ran_is_not_kept(demo, rf):
    request = rf.get("/about/structure/")
    key = store.url_key(request)
    _, state = store.fetch(key)
    store.purge_tags({"page:0001"})  # a publish commits while the page renders
    from django.http import HttpResponse

    assert store.save(key, HttpResponse("old"), {"site"}, state) is False
    assert store.fetch(key)[0] is None


def test_an_emptied_token_store_forgets_every_page(demo, anonymous):
    anonymous("/about/structure/")
    store.tags_cache().clear()
    assert anonymous("/about/structure/")[CACHE_HEADER] == "miss"


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_cache_can_be_switched_off(demo, anonymous):
    anonymous("/about/structure/")
    assert CACHE_HEADER not in anonymous("/about/structure/")


def test_the_thai_font_is_preloaded_not_discovered_late(demo, anonymous):
    body = anonymous("/about/structure/").content.decode()
    assert 'rel="preload"' in body and "sarabun-thai-400-normal.woff2" in body and 'as="font"' in body


def test_a_hit_carries_the_security_headers_it_was_rendered_with_without_building_them(
    demo, anonymous, monkeypatch
):
    first = anonymous("/about/structure/")
    import csp.middleware

    built = []
    original = csp.middleware.build_policy
    monkeypatch.setattr(csp.middleware, "build_policy", lambda **kw: built.append(kw) or original(**kw))
    second = anonymous("/about/structure/")
    assert second[CACHE_HEADER] == "hit" and built == []
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options"):
        assert second[header] == first[header]
    assert "'unsafe-inline'" not in second["Content-Security-Policy"]


def test_a_new_release_never_reads_the_pages_of_the_old_one(demo, anonymous, monkeypatch):
    from caching import release

    assert anonymous("/about/structure/")[CACHE_HEADER] == "miss"
    assert anonymous("/about/structure/")[CACHE_HEADER] == "hit"
    monkeypatch.setattr(release, "fingerprint", lambda: "the-next-release")
    assert anonymous("/about/structure/")[CACHE_HEADER] == "miss"
    assert anonymous("/about/structure/")[CACHE_HEADER] == "hit"
