"""The custom user: Thai name prefix, position and phone, entered in Wagtail's own user screens."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts import roles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "first", "last", "username", "expected"),
    [
        ("นางสาว", "กนกพร", "แก้วมณี", "kanokporn", "นางสาวกนกพร แก้วมณี"),
        ("ว่าที่ร้อยตรี", "สมศักดิ์", "ดีงาม", "somsak", "ว่าที่ร้อยตรีสมศักดิ์ ดีงาม"),
        ("", "ปรีชา", "มั่นคง", "preecha", "ปรีชา มั่นคง"),
        ("นาย", "", "", "nobody", "nobody"),
    ],
)
def test_display_name_as_thai_documents_print_it(prefix, first, last, username, expected):
    user = get_user_model()(username=username, name_prefix=prefix, first_name=first, last_name=last)
    assert user.display_name == expected
    assert user.get_full_name() == expected
    assert str(user) == expected


def test_admin_creates_a_user_with_prefix_position_and_phone(demo, login):
    client = login(demo.users["admin"])
    add_url = reverse("wagtailusers_users:add")
    form = client.get(add_url).content.decode()
    for field in ("name_prefix", "position", "phone"):
        assert f'name="{field}"' in form
    assert '<option value="ว่าที่ร้อยตรีหญิง">' in form

    editors = Group.objects.get(name=roles.EDITORS)
    response = client.post(
        add_url,
        {
            "username": "sirinya",
            "email": "sirinya@phatthalung2.example.go.th",
            "first_name": "ศิริญญา",
            "last_name": "ทองมา",
            "name_prefix": "ว่าที่ร้อยตรีหญิง",
            "position": "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
            "phone": "074-000-250",
            "password1": "ไม่ง่าย-Tr0ub4dor&3",
            "password2": "ไม่ง่าย-Tr0ub4dor&3",
            "groups": [editors.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    user = get_user_model().objects.get(username="sirinya")
    assert (user.name_prefix, user.position, user.phone) == (
        "ว่าที่ร้อยตรีหญิง",
        "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
        "074-000-250",
    )
    assert user.display_name == "ว่าที่ร้อยตรีหญิงศิริญญา ทองมา"
    assert list(user.groups.values_list("name", flat=True)) == [roles.EDITORS]
    assert user.check_password("ไม่ง่าย-Tr0ub4dor&3")

    edit = client.get(reverse("wagtailusers_users:edit", args=[user.pk])).content.decode()
    assert 'value="นักวิชาการคอมพิวเตอร์ปฏิบัติการ"' in edit
    assert 'value="074-000-250"' in edit
    assert '<option value="ว่าที่ร้อยตรีหญิง" selected>' in edit
    listing = client.get(reverse("wagtailusers_users:index"), {"q": "ศิริญญา"}).content.decode()
    assert "ศิริญญา ทองมา" in listing


def test_admin_edits_the_thai_fields(demo, login):
    client = login(demo.users["admin"])
    editor = demo.users["editor"]
    response = client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]),
        {
            "username": editor.username,
            "email": editor.email,
            "first_name": editor.first_name,
            "last_name": editor.last_name,
            "name_prefix": "นาง",
            "position": "เจ้าพนักงานธุรการอาวุโส",
            "phone": "074-000-222",
            "password1": "",
            "password2": "",
            "is_active": "on",
            "groups": list(editor.groups.values_list("pk", flat=True)),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    editor.refresh_from_db()
    assert editor.display_name == "นางกนกพร แก้วมณี"
    assert editor.position == "เจ้าพนักงานธุรการอาวุโส"


def test_only_user_managers_open_the_user_screens(demo, login):
    for username in ("editor", "webmaster", "pr"):
        response = login(demo.users[username]).get(reverse("wagtailusers_users:add"))
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home"), username
    assert not get_user_model().objects.filter(username="sirinya").exists()
