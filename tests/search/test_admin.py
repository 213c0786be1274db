"""The synonym list in the admin (webmasters only) and the admin's own search, Thai-aware."""

import pytest
from wagtail.models import Page

from search.models import SearchSynonym
from tests import factories

pytestmark = pytest.mark.django_db

SYNONYMS_URL = "/admin/snippets/search/searchsynonym/"


def test_the_webmaster_adds_a_synonym_group(demo, login):
    client = login(demo.users["webmaster"])
    response = client.post(f"{SYNONYMS_URL}add/", {"terms": "ผอ.กลุ่ม\nผู้อำนวยการกลุ่ม", "note": ""})
    assert response.status_code == 302
    assert SearchSynonym.objects.get().term_list == ["ผอ.กลุ่ม", "ผู้อำนวยการกลุ่ม"]


def test_a_group_of_one_word_is_refused_in_thai(demo, login):
    client = login(demo.users["webmaster"])
    response = client.post(f"{SYNONYMS_URL}add/", {"terms": "ผอ.", "note": ""})
    assert response.status_code == 200
    assert "อย่างน้อยสองคำ" in response.content.decode()
    assert not SearchSynonym.objects.exists()


@pytest.mark.parametrize("role", ["editor", "groupdirector", "director", "pr"])
def test_other_roles_cannot_edit_synonyms(demo, login, role):
    client = login(demo.users[role])
    response = client.post(f"{SYNONYMS_URL}add/", {"terms": "ก\nข"})
    assert response.status_code in (302, 403)
    assert not SearchSynonym.objects.exists()
    assert client.get(SYNONYMS_URL).status_code in (302, 403)


def test_the_admin_page_search_finds_thai_words(newsroom, make_news, demo, login):
    make_news("ประกาศการประชุมคณะกรรมการ", intro="")
    client = login(demo.users["admin"])
    response = client.get("/admin/pages/search/", {"q": "ประชุม"})
    assert "ประกาศการประชุมคณะกรรมการ" in response.content.decode()


def test_page_autocomplete_takes_a_thai_prefix(newsroom, make_news):
    make_news("ประกาศการประชุมคณะกรรมการ", intro="")
    found = Page.objects.autocomplete("ประกาศการปร")
    assert "ประกาศการประชุมคณะกรรมการ" in [page.title for page in found]


def test_update_index_rebuilds(newsroom, make_news, capsys):
    from django.core.management import call_command

    make_news("นิทรรศการวิชาการ", intro="")
    call_command("update_index")
    assert [page.title for page in Page.objects.live().search("นิทรรศการ")] == ["นิทรรศการวิชาการ"]


# The admin's listings search through the same Thai-aware backend: a word inside a compound is found.


def test_the_admin_document_search_finds_a_word_inside_a_thai_compound(demo, login):
    factories.document(demo.users["admin"], title="ประกาศการประชุมคณะกรรมการสถานศึกษา")
    factories.document(demo.users["admin"], title="คำสั่งแต่งตั้งครูเวรประจำวัน", filename="duty.pdf")
    listing = login(demo.users["admin"]).get("/admin/documents/", {"q": "ประชุม"}).content.decode()
    assert "ประกาศการประชุมคณะกรรมการสถานศึกษา" in listing
    assert "คำสั่งแต่งตั้งครูเวรประจำวัน" not in listing


def test_the_admin_image_search_finds_a_word_inside_a_thai_compound(demo, login):
    factories.image(demo.users["admin"], title="ภาพกิจกรรมการแข่งขันกีฬาสีโรงเรียน")
    factories.image(demo.users["admin"], title="ภาพการอบรมครูผู้ช่วย", filename="training.png")
    listing = login(demo.users["admin"]).get("/admin/images/", {"q": "กีฬา"}).content.decode()
    assert "ภาพกิจกรรมการแข่งขันกีฬาสีโรงเรียน" in listing
    assert "ภาพการอบรมครูผู้ช่วย" not in listing


def test_the_register_search_is_thai_aware_for_pr_officers_and_refused_to_editors(demo, login):
    from django.urls import reverse

    from network.models import MemberKind, NetworkMember

    NetworkMember.objects.create(name="โรงเรียนบ้านควนขนุนวิทยาคม", kind=MemberKind.SCHOOL)
    NetworkMember.objects.create(name="องค์การบริหารส่วนตำบลตะโหมด", kind=MemberKind.LOCAL_GOVERNMENT)
    url = reverse("wagtailsnippets_network_networkmember:list")
    listing = login(demo.users["pr"]).get(url, {"q": "ควนขนุน"}).content.decode()
    assert "โรงเรียนบ้านควนขนุนวิทยาคม" in listing
    assert "องค์การบริหารส่วนตำบลตะโหมด" not in listing
    refused = login(demo.users["editor"]).get(url, {"q": "ควนขนุน"})
    assert refused.status_code in (302, 403)
    assert "โรงเรียนบ้านควนขนุนวิทยาคม" not in refused.content.decode()
