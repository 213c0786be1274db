"""E-mails of the approval workflow, queued through django-q2 (``home.mail``).

Rules: approvers hear when a task waits for them; the submitter hears at each step's approval
and on rejection, with the approver's comment or reason; nobody hears about their own action;
nobody gets the same event twice. Mail is queued only once the action's transaction commits.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.urls import reverse

from home.mail import queue_templated_mail
from home.site_url import absolute_url

TEMPLATES = "publishing/mail/"
_state = threading.local()


@contextmanager
def suppressed():
    """No workflow mail inside this block (demo data replays a workflow nobody should hear about)."""
    _state.off = True
    try:
        yield
    finally:
        _state.off = False


def _admin_url(name, *args):
    return absolute_url(reverse(name, args=args))


def _context(task_state, page, actor, **extra):
    workflow_state = task_state.workflow_state
    return {
        "page_title": task_state.revision.object_str if task_state.revision_id else page.title,
        "task_name": task_state.task.name,
        "workflow_name": workflow_state.workflow.name,
        "actor_name": getattr(actor, "display_name", "") if actor else "",
        "actor_position": getattr(actor, "position", "") if actor else "",
        "submitter_name": getattr(workflow_state.requested_by, "display_name", ""),
        "comment": task_state.comment,
        "edit_url": _admin_url("wagtailadmin_pages:edit", page.pk),
        **extra,
    }


def _addresses(users, *excluded):
    excluded_ids = {user.pk for user in excluded if user is not None}
    seen = set()
    for user in users:
        if user is None or user.pk in excluded_ids or not user.is_active or not user.email:
            continue
        seen.add(user.email)
    return sorted(seen)


def _queue(addresses, template, context):
    if addresses and not getattr(_state, "off", False):
        transaction.on_commit(lambda: queue_templated_mail(addresses, TEMPLATES + template, context))


def task_waiting(task_state, page, actor=None):
    """The approvers of a task that has just started (never the submitter, never the actor)."""
    task = task_state.task.specific
    approvers = task.approvers(page) if hasattr(task, "approvers") else []
    submitter = task_state.workflow_state.requested_by
    addresses = _addresses(approvers, actor, submitter)
    _queue(addresses, "task_waiting", _context(task_state, page, actor))


def step_approved(task_state, page, publication_request, actor=None):
    """The submitter, when one step passes; the last step's mail says the page is live."""
    workflow_state = task_state.workflow_state
    finished = workflow_state.status == workflow_state.STATUS_APPROVED
    next_task = None if finished else workflow_state.current_task_state
    context = _context(
        task_state,
        page,
        actor,
        finished=finished,
        next_task_name=next_task.task.name if next_task else "",
        published=bool(publication_request.published_at),
        scheduled_for=publication_request.scheduled_for,
        public_url=page.full_url if publication_request.published_at else "",
    )
    _queue(_addresses([workflow_state.requested_by], actor), "step_approved", context)


def rejected(task_state, page, actor=None):
    """The submitter, with the reason, when a step sends the page back."""
    workflow_state = task_state.workflow_state
    _queue(_addresses([workflow_state.requested_by], actor), "rejected", _context(task_state, page, actor))


def needs_fix(page, publication_request, check, addresses):
    """The page's editors and the PR officers, when a post-publication check finds a problem."""
    context = {
        "page_title": publication_request.subject or page.title,
        "checker_name": check.checked_by_name,
        "checker_position": check.checked_by_position,
        "note": check.note,
        "edit_url": _admin_url("wagtailadmin_pages:edit", page.pk),
        "public_url": page.full_url or "",
    }
    excluded = {check.checked_by.email} if check.checked_by and check.checked_by.email else set()
    _queue([address for address in addresses if address not in excluded], "needs_fix", context)
