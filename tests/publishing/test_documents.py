"""Files the public sees keep the approval promise: no replacement or deletion without the right to
publish, and documents reach the public only through a live, public, non-withdrawn page."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.messages import constants, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import PageViewRestriction

from home.models import OfficeSettings, Person
from network.models import AppointmentOrder
from publishing.models import PageWithdrawal
from publishing.withdrawals import request_reinstatement, withdraw_page
from tests import factories

pytestmark = pytest.mark.django_db

PDF = factories.PDF_BYTES


def make_document(user, title="ประกาศรับสมัครครูผู้ช่วย ปี 2569", filename="announcement.pdf"):
    return factories.document(user, title=title, filename=filename)


def make_image(user, title="ภาพกิจกรรมวันครู"):
    return factories.image(user, title=title)


def body_with(document=None, image=None):
    body = []
    if document:
        body.append({"type": "document", "value": {"document": document.pk, "title": ""}})
    if image:
        value = {"image": image.pk, "caption": "", "credit": "", "alt_text": "ครูรับรางวัล"}
        body.append({"type": "image", "value": value})
    return json.dumps(body)


def page_with(demo, document=None, image=None, publish=True):
    """A standard page of กลุ่มอำนวยการ whose body links the document and/or shows the image."""
    page = factories.draft_page(
        demo.departments["general-administration"],
        demo.users["editor"],
        title="ประกาศรับสมัครครูผู้ช่วย",
        body=body_with(document, image),
    )
    if publish:
        page.get_latest_revision().publish()
        page.refresh_from_db()
    return page


def assert_refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard and an error."""
    assert response.status_code == 302, response.status_code
    assert response.url == reverse("wagtailadmin_home")
    assert any(m.level == constants.ERROR for m in get_messages(response.wsgi_request))


def edit_data(response, **changes):
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        if name == "file":
            continue
        value = form.initial.get(name, field.initial)
        if name == "tags":
            value = ""
        data[name] = "" if value is None else getattr(value, "pk", value)
    data.update(changes)
    return data


def replace_document(client, document, content=b"%PDF-1.4\nnew version\n%%EOF\n", **changes):
    url = reverse("wagtaildocs:edit", args=[document.pk])
    data = edit_data(client.get(url), **changes)
    if content is not None:
        data["file"] = SimpleUploadedFile("announcement-v2.pdf", content, content_type="application/pdf")
    return client.post(url, data)


def replace_image(client, image):
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = edit_data(client.get(url))
    data["file"] = SimpleUploadedFile(
        "teachers-day-v2.png", factories.png_bytes((200, 40, 40)), content_type="image/png"
    )
    return client.post(url, data)


def serve(client, document):
    response = client.get(document.url)
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)
    return response


# Replacing a file -------------------------------------------------------------------------------


def test_editor_cannot_replace_the_file_of_a_document_a_live_page_links(demo, login):
    editor = demo.users["editor"]
    document = make_document(editor)
    page = page_with(demo, document)
    original = document.file.name
    client = login(editor)
    edit_screen = client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert "เอกสารนี้แสดงอยู่บนเว็บไซต์แล้ว" in edit_screen  # said before they try

    response = replace_document(client, document)

    assert response.status_code == 200
    html = response.content.decode()
    assert "เอกสารนี้แสดงอยู่บนเว็บไซต์แล้ว" in html
    assert "โปรดอัปโหลดเป็นเอกสารใหม่" in html
    assert f'<a href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}">ประกาศรับสมัครครูผู้ช่วย</a>' in html
    document.refresh_from_db()
    assert document.file.name == original
    assert document.file.read() == PDF


def test_editor_changes_the_title_of_a_live_document_without_touching_its_file(demo, login):
    editor = demo.users["editor"]
    document = make_document(editor)
    page_with(demo, document)

    response = replace_document(login(editor), document, content=None, title="ประกาศรับสมัคร (ฉบับแก้คำผิด)")

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "ประกาศรับสมัคร (ฉบับแก้คำผิด)"
    assert document.file.read() == PDF


def test_editor_replaces_the_file_of_a_document_only_a_draft_uses(demo, login):
    editor = demo.users["editor"]
    document = make_document(editor)
    page_with(demo, document, publish=False)

    assert replace_document(login(editor), document).status_code == 302
    document.refresh_from_db()
    assert b"new version" in document.file.read()


