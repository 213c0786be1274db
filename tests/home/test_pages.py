"""Every foundation page type renders for the public with the site's frame: language, skip link,
main navigation, breadcrumbs (not on the home page) and the office's contacts from its settings."""

import re

import pytest
from django.core.cache import cache
from wagtail.images import get_image_model

from home.models import DepartmentIndexPage, DepartmentPage, HomePage, Person, StandardPage

PAGES = [
    ("/", HomePage),
    ("/groups/", DepartmentIndexPage),
    ("/groups/personnel/", DepartmentPage),
    ("/about/structure/", StandardPage),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "model"), PAGES)
def test_page_type_renders_with_the_site_frame(demo, client, path, model):
    response = client.get(path)
    assert response.status_code == 200
    assert isinstance(response.context["page"], model)
    html = response.content.decode()
    assert '<html lang="th"' in html
    assert '<a class="skip-link" href="#main">ข้ามไปยังเนื้อหาหลัก</a>' in html
    assert '<main id="main"' in html
    # Main navigation with the pages marked "show in menus".
    nav = re.search(r'<nav class="site-nav" aria-label="เมนูหลัก">(.*?)</nav>', html, re.S).group(1)
    assert 'href="/groups/"' in nav and "กลุ่มงาน" in nav
    assert 'href="/about/"' in nav and "เกี่ยวกับสำนักงาน" in nav
    # Footer: contacts typed by the webmaster in OfficeSettings.
    footer = html[html.index('<footer class="site-footer">') :]
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2" in footer
    assert "เลขที่ 99 หมู่ 1 ตำบลตะโหมด" in footer
    assert 'href="tel:074000200"' in footer
    assert 'href="mailto:saraban@phatthalung2.example.go.th"' in footer
    assert "https://www.facebook.com/phatthalung2.example" in footer
    assert "กระทรวงศึกษาธิการ" in footer
    # Paper shows where the page came from; the print stylesheet is linked for print media only.
    page = response.context["page"]
    assert (
        f'<p class="print-only print-source">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 · {page.full_url}</p>'
        in html
    )
    assert 'href="/static/css/print.css" media="print"' in html
    # Sharing: the office's logo stands in when the page has no image of its own.
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.png">', html)
    # The page's own title in <title> with the office's short name.
    assert f"<title>{response.context['page'].title} | สพป.พัทลุง เขต 2</title>" in html


@pytest.mark.django_db
def test_home_page_has_no_breadcrumbs_and_marks_itself_current(demo, client):
    html = client.get("/").content.decode()
    assert 'aria-label="เส้นทางนำทาง"' not in html
    assert '<a href="/" aria-current="page">หน้าแรก</a>' in html
    assert "ร่วมสร้างคุณภาพการศึกษา" in html
    assert "บริการออนไลน์ (E-Service)" in html and "https://emoney.example.go.th/" in html


@pytest.mark.django_db
def test_breadcrumbs_lead_from_home_to_the_current_page(demo, client):
    html = client.get("/groups/personnel/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs container" aria-label="เส้นทางนำทาง">(.*?)</nav>', html, re.S)
    assert crumbs, "breadcrumbs missing"
    items = re.findall(r"<li[^>]*>(.*?)</li>", crumbs.group(1), re.S)
    assert [re.sub(r"<[^>]+>", "", item).strip() for item in items] == [
        "หน้าแรก",
        "กลุ่มงาน",
        "กลุ่มบริหารงานบุคคล",
    ]
    assert '<li aria-current="page">กลุ่มบริหารงานบุคคล</li>' in crumbs.group(1)
    # The menu marks the section the reader is in.
    assert 'href="/groups/" aria-current="page"' in html


@pytest.mark.django_db
def test_department_index_lists_every_live_group(demo, client):
    html = client.get("/groups/").content.decode()
    for department in demo.departments.values():
        assert department.title in html
    assert html.count('class="card"') == 10


@pytest.mark.django_db
def test_department_page_shows_its_people_and_contacts(demo, client):
    html = client.get("/groups/general-administration/").content.decode()
    assert "กลุ่มอำนวยการ" in html and "(อก.)" in html
    assert "นางสาวกนกพร แก้วมณี" in html
    assert "เจ้าพนักงานธุรการชำนาญงาน" in html
    assert 'โทรศัพท์ <a href="tel:074000210">074-000-210</a>' in html
    # People of other groups stay on their own group's page.
    assert "นายธนพล บุญมา" not in html


@pytest.mark.django_db
def test_unpublished_page_is_not_public(demo, client):
    page = StandardPage.objects.get(slug="structure")
    page.unpublish()
    response = client.get("/about/structure/")
    assert response.status_code == 404
    # The 404 page has no ``page`` in its context and still renders the site's frame in Thai.
    html = response.content.decode()
    assert "ไม่พบหน้าที่ต้องการ" in html and '<html lang="th"' in html
    assert "เลขที่ 99 หมู่ 1 ตำบลตะโหมด" in html
    assert '<meta property="og:title" content="สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2">' in html


@pytest.mark.django_db
def test_anonymous_pages_are_cacheable_and_staff_pages_are_not(demo, client, login):
    response = client.get("/about/structure/")
    assert "public" in response["Cache-Control"] and "s-maxage=300" in response["Cache-Control"]
    response = login(demo.users["editor"]).get("/about/structure/")
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def _photos(count, original):
    """``count`` distinct image rows sharing one file: each needs its own rendition, as in real life."""
    photos = []
    for number in range(count):
        original.pk = None
        original.id = None
        original._state.adding = True
        original.title = f"ภาพบุคลากร {number}"
        original.save()
        photos.append(get_image_model().objects.get(pk=original.pk))
    return photos


def _add_people(department, count, photo):
    photos = _photos(count, photo)
    Person.objects.bulk_create(
        Person(
            name_prefix="นาง",
            first_name=f"บุคลากร{number}",
            last_name="ทดสอบ",
            position="นักวิชาการศึกษาชำนาญการ",
            department=department,
            photo=photos[number],
            sort_order=number,
        )
        for number in range(count)
    )


@pytest.mark.django_db
def test_department_page_queries_do_not_grow_with_its_people(demo, client, django_assert_max_num_queries):
    photo = demo.image("ภาพบุคลากรทดสอบ", "บุคลากร", seed=3, size=(320, 400))
    few, many = demo.departments["finance-and-assets"], demo.departments["policy-and-planning"]
    _add_people(few, 2, photo)
    _add_people(many, 40, photo)
    # Create the renditions once, then count with a cold cache: every photo's rendition must come
    # from the database in one query, not one query per person.
    client.get(few.url)
    client.get(many.url)

    cache.clear()
    with django_assert_max_num_queries(30) as few_queries:
        response = client.get(few.url)
    assert response.content.decode().count('class="person"') == 2
    cache.clear()
    with django_assert_max_num_queries(len(few_queries.captured_queries)) as many_queries:
        response = client.get(many.url)
    assert response.content.decode().count('class="person"') == 40
    assert len(many_queries.captured_queries) == len(few_queries.captured_queries)
