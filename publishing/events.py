"""Fill the publication request from Wagtail's workflow and publishing signals, and notify people.

Order of Wagtail's signals matters: ``TaskState.approve`` moves the workflow on (starting the next
task, or finishing and publishing) *before* it sends ``task_approved``; ``Workflow.start`` starts
the first task before ``workflow_submitted``. So every handler finds or creates the request itself,
and the publishing handler reads the final approver from the task state, not from the request.

Connected in ``PublishingConfig.ready``. Wagtail's stock workflow e-mails are replaced here (they
send synchronously, drop the approver's comment and skip intermediate steps).
"""

from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import (
    page_published,
    task_approved,
    task_rejected,
    task_submitted,
    workflow_approved,
    workflow_cancelled,
    workflow_rejected,
    workflow_submitted,
)

from home.departments import department_for_page
from home.thai_dates import fiscal_year_of
from publishing import notifications
from publishing.models import (
    DepartmentDirectorApprovalTask,
    OfficeDirectorApprovalTask,
    PageCorrection,
    PublicationRequest,
)
from publishing.working_days import VERIFICATION_WORKING_DAYS, add_working_days

Status = PublicationRequest.Status
Decision = PublicationRequest.Decision

# Wagtail's own notifiers, by the dispatch_uid and sender they are connected with
# (wagtail/admin/signal_handlers.py).
STOCK_NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


def _page_of(workflow_state):
    obj = workflow_state.content_object
    return obj.specific if isinstance(obj, Page) else None


def _describe_revision(pr, page, revision):
    """Subject and disclosure category from the text under review (not the live page)."""
    content = revision.as_object() if revision else page
    pr.subject = (content.title or page.title)[:255]
    pr.disclosure_category = (getattr(content, "disclosure_label", "") or "")[:500]


def request_for(workflow_state):
    """The publication request of a workflow run, created on its first event."""
    existing = PublicationRequest.objects.filter(workflow_state=workflow_state).first()
    if existing:
        return existing
    page = _page_of(workflow_state)
    if page is None:
        return None
    department = department_for_page(page)
    pr = PublicationRequest(
        workflow_state=workflow_state,
        page=page.page_ptr if hasattr(page, "page_ptr") else page,
        department=department,
        department_name=department.title if department else "",
        submitted_at=workflow_state.created_at or timezone.now(),
        fiscal_year=fiscal_year_of(workflow_state.created_at or timezone.now()),
    )
    pr.sign("requester", workflow_state.requested_by)
    _describe_revision(pr, page, page.get_latest_revision())
    pr.save()
    return pr


def _clear_group_step(pr):
    pr.sign("group_director", None)
    pr.group_comment = ""
    pr.group_decision = ""
    pr.group_decided_at = None
    pr.group_step_skipped = False


def _clear_office_step(pr):
    pr.sign("office_director", None)
    pr.office_comment = ""
    pr.office_decision = ""
    pr.office_decided_at = None


def _record_decision(pr, task, task_state, decision):
    if isinstance(task, DepartmentDirectorApprovalTask):
        pr.sign("group_director", task_state.finished_by)
        pr.group_decision = decision
        pr.group_decided_at = task_state.finished_at
        pr.group_comment = task_state.comment
    elif isinstance(task, OfficeDirectorApprovalTask):
        pr.sign("office_director", task_state.finished_by)
        pr.office_decision = decision
        pr.office_decided_at = task_state.finished_at
        pr.office_comment = task_state.comment


def _is_latest_text(task_state):
    """False when the approver edited the page while approving: that approval is superseded
    (the edit sends the page back to the first step)."""
    latest = task_state.workflow_state.content_object.get_latest_revision()
    return latest is None or latest.pk == task_state.revision_id


def on_task_submitted(sender, instance, user=None, **kwargs):
    task_state = instance
    pr = request_for(task_state.workflow_state)
    if pr is None:
        return
    task = task_state.task.specific
    page = _page_of(task_state.workflow_state)
    _describe_revision(pr, page, task_state.revision)
    if isinstance(task, DepartmentDirectorApprovalTask):
        _clear_group_step(pr)
        _clear_office_step(pr)
        pr.group_started_at = task_state.started_at
        pr.status = Status.GROUP_REVIEW
    elif isinstance(task, OfficeDirectorApprovalTask):
        _clear_office_step(pr)
        pr.office_started_at = task_state.started_at
        pr.status = Status.DIRECTOR_REVIEW
        skipped = task_state.workflow_state.task_states.filter(status=TaskState.STATUS_SKIPPED).first()
        if skipped:
            _clear_group_step(pr)
            pr.group_step_skipped = True
            pr.group_decided_at = skipped.finished_at
            pr.group_comment = skipped.comment
    pr.save()
    notifications.task_waiting(task_state, page, actor=user)