@pytest.mark.parametrize("username", ["groupdirector", "webmaster", "director"])
def test_nobody_who_cannot_publish_replaces_a_live_file(demo, login, username):
    document = make_document(demo.users[username])  # their own upload: Wagtail lets owners edit it
    page_with(demo, document)

    response = replace_document(login(demo.users[username]), document)

    assert response.status_code == 200
    assert "ต้องผ่านการอนุมัติเผยแพร่" in response.content.decode()
    document.refresh_from_db()
    assert document.file.read() == PDF


def test_superuser_who_publishes_directly_replaces_a_live_file(demo, login):
    document = make_document(demo.users["editor"])
    page_with(demo, document)

    assert replace_document(login(demo.users["admin"]), document).status_code == 302
    document.refresh_from_db()
    assert b"new version" in document.file.read()


def test_editor_cannot_replace_an_image_a_live_page_shows(demo, login):
    editor = demo.users["editor"]
    image = make_image(editor)
    page_with(demo, image=image)
    original = image.file.name

    response = replace_image(login(editor), image)

    assert response.status_code == 200
    assert "ภาพนี้แสดงอยู่บนเว็บไซต์แล้ว" in response.content.decode()
    image.refresh_from_db()
    assert image.file.name == original


def test_photo_of_the_people_directory_and_the_office_logo_are_live_files(demo, login):
    webmaster = demo.users["webmaster"]
    photo = make_image(webmaster, "ภาพผู้อำนวยการ")
    Person.objects.create(first_name="สมชาย", last_name="ใจงาม", position="ผู้อำนวยการ", photo=photo)
    logo = make_image(webmaster, "ตราสำนักงาน")
    office = OfficeSettings.for_site(demo.site)
    office.logo = logo
    office.save()

    client = login(webmaster)
    response = replace_image(client, photo)
    assert response.status_code == 200
    assert "สมชาย ใจงาม" in response.content.decode()
    assert replace_image(client, logo).status_code == 200
    assert replace_image(login(demo.users["admin"]), logo).status_code == 302


# Deleting a file --------------------------------------------------------------------------------


def test_editor_cannot_delete_a_document_a_live_page_links(demo, login):
    editor = demo.users["editor"]
    document = make_document(editor)
    page_with(demo, document)
    client = login(editor)
    delete_url = reverse("wagtaildocs:delete", args=[document.pk])

    edit_screen = client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert delete_url not in edit_screen
    assert_refused(client.get(delete_url))
    assert_refused(client.post(delete_url))
    bulk_url = (
        reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "delete"]) + f"?id={document.pk}"
    )
    client.post(bulk_url)
    assert Document.objects.filter(pk=document.pk).exists()
    assert document.file.storage.exists(document.file.name)


def test_editor_cannot_delete_an_image_a_live_page_shows(demo, login):
    editor = demo.users["editor"]
    image = make_image(editor)
    page_with(demo, image=image)
    client = login(editor)

    assert_refused(client.post(reverse("wagtailimages:delete", args=[image.pk])))
    bulk_url = reverse("wagtail_bulk_action", args=["wagtailimages", "image", "delete"]) + f"?id={image.pk}"
    client.post(bulk_url)
    assert Image.objects.filter(pk=image.pk).exists()


def test_unused_upload_is_deleted_by_its_owner_and_a_live_one_by_a_superuser(demo, login):
    editor = demo.users["editor"]
    unused = make_document(editor, title="ร่างประกาศ")
    response = login(editor).post(reverse("wagtaildocs:delete", args=[unused.pk]))
    assert response.status_code == 302 and response.url != reverse("wagtailadmin_home")
    assert not Document.objects.filter(pk=unused.pk).exists()

    live = make_document(editor)
    page_with(demo, live)
    login(demo.users["admin"]).post(reverse("wagtaildocs:delete", args=[live.pk]))
    assert not Document.objects.filter(pk=live.pk).exists()


# Serving documents ------------------------------------------------------------------------------


