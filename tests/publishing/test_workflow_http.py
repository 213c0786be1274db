"""The workflow through the admin's own HTTP views, as the office uses it: submit, approve,
reject with a reason, refusals, and the e-mails the worker sends."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from publishing.models import PublicationRequest
from tests import factories

pytestmark = pytest.mark.django_db


def edit_data(page, **extra):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            "disclosure_category": str(factories.disclosure_category().pk),
            **extra,
        }
    )


def action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def task_state_of(page):
    return Page.objects.get(pk=page.pk).current_workflow_task_state


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run a request and the on-commit callbacks it registers (mail is queued on commit)."""

    def _run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return _run


def assert_refused(response):
    """Wagtail answers a refused admin action with a redirect to the dashboard and an error."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")


def recipients(messages):
    return sorted(address for message in messages for address in message.to)


def test_whole_path_through_the_admin(office, make_draft, client, run):
    users = office.users
    page = make_draft()

    client.force_login(users["editor"])
    response = run(
        client.post,
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content[:2000]
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "group_review"
    # The group director is told (not the editor, not the office director yet).
    assert recipients(mail.outbox) == ["groupdirector@phatthalung2.example.go.th"]
    assert "รออนุมัติ" in mail.outbox[0].subject
    assert page.title in mail.outbox[0].body
    mail.outbox.clear()

    # The editor can neither approve nor publish.
    task_state = task_state_of(page)
    client.force_login(users["editor"])
    assert_refused(client.post(action_url(page, "approve", task_state)))
    assert task_state_of(page).status == "in_progress"

    client.force_login(users["groupdirector"])
    response = run(client.post, action_url(page, "approve", task_state), {"comment": "ข้อมูลถูกต้อง"})
    assert response.status_code == 302
    pr.refresh_from_db()
    assert pr.status == "director_review"
    assert pr.group_comment == "ข้อมูลถูกต้อง"
    by_address = {m.to[0]: m for m in mail.outbox}
    assert sorted(by_address) == ["director@phatthalung2.example.go.th", "editor@phatthalung2.example.go.th"]
    assert "ข้อมูลถูกต้อง" in by_address["editor@phatthalung2.example.go.th"].body
    assert "ผอ.สพท.อนุมัติ" in by_address["editor@phatthalung2.example.go.th"].body
    mail.outbox.clear()

    client.force_login(users["director"])
    task_state = task_state_of(page)
    # The director opens the review screen (edit view, reachable through the task).
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    response = run(client.post, action_url(page, "approve", task_state), {"comment": "อนุญาต"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    pr.refresh_from_db()
    assert pr.status == "published"
    assert pr.office_director_name == "นายสมชาย ศรีสุข"
    # Only the submitter hears, once, with the comment and the public address.
    assert recipients(mail.outbox) == ["editor@phatthalung2.example.go.th"]
    assert "เผยแพร่แล้ว" in mail.outbox[0].subject
    assert "อนุญาต" in mail.outbox[0].body
    assert page.full_url in mail.outbox[0].body

    # Live on the public site.
    client.logout()
    assert client.get(page.url).status_code == 200


def test_rejection_requires_a_reason_and_the_editor_gets_it(office, make_draft, client, run):
    users = office.users
    page = make_draft()
    page.get_workflow().start(page, users["editor"])
    task_state = task_state_of(page)
    mail.outbox.clear()

    client.force_login(users["groupdirector"])
    # Empty reason: nothing happens.
    run(client.post, action_url(page, "reject", task_state), {"comment": ""})
    assert task_state_of(page).status == "in_progress"
    assert mail.outbox == []

    run(client.post, action_url(page, "reject", task_state), {"comment": "กรุณาแนบประกาศฉบับลงนาม"})
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "needs_changes"
    assert recipients(mail.outbox) == ["editor@phatthalung2.example.go.th"]
    assert "ส่งกลับแก้ไข" in mail.outbox[0].subject
    assert "กรุณาแนบประกาศฉบับลงนาม" in mail.outbox[0].body

    # The editor sees the reason on the page in the admin.
    client.force_login(users["editor"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "กรุณาแนบประกาศฉบับลงนาม" in response.content.decode()

    # Resubmitting goes back to the group director.
    mail.outbox.clear()
    run(
        client.post,
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, **{"action-submit": "1"}),
    )
    pr.refresh_from_db()
    assert pr.status == "group_review"
    assert recipients(mail.outbox) == ["groupdirector@phatthalung2.example.go.th"]


def test_office_director_rejection_with_reason(office, make_draft, client, run):
    users = office.users
    page = make_draft()
    page.get_workflow().start(page, users["editor"])
    client.force_login(users["groupdirector"])
    run(client.post, action_url(page, "approve", task_state_of(page)), {"comment": ""})
    mail.outbox.clear()
    client.force_login(users["director"])
    run(client.post, action_url(page, "reject", task_state_of(page)), {"comment": "ยังไม่ถึงกำหนดประกาศ"})
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "needs_changes"
    assert pr.office_decision == "rejected"
    assert pr.office_comment == "ยังไม่ถึงกำหนดประกาศ"
    page.refresh_from_db()
    assert not page.live
    assert recipients(mail.outbox) == ["editor@phatthalung2.example.go.th"]
    assert "ยังไม่ถึงกำหนดประกาศ" in mail.outbox[0].body


def test_self_approval_refused_over_http(office, make_draft, client):
    users = office.users
    page = make_draft(user=users["groupdirector"])
    page.get_workflow().start(page, users["groupdirector"])
    client.force_login(users["groupdirector"])
    assert_refused(client.post(action_url(page, "approve", task_state_of(page)), {"comment": ""}))
    assert task_state_of(page).status == "in_progress"


def test_editor_of_another_group_is_refused(office, make_draft, client):
    users = office.users
    page = make_draft()  # general administration
    client.force_login(users["editor2"])  # personnel
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit_url).status_code in (302, 403)
    response = client.post(edit_url, edit_data(page, **{"action-submit": "1"}))
    assert response.status_code in (302, 403)
    assert not PublicationRequest.objects.exists()
    assert page.current_workflow_state is None
    add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", office.dept.pk])
    assert client.get(add_url).status_code in (302, 403)


def test_editor_cannot_publish(office, make_draft, client):
    users = office.users
    page = make_draft()
    client.force_login(users["editor"])
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_data(page, **{"action-publish": "1"})
    )
    page.refresh_from_db()
    assert not page.live
    assert not page.permissions_for_user(users["editor"]).can_publish()


def test_an_edit_during_moderation_goes_back_to_the_first_step(office, make_draft, client, run):
    users = office.users
    page = make_draft()
    page.get_workflow().start(page, users["editor"])
    client.force_login(users["groupdirector"])
    run(client.post, action_url(page, "approve", task_state_of(page)), {"comment": ""})
    # The office director corrects the text while approving it.
    client.force_login(users["director"])
    task_state = task_state_of(page)
    data = edit_data(page, title="ประกาศรับสมัครครูผู้ช่วย รอบที่ 1 (แก้ไข)")
    data.update(
        {"action-workflow-action": "1", "workflow-action-name": "approve", "workflow-action-extra-data": "{}"}
    )
    run(client.post, reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    page.refresh_from_db()
    assert not page.live
    state = task_state_of(page)
    assert state.task.name == "ผอ.กลุ่มตรวจสอบ"
    assert state.pk != task_state.pk
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "group_review"
    assert pr.subject == "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1 (แก้ไข)"
    assert pr.office_decision == ""


def test_scheduled_page_is_scheduled_not_published(office, make_draft, client, run):
    from datetime import timedelta

    from django.utils import timezone

    users = office.users
    page = make_draft()
    go_live = timezone.now() + timedelta(days=2)
    page.go_live_at = go_live
    page.save_revision(user=users["editor"])
    page.get_workflow().start(page, users["editor"])
    client.force_login(users["groupdirector"])
    run(client.post, action_url(page, "approve", task_state_of(page)), {"comment": ""})
    client.force_login(users["director"])
    run(client.post, action_url(page, "approve", task_state_of(page)), {"comment": ""})
    page = StandardPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "scheduled"
    assert pr.scheduled_for is not None
    assert "รอเผยแพร่ตามกำหนด" in mail.outbox[-1].subject
