"""The approval workflow through Wagtail's APIs: who approves, in which order, and what is kept."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import Page, Task, WorkflowState

from publishing.models import DepartmentDirectorApprovalTask, OfficeDirectorApprovalTask, PublicationRequest

pytestmark = pytest.mark.django_db


def submit(page, user):
    return page.get_workflow().start(page, user)


def current(page):
    page = Page.objects.get(pk=page.pk)
    return page.current_workflow_task_state.specific


def test_workflow_exists_after_migrate_on_the_root(office):
    root = Page.get_first_root_node()
    assert root.get_workflow() == office.workflow
    tasks = list(office.workflow.tasks.specific())
    assert [t.name for t in tasks] == ["ผอ.กลุ่มตรวจสอบ", "ผอ.สพท.อนุมัติ"]
    assert isinstance(tasks[0], DepartmentDirectorApprovalTask)
    assert isinstance(tasks[1], OfficeDirectorApprovalTask)
    assert [g.name for g in tasks[1].groups.all()] == ["ผู้อำนวยการ สพท."]
    assert office.dept.get_workflow() == office.workflow
    assert office.home_page.get_workflow() == office.workflow


def test_full_path_publishes_and_fills_the_request(office, make_draft, django_capture_on_commit_callbacks):
    users = office.users
    page = make_draft()
    with django_capture_on_commit_callbacks(execute=True):
        state = submit(page, users["editor"])
    pr = PublicationRequest.objects.get(workflow_state=state)
    assert pr.status == PublicationRequest.Status.GROUP_REVIEW
    assert pr.requester_name == "นางสาวกนกพร แก้วมณี"
    assert pr.requester_position == "เจ้าพนักงานธุรการชำนาญงาน"
    assert pr.department_name == "กลุ่มอำนวยการ"
    assert pr.subject == "ประกาศรับสมัครครูผู้ช่วย รอบที่ 1"

    task_state = current(page)
    assert task_state.task.name == "ผอ.กลุ่มตรวจสอบ"
    task = task_state.task.specific
    # Only the owning group's director may act; the office director cannot skip the step.
    assert task.get_actions(page, users["groupdirector"])
    assert task.get_actions(page, users["director"]) == []
    assert task.get_actions(page, users["editor"]) == []

    task.on_action(task_state, users["groupdirector"], "approve", comment="ถูกต้อง เสนอ ผอ.สพท.")
    pr.refresh_from_db()
    assert pr.status == PublicationRequest.Status.DIRECTOR_REVIEW
    assert pr.group_director_name == "นางวิไลวรรณ ทองคำ"
    assert pr.group_comment == "ถูกต้อง เสนอ ผอ.สพท."
    assert pr.group_decision == "approved"
    assert pr.group_decided_at is not None

    task_state = current(page)
    assert task_state.task.name == "ผอ.สพท.อนุมัติ"
    assert task_state.task.specific.get_actions(page, users["groupdirector"]) == []
    task_state.task.specific.on_action(task_state, users["director"], "approve", comment="อนุญาต")

    page.refresh_from_db()
    assert page.live
    pr.refresh_from_db()
    assert pr.status == PublicationRequest.Status.PUBLISHED
    assert pr.office_director_name == "นายสมชาย ศรีสุข"
    assert pr.office_decision == "approved"
    assert pr.office_comment == "อนุญาต"
    assert pr.published_at is not None
    # The approval published it: part 2 of the memo names no person, and never the director.
    assert pr.published_automatically and pr.published_by_name == ""
    assert pr.verification_due_on is not None
    assert pr.verification_due_on.weekday() < 5
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_nobody_approves_what_they_submitted(office, make_draft):
    users = office.users
    # The group director writes a page of their own group and submits it.
    page = make_draft(user=users["groupdirector"])
    submit(page, users["groupdirector"])
    task_state = current(page)
    task = task_state.task.specific
    assert task.get_actions(page, users["groupdirector"]) == []
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, users["groupdirector"], "approve", comment="")
    # Not in the list of tasks waiting for them either.
    assert (
        not Task.objects.get(pk=task.pk)
        .specific.get_task_states_user_can_moderate(users["groupdirector"])
        .exists()
    )
    # A superuser is no exception.
    admin_page = make_draft(user=users["admin"], slug="admin-draft")
    submit(admin_page, users["admin"])
    admin_state = current(admin_page)
    assert admin_state.task.specific.get_actions(admin_page, users["admin"]) == []


def test_office_director_cannot_approve_own_submission(office, make_draft):
    users = office.users
    page = make_draft(user=users["director"], slug="director-draft")
    submit(page, users["director"])
    task_state = current(page)
    task_state.task.specific.on_action(task_state, users["groupdirector"], "approve", comment="")
    task_state = current(page)
    assert task_state.task.name == "ผอ.สพท.อนุมัติ"
    assert task_state.task.specific.get_actions(page, users["director"]) == []
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, users["director"], "approve")


def test_rejection_needs_a_reason_and_is_recorded(office, make_draft):
    users = office.users
    page = make_draft()
    state = submit(page, users["editor"])
    task_state = current(page)
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, users["groupdirector"], "reject", comment="  ")
    task_state.task.specific.on_action(
        task_state, users["groupdirector"], "reject", comment="ตรวจสอบวันที่รับสมัครอีกครั้ง"
    )
    pr = PublicationRequest.objects.get(workflow_state=state)
    assert pr.status == PublicationRequest.Status.NEEDS_CHANGES
    assert pr.group_decision == "rejected"
    assert pr.group_comment == "ตรวจสอบวันที่รับสมัครอีกครั้ง"
    # Resubmitting resumes the same run: still one request for it.
    state.refresh_from_db()
    state.resume(users["editor"])
    pr.refresh_from_db()
    assert pr.status == PublicationRequest.Status.GROUP_REVIEW
    assert pr.group_decision == ""
    assert PublicationRequest.objects.count() == 1


def test_group_director_of_another_group_cannot_approve(office, make_draft):
    users = office.users
    page = make_draft(parent=office.departments["personnel"], user=users["editor2"], slug="personnel-news")
    submit(page, users["editor2"])
    task_state = current(page)
    assert task_state.task.specific.get_actions(page, users["groupdirector"]) == []
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, users["groupdirector"], "approve")


def test_each_step_records_when_it_last_began(office, make_draft):
    """The first submission stays on the form; a step sent back and sent again starts anew."""
    users = office.users
    page = make_draft()
    state = submit(page, users["editor"])
    first_group = current(page)
    pr = PublicationRequest.objects.get(workflow_state=state)
    assert pr.group_started_at == first_group.started_at and pr.office_started_at is None
    first_group.task.specific.on_action(first_group, users["groupdirector"], "reject", comment="แก้ชื่อโรงเรียน")
    state.refresh_from_db()
    state.resume(users["editor"])
    again = current(page)
    pr.refresh_from_db()
    assert again.pk != first_group.pk
    assert pr.group_started_at == again.started_at and pr.submitted_at == state.created_at
    again.task.specific.on_action(again, users["groupdirector"], "approve", comment="")
    pr.refresh_from_db()
    assert pr.office_started_at == current(page).started_at


def test_requests_kept_before_the_step_times_get_them_from_their_task_states(office, make_draft):
    import importlib

    from django.apps import apps

    users = office.users
    page = make_draft()
    state = submit(page, users["editor"])
    group_state = current(page)
    group_state.task.specific.on_action(group_state, users["groupdirector"], "approve", comment="")
    office_state = current(page)
    PublicationRequest.objects.update(group_started_at=None, office_started_at=None)
    migration = importlib.import_module("publishing.migrations.0006_step_start_times")
    migration.from_task_states(apps, None)
    pr = PublicationRequest.objects.get(workflow_state=state)
    assert (pr.group_started_at, pr.office_started_at) == (group_state.started_at, office_state.started_at)