def test_documents_are_stored_outside_the_public_media_folder(demo):
    document = make_document(demo.users["editor"])
    image = make_image(demo.users["editor"])
    path = Path(document.file.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert path.read_bytes() == PDF
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 - a document has no direct URL under MEDIA_URL
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    assert Path(image.file.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert image.file.url.startswith(settings.MEDIA_URL)


def test_an_upload_is_not_public_before_a_live_page_links_it(demo, client, login):
    document = make_document(demo.users["editor"])
    page = page_with(demo, document, publish=False)

    assert serve(client, document).status_code == 404
    response = serve(login(demo.users["editor"]), document)  # staff preview the draft's file
    assert response.status_code == 200
    client.logout()

    page.save_revision(user=demo.users["admin"]).publish()
    response = serve(client, document)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_a_live_pages_new_draft_does_not_make_its_document_public(demo, client):
    page = page_with(demo)
    document = make_document(demo.users["editor"])
    page.body = body_with(document)
    page.save_revision(user=demo.users["editor"])

    assert serve(client, document).status_code == 404


def test_the_way_through_a_new_document_chosen_in_the_page_goes_live_with_approval(demo, client):
    editor = demo.users["editor"]
    old = make_document(editor)
    page = page_with(demo, old)
    new = make_document(editor, title="ประกาศรับสมัครครูผู้ช่วย (ฉบับแก้ไข)", filename="announcement-v2.pdf")
    page.body = body_with(new)
    page.save_revision(user=editor)
    assert serve(client, new).status_code == 404  # waiting for approval
    assert serve(client, old).status_code == 200

    factories.published_through_workflow(page, editor, demo.users["groupdirector"], demo.users["director"])

    assert serve(client, new).status_code == 200
    assert serve(client, old).status_code == 404  # no live page links it any more


def test_a_withdrawn_page_no_longer_hands_out_its_document_until_reinstated(demo, client):
    document = make_document(demo.users["editor"])
    page = page_with(demo, document)
    assert serve(client, document).status_code == 200

    withdrawal = withdraw_page(page, demo.users["director"], "ประกาศนี้ยกเลิกแล้ว เนื่องจากเลื่อนการรับสมัคร")
    assert serve(client, document).status_code == 404

    # Reinstated through the workflow: the page and its document are back.
    request_reinstatement(withdrawal, demo.users["director"], "แก้ไขวันรับสมัครแล้วนำกลับมาเผยแพร่")
    page.refresh_from_db()
    page.save_revision(user=demo.users["editor"])
    factories.published_through_workflow(
        page, demo.users["editor"], demo.users["groupdirector"], demo.users["director"]
    )
    withdrawal.refresh_from_db()
    assert withdrawal.reinstated_at is not None
    assert serve(client, document).status_code == 200


def test_a_reinstated_page_hands_out_its_document_again(demo, client):
    document = make_document(demo.users["editor"])
    page = page_with(demo, document)
    withdraw_page(page, demo.users["director"], "ประกาศนี้ระบุคุณสมบัติผิด")
    assert serve(client, document).status_code == 404
    # The corrected revision goes live through the workflow: the withdrawal closes.
    factories.published_through_workflow(
        page, demo.users["editor"], demo.users["groupdirector"], demo.users["director"]
    )
    assert not PageWithdrawal.objects.open().filter(page=page).exists()
    assert serve(client, document).status_code == 200


def test_a_restricted_page_does_not_make_its_document_public(demo, client):
    document = make_document(demo.users["editor"])
    page = page_with(demo, document)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert serve(client, document).status_code == 404


def test_a_register_document_is_never_public(demo, client, login):
    pr_officer = demo.users["pr"]
    document = make_document(pr_officer, title="คำสั่งแต่งตั้งคณะทำงานเครือข่าย", filename="order-295-2557.pdf")
    AppointmentOrder.objects.create(
        number="295/2557", date="2014-06-02", title="แต่งตั้งคณะทำงานเครือข่ายประชาสัมพันธ์", document=document
    )
    page_with(demo, document)  # even a live page that links it by mistake does not publish it

    assert serve(client, document).status_code == 404
    for username in ("editor", "webmaster", "director"):
        assert serve(login(demo.users[username]), document).status_code == 404, username
    assert serve(login(pr_officer), document).status_code == 200
    assert serve(login(demo.users["admin"]), document).status_code == 200
