"""Writing news in the Wagtail admin: the rules reach the editor as Thai form errors."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from newsroom.models import NewsPage

pytestmark = pytest.mark.django_db


def news_form(**fields):
    data = {
        "title": "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 11/2569",
        "slug": "meeting-11-2569",
        "stream": "policy",
        "product": "press_release",
        "kind": "general",
        "intro": "ผู้อำนวยการ สพป. ประชุมผู้บริหารสถานศึกษา",
        "body": streamfield([("paragraph", rich_text("<p>ที่ประชุมรับทราบนโยบาย</p>"))]),
        "attachments": inline_formset([]),
        "tags": "ประชุม, ผู้บริหาร",
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_pr_officer_saves_a_draft_news_item_with_tags(newsroom, login):
    client = login(newsroom.users["pr"])
    response = client.post(f"/admin/pages/add/newsroom/newspage/{newsroom.news_index.pk}/", news_form())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = NewsPage.objects.get(slug="meeting-11-2569")
    assert not page.live
    assert sorted(tag.name for tag in page.get_latest_revision_as_object().tags.all()) == ["ประชุม", "ผู้บริหาร"]


def test_meeting_summary_without_times_is_refused_with_a_thai_message(newsroom, login):
    client = login(newsroom.users["pr"])
    response = client.post(
        f"/admin/pages/add/newsroom/newspage/{newsroom.news_index.pk}/", news_form(kind="meeting")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "ต้องระบุวันเวลาเริ่มกิจกรรม" in errors["event_start"][0]
    assert "ต้องระบุวันเวลาสิ้นสุดกิจกรรม" in errors["event_end"][0]
    assert not NewsPage.objects.filter(slug="meeting-11-2569").exists()


def test_group_editor_writes_news_in_their_group_room(newsroom, login):
    client = login(newsroom.users["editor2"])
    personnel = newsroom.departments["personnel"]
    response = client.post(
        f"/admin/pages/add/newsroom/newspage/{personnel.pk}/", news_form(slug="personnel-news")
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="personnel-news")
    assert page.get_parent().pk == personnel.pk
    assert page.owning_department == personnel
