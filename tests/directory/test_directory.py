"""The public staff directory, the A4 phone book, and its staff-only part behind the login."""

import pytest
from django.contrib.auth import get_user_model

from directory import demo as directory_demo
from home.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def phone_book(demo):
    directory_demo.load(demo)
    return demo


def test_directory_lists_executives_first_then_groups(phone_book, client):
    response = client.get("/directory/")
    html = response.content.decode()
    assert response.status_code == 200
    html = html[html.index("<main") :]
    executives = html.index('id="executives"')
    director = html.index("สมชาย ศรีสุข")
    group = html.index('id="general-administration"')
    assert executives < director < group
    assert html.index("กนกพร แก้วมณี") > group  # a writer of กลุ่มอำนวยการ under its group
    assert "074-000-201" in html
    # The staff-only part is not on the public page.
    assert "อำนาจ ชูแก้ว" not in html
    assert "081-555-0101" not in html


def test_public_phone_book_is_an_a4_pdf_of_the_office_only(phone_book, client):
    response = client.get("/directory/phone-book.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    assert b"/MediaBox [0 0 595.28 841.89]" in pdf  # A4 in points


@pytest.mark.parametrize("url", ["/directory/staff/", "/directory/staff/phone-book.pdf"])
def test_staff_part_needs_login(phone_book, client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", ["/directory/staff/", "/directory/staff/phone-book.pdf"])
def test_staff_part_refuses_a_user_without_admin_access(phone_book, login, url):
    outsider = get_user_model().objects.create_user("parent", password="x")
    response = login(outsider).get(url)
    assert response.status_code == 403
    assert "อำนาจ ชูแก้ว" not in response.content.decode()


def test_staff_see_boards_with_personal_numbers_only_where_consented(phone_book, login):
    response = login(phone_book.users["editor"]).get("/directory/staff/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    for board in ("ผู้บริหารสถานศึกษา", "กพท.", "อ.ก.ค.ศ.", "ก.ต.ป.น."):
        assert board in html
    assert "081-555-0101" in html  # consented
    assert "089-555-0102" not in html  # not consented
    assert "082-555-0401" not in html
    response = login(phone_book.users["editor"]).get("/directory/staff/phone-book.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_directory_has_a_fixed_number_of_queries(phone_book, client, django_assert_max_num_queries):
    client.get("/directory/")
    with django_assert_max_num_queries(12):
        client.get("/directory/")
    department = phone_book.departments["personnel"]
    Person.objects.bulk_create(
        Person(
            first_name=f"บุคลากร{number}", last_name="ทดสอบ", position="นักทรัพยากรบุคคล", department=department
        )
        for number in range(60)
    )
    with django_assert_max_num_queries(12):
        client.get("/directory/")