def on_task_approved(sender, instance, user=None, **kwargs):
    task_state = instance
    if not _is_latest_text(task_state):
        return
    pr = request_for(task_state.workflow_state)
    if pr is None:
        return
    _record_decision(pr, task_state.task.specific, task_state, Decision.APPROVED)
    pr.save()
    notifications.step_approved(task_state, _page_of(task_state.workflow_state), pr, actor=user)


def on_task_rejected(sender, instance, user=None, **kwargs):
    task_state = instance
    pr = request_for(task_state.workflow_state)
    if pr is None:
        return
    _record_decision(pr, task_state.task.specific, task_state, Decision.REJECTED)
    pr.status = Status.NEEDS_CHANGES
    pr.save()
    notifications.rejected(task_state, _page_of(task_state.workflow_state), actor=user)


def on_workflow_approved(sender, instance, user=None, **kwargs):
    pr = request_for(instance)
    if pr is None or pr.published_at:
        return
    page = _page_of(instance)
    revision = page.get_latest_revision()
    pr.status = Status.SCHEDULED
    pr.scheduled_for = revision.approved_go_live_at if revision else None
    pr.save(update_fields=["status", "scheduled_for", "updated_at"])


def on_workflow_cancelled(sender, instance, user=None, **kwargs):
    PublicationRequest.objects.filter(workflow_state=instance, published_at__isnull=True).update(
        status=Status.CANCELLED, updated_at=timezone.now()
    )


def on_page_published(sender, instance, revision=None, **kwargs):
    page = instance
    now = timezone.now()
    if revision is not None and revision.approved_go_live_at and revision.approved_go_live_at > now:
        # Wagtail sends page_published when it *schedules* a revision too: not live yet.
        return
    # A note goes public with the revision it describes (or a later one), never before its approval.
    pending_notes = PageCorrection.objects.filter(page_id=page.pk, published_at__isnull=True)
    if revision is not None:
        pending_notes = pending_notes.filter(revision_id__lte=revision.pk)
    pending_notes.update(published_at=now)
    pr = (
        PublicationRequest.objects.filter(
            page_id=page.pk,
            workflow_state__status=WorkflowState.STATUS_APPROVED,
            published_at__isnull=True,
        )
        .select_related("workflow_state__current_task_state__finished_by")
        .order_by("-submitted_at")
        .first()
    )
    if pr is None:
        return
    published_at = page.last_published_at or now
    final_state = pr.workflow_state.current_task_state
    approver = final_state.finished_by if final_state else None
    publisher = _publisher(page, revision)
    pr.published_at = published_at
    # Part 2 of the memo names whoever put the page online (a webmaster publishing by hand), never
    # the director: an approval that publishes by itself, or a schedule, is the system's doing.
    pr.published_automatically = publisher is None or publisher == approver
    pr.sign("published_by", None if pr.published_automatically else publisher)
    pr.status = Status.PUBLISHED
    pr.verification_due_on = add_working_days(timezone.localdate(published_at), VERIFICATION_WORKING_DAYS)
    pr.save()


def _publisher(page, revision):
    """The user of the publish log entry Wagtail wrote just before sending ``page_published``."""
    from wagtail.models import PageLogEntry

    entries = PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish")
    if revision is not None:
        entries = entries.filter(revision_id=revision.pk)
    entry = entries.select_related("user").order_by("-timestamp", "-pk").first()
    return entry.user if entry else None


def connect():
    for signal, sender, uid in STOCK_NOTIFIERS:
        # Whichever app becomes ready first, the stock notifier ends up disconnected: remove it if
        # it is there, and hold its dispatch_uid with a no-op so a later connect is ignored.
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(_stock_notifier_replaced, sender=sender, dispatch_uid=uid, weak=False)
    task_submitted.connect(on_task_submitted, dispatch_uid="publishing_task_submitted")
    task_approved.connect(on_task_approved, dispatch_uid="publishing_task_approved")
    task_rejected.connect(on_task_rejected, dispatch_uid="publishing_task_rejected")
    workflow_approved.connect(on_workflow_approved, dispatch_uid="publishing_workflow_approved")
    workflow_cancelled.connect(on_workflow_cancelled, dispatch_uid="publishing_workflow_cancelled")
    page_published.connect(on_page_published, dispatch_uid="publishing_page_published")


def _stock_notifier_replaced(*args, **kwargs):
    """Wagtail's stock workflow e-mails are replaced by ``publishing.notifications``."""
    return None


__all__ = ["connect", "request_for"]
