"""Edges of the workflow: stock mails off, scheduled publication, the refused memo, demo data."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.admin import signal_handlers as stock
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from publishing import demo as workflow_demo
from publishing.models import PageCorrection, PublicationRequest
from tests.publishing.helpers import approve_current_task

pytestmark = pytest.mark.django_db


def test_wagtails_stock_workflow_mails_are_off():
    for signal, sender, notifier in (
        (task_submitted, TaskState, stock.task_submission_email_notifier),
        (workflow_submitted, WorkflowState, stock.workflow_submission_email_notifier),
        (workflow_rejected, WorkflowState, stock.workflow_rejection_email_notifier),
        (workflow_approved, WorkflowState, stock.workflow_approval_email_notifier),
    ):
        receivers = signal._live_receivers(sender)
        receivers = receivers[0] if isinstance(receivers, tuple) else receivers
        assert notifier not in receivers


def test_scheduled_page_goes_live_on_time_and_completes_the_request(office, make_draft):
    users = office.users
    page = make_draft()
    go_live = timezone.now() + timedelta(seconds=4)
    page.go_live_at = go_live
    page.save_revision(user=users["editor"])
    page.get_workflow().start(page, users["editor"])
    approve_current_task(page, users["groupdirector"])
    approve_current_task(page, users["director"])
    pr = PublicationRequest.objects.get(page=page)
    assert pr.status == "scheduled"
    assert pr.published_at is None
    assert not Page.objects.get(pk=page.pk).live
    # The go-live moment passes; the scheduler (cron: publish_scheduled) runs.
    time.sleep(max(0.0, (go_live - timezone.now()).total_seconds()) + 0.2)
    call_command("publish_scheduled")
    assert Page.objects.get(pk=page.pk).live
    pr.refresh_from_db()
    assert pr.status == "published"
    assert pr.published_at is not None
    # The scheduler put it online, not a person: part 2 of the memo says so, never the director.
    assert pr.published_automatically
    assert pr.published_by_name == ""


def test_memo_of_a_refused_request_shows_the_reason(office, make_draft, client):
    users = office.users
    page = make_draft()
    page.get_workflow().start(page, users["editor"])
    approve_current_task(page, users["groupdirector"])
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state.specific
    task_state.task.specific.on_action(task_state, users["director"], "reject", comment="ข้อมูลยังไม่เป็นปัจจุบัน")
    pr = PublicationRequest.objects.get(page=page)
    client.force_login(users["director"])
    content = client.get(reverse("publication_requests:print", args=[pr.pk])).content.decode()
    assert "☑ ไม่อนุญาตให้เผยแพร่ เนื่องจาก ข้อมูลยังไม่เป็นปัจจุบัน" in content
    assert "ยังไม่ได้รับอนุญาตให้เผยแพร่" in content


def test_nobody_hears_about_their_own_action(office, make_draft, django_capture_on_commit_callbacks):
    """A group director's own page skips their step: only the office director is told it waits;
    the group director hears once, when it is approved, and never about their own submission."""
    users = office.users
    page = make_draft(user=users["groupdirector"])
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, users["groupdirector"])
    assert [m.to[0] for m in mail.outbox] == ["director@phatthalung2.example.go.th"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve_current_task(page, users["director"])
    assert [m.to[0] for m in mail.outbox] == ["groupdirector@phatthalung2.example.go.th"]


def test_demo_is_idempotent(demo):
    workflow_demo.load(demo)
    workflow_demo.load(demo)
    assert PublicationRequest.objects.count() == 8
    statuses = sorted(PublicationRequest.objects.values_list("status", flat=True))
    assert statuses == sorted(
        ["group_review", "director_review", "director_review", "needs_changes"] + ["published"] * 4
    )
    # One verified correct, one found to need fixing (still open).
    assert PublicationRequest.objects.filter(verified_at__isnull=False).count() == 2
    assert PublicationRequest.objects.filter(
        verification_due_on__lt=timezone.localdate(), verified_at=None
    ).exists()
    assert PublicationRequest.objects.get(status="needs_changes").group_comment
    assert PageCorrection.objects.count() == 1
    assert mail.outbox == []


def test_admins_workflow_screens_show_the_custom_tasks(office, client):
    client.force_login(office.users["admin"])
    workflow_url = reverse("wagtailadmin_workflows:edit", args=[office.workflow.pk])
    content = client.get(workflow_url).content.decode()
    assert "ผอ.กลุ่มตรวจสอบ" in content
    assert "ผอ.สพท.อนุมัติ" in content
    content = client.get(reverse("wagtailadmin_workflows:select_task_type")).content.decode()
    assert "ผู้อำนวยการกลุ่มเจ้าของเรื่องตรวจสอบ" in content
