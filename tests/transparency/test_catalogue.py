"""The catalogue: loaded by migrate, edited only by administrators and webmasters, copied per year."""

import pytest
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from publishing.models import DisclosureCategory
from tests.transparency.conftest import refused
from transparency.catalogue import COPY_ACTION, TargetYearNotEmpty, copy_year
from transparency.models import ItaItem, ItaSubIndicator

COPY_URL = "/admin/ita_copy_year/"


@pytest.mark.django_db
def test_the_2568_and_2569_lists_exist_after_migrate():
    assert ItaItem.objects.filter(fiscal_year=2568).count() == 27
    assert ItaItem.objects.filter(fiscal_year=2569).count() == 26
    assert ItaSubIndicator.objects.filter(fiscal_year=2569).count() == 7
    o4 = ItaItem.objects.select_related("sub_indicator").get(fiscal_year=2569, code="O4")
    assert o4.title == "ข่าวประชาสัมพันธ์"
    assert (o4.sub_indicator.code, o4.sub_indicator.title) == ("9.1", "ข้อมูลพื้นฐาน")
    o18 = ItaItem.objects.get(fiscal_year=2569, code="O18")
    assert o18.period == ItaItem.Period.FIRST_HALF
    assert str(o18.deadline) == "2026-03-31"
    assert str(ItaItem.objects.get(fiscal_year=2569, code="O7").deadline) == "2026-09-30"
    # 2568 numbered differently: O27 exists only there.
    assert ItaItem.objects.filter(code="O27").values_list("fiscal_year", flat=True).get() == 2568
    assert DisclosureCategory.objects.count() == 7


@pytest.mark.django_db
def test_a_code_is_unique_within_a_year():
    sub = ItaSubIndicator.objects.get(fiscal_year=2569, code="9.1")
    with pytest.raises(IntegrityError):
        ItaItem.objects.create(fiscal_year=2569, code="O4", sub_indicator=sub, title="ซ้ำ")


def test_item_listing_and_editing_are_for_administrators_and_webmasters_only(demo, login):
    index = reverse("ita_items:index")
    o4 = ItaItem.objects.get(fiscal_year=2569, code="O4")
    for username in ("editor", "groupdirector", "director", "pr"):
        client = login(demo.users[username])
        assert refused(client.get(index)), username
        assert refused(client.get(reverse("ita_items:edit", args=[o4.pk]))), username
        assert refused(client.post(reverse("ita_items:edit", args=[o4.pk]), {"title": "x"}))
        assert refused(client.get(reverse("disclosure_categories:index")))
    o4.refresh_from_db()
    assert o4.title == "ข่าวประชาสัมพันธ์"

    client = login(demo.users["webmaster"])
    response = client.get(index, {"fiscal_year": 2569})
    assert response.status_code == 200
    assert "ข่าวประชาสัมพันธ์" in response.content.decode()
    assert client.get(reverse("disclosure_categories:index")).status_code == 200


def test_webmaster_edits_an_item_through_the_admin_form(demo, login):
    o4 = ItaItem.objects.get(fiscal_year=2569, code="O4")
    client = login(demo.users["webmaster"])
    response = client.post(
        reverse("ita_items:edit", args=[o4.pk]),
        {
            "fiscal_year": 2569,
            "code": "o4",
            "sort_order": 4,
            "sub_indicator": o4.sub_indicator_id,
            "title": "ข่าวประชาสัมพันธ์ของหน่วยงาน",
            "required_content": "ข่าวของปีงบประมาณปัจจุบัน",
            "period": "current",
            "department": demo.departments["general-administration"].pk,
        },
    )
    assert response.status_code == 302
    o4.refresh_from_db()
    assert (o4.code, o4.title, o4.department) == (
        "O4",
        "ข่าวประชาสัมพันธ์ของหน่วยงาน",
        demo.departments["general-administration"],
    )


def test_an_item_cannot_use_another_years_sub_indicator(demo, login):
    o4 = ItaItem.objects.get(fiscal_year=2569, code="O4")
    client = login(demo.users["webmaster"])
    response = client.post(
        reverse("ita_items:edit", args=[o4.pk]),
        {
            "fiscal_year": 2569,
            "code": "O4",
            "sort_order": 4,
            "sub_indicator": ItaSubIndicator.objects.get(fiscal_year=2568, code="9.1").pk,
            "title": "ข่าวประชาสัมพันธ์",
            "period": "current",
        },
    )
    assert response.status_code == 200
    assert "ตัวชี้วัดย่อยต้องเป็นของปีงบประมาณเดียวกับข้อนี้" in response.content.decode()


def test_copy_action_starts_next_year_from_this_year_in_one_click(demo, login):
    client = login(demo.users["webmaster"])
    assert client.get(COPY_URL).status_code == 200

    response = client.post(COPY_URL, {"source_year": 2569, "target_year": 2570})

    assert response.status_code == 302
    assert response["Location"].endswith("?fiscal_year=2570")
    copied = ItaItem.objects.filter(fiscal_year=2570)
    assert copied.count() == 26
    assert ItaSubIndicator.objects.filter(fiscal_year=2570).count() == 7
    o18 = copied.select_related("sub_indicator").get(code="O18")
    assert (o18.title, o18.period, o18.sub_indicator.fiscal_year) == (
        "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        ItaItem.Period.FIRST_HALF,
        2570,
    )
    entries = ModelLogEntry.objects.filter(action=COPY_ACTION)
    assert entries.count() == 26
    assert entries.first().user == demo.users["webmaster"]
    # The 2569 catalogue is untouched.
    assert ItaItem.objects.filter(fiscal_year=2569).count() == 26


def test_copy_refuses_a_year_that_has_items_unless_confirmed_and_never_duplicates(demo, login):
    client = login(demo.users["webmaster"])
    client.post(COPY_URL, {"source_year": 2569, "target_year": 2570})
    ItaItem.objects.filter(fiscal_year=2570, code="O26").delete()

    refused = client.post(COPY_URL, {"source_year": 2569, "target_year": 2570})
    assert refused.status_code == 200
    assert "มีรายการอยู่แล้ว" in refused.content.decode()
    assert ItaItem.objects.filter(fiscal_year=2570).count() == 25

    confirmed = client.post(COPY_URL, {"source_year": 2569, "target_year": 2570, "confirm": "on"})
    assert confirmed.status_code == 302
    assert ItaItem.objects.filter(fiscal_year=2570).count() == 26

    again = copy_year(2569, 2570, confirm=True)
    assert (len(again.created), len(again.skipped)) == (0, 26)
    with pytest.raises(TargetYearNotEmpty):
        copy_year(2569, 2570)


def test_copy_into_the_same_year_is_refused_with_a_thai_message(demo, login):
    client = login(demo.users["webmaster"])
    response = client.post(COPY_URL, {"source_year": 2569, "target_year": 2569})
    assert response.status_code == 200
    assert "ปีต้นทางและปีปลายทางต้องไม่ใช่ปีเดียวกัน" in response.content.decode()


def test_copy_action_is_refused_to_editors_and_needs_csrf(demo, login):
    editor = login(demo.users["editor"])
    assert refused(editor.get(COPY_URL))
    assert refused(editor.post(COPY_URL, {"source_year": 2569, "target_year": 2570}))
    assert not ItaItem.objects.filter(fiscal_year=2570).exists()

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(demo.users["webmaster"])
    assert strict.post(COPY_URL, {"source_year": 2569, "target_year": 2570}).status_code == 403
    assert not ItaItem.objects.filter(fiscal_year=2570).exists()
