"""Withdrawing a live page, and bringing it back through the workflow.

The one rule: a page is *withdrawn* while it has an open ``PageWithdrawal`` (not reinstated).
``withdraw_page`` is the only way to open one, and it unpublishes the page in the same
transaction, so every public listing, feed, sitemap, home section and chooser that already asks
Wagtail for ``live()`` pages drops it at once, and so does whatever lists pages later. Two things
keep non-live pages and need the rule itself: the search index (``exclude_withdrawn`` in
``get_indexed_objects``) and the admin's page chooser (``construct_page_chooser_queryset``).

The withdrawn page keeps its address: ``WithdrawablePageMixin`` (a base of ``home.BasePage``)
routes it although it is not live and answers 410 Gone with the public explanation, in the site's
layout. The office director asks for reinstatement (``request_reinstatement``); the page's editors
correct it and submit it; when the approved revision is published (``page_published``), the
withdrawal closes with the approver as the one who reinstated it. All of it is in the audit log.
"""

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import WorkflowState
from wagtail.search import index
from wagtail.url_routing import RouteResult

from publishing.constants import LOG_REINSTATE, LOG_REINSTATEMENT_REQUEST, LOG_WITHDRAW
from publishing.models import PageWithdrawal

WITHDRAWN_TEMPLATE = "publishing/withdrawn_page.html"


def withdrawn_page_ids():
    """Subquery of the ids of withdrawn pages (open withdrawals)."""
    return PageWithdrawal.objects.open().values("page_id")


def withdrawn(page_ref="pk"):
    """``Exists`` expression, true for pages with an open withdrawal (``page_ref``: the page's pk);
    for annotations (``.annotate(is_withdrawn=withdrawn())``)."""
    return Exists(PageWithdrawal.objects.open().filter(page_id=OuterRef(page_ref)))


def exclude_withdrawn(queryset, page_ref="pk"):
    """``queryset`` (of pages, or of rows pointing at a page through ``page_ref``) without the
    withdrawn pages: a subquery, no extra round trip. A plain ``NOT IN`` lookup, so Wagtail's
    search backends accept the queryset too (they cannot filter on ``Exists``)."""
    return queryset.exclude(**{f"{page_ref}__in": withdrawn_page_ids()})


def open_withdrawal(page):
    """The withdrawal in force on ``page``, or None (one indexed query)."""
    return PageWithdrawal.objects.open().filter(page_id=page.pk).order_by("-withdrawn_at", "-pk").first()


def is_withdrawn(page):
    return PageWithdrawal.objects.open().filter(page_id=page.pk).exists()


@transaction.atomic
def withdraw_page(page, user, explanation):
    """Take a live page off the site with a public explanation; returns the withdrawal."""
    page = page.specific
    withdrawal = PageWithdrawal.objects.create(page=page, explanation=explanation, withdrawn_by=user)
    # A change waiting for approval must not put the page back online by the way.
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        workflow_state.cancel(user=user)
    # The withdrawal right is the permission here (directors have no publish right on the tree).
    UnpublishPageAction(page, user=user, log_action=False).execute(skip_permission_checks=True)
    log(instance=page, action=LOG_WITHDRAW, user=user, data={"explanation": explanation})
    index.remove_object(page)
    return withdrawal


def request_reinstatement(withdrawal, user, note=""):
    """The office director asks for the page back: its editors correct it and submit it."""
    withdrawal.reinstatement_requested_by = user
    withdrawal.reinstatement_requested_at = timezone.now()
    withdrawal.reinstatement_note = note
    withdrawal.save(
        update_fields=["reinstatement_requested_by", "reinstatement_requested_at", "reinstatement_note"]
    )
    log(instance=withdrawal.page.specific, action=LOG_REINSTATEMENT_REQUEST, user=user, data={"note": note})
    return withdrawal


def _approver(page, since):
    """Who approved the revision now going live: the last step of the latest approved workflow
    that finished after the withdrawal (None for a superuser's direct publish)."""
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_APPROVED, current_task_state__finished_at__gte=since)
        .select_related("current_task_state__finished_by")
        .order_by("-created_at")
        .first()
    )
    return workflow_state.current_task_state.finished_by if workflow_state else None


def close_on_publish(sender, instance, revision=None, **kwargs):
    """``page_published``: an approved revision is live again, so the withdrawal ends."""
    if (
        revision is not None
        and revision.approved_go_live_at
        and revision.approved_go_live_at > timezone.now()
    ):
        return  # Wagtail signals a scheduled revision too: it is not live yet.
    withdrawal = open_withdrawal(instance)
    if withdrawal is None:
        return
    withdrawal.reinstated_by = _approver(instance, withdrawal.withdrawn_at)
    withdrawal.reinstated_at = timezone.now()
    withdrawal.save(update_fields=["reinstated_by", "reinstated_at"])
    log(
        instance=instance,
        action=LOG_REINSTATE,
        user=withdrawal.reinstated_by,
        data={"withdrawal": withdrawal.pk, "revision": revision.pk if revision else None},
    )
    index.insert_or_update_object(instance)


def connect():
    from wagtail.signals import page_published

    page_published.connect(close_on_publish, dispatch_uid="publishing_close_withdrawal")


class WithdrawablePageMixin:
    """A withdrawn page keeps its address and answers 410 Gone with the explanation.

    Live pages pay nothing: only a page that is not live is looked up (withdrawing unpublishes).
    """

    @classmethod
    def get_indexed_objects(cls):
        return exclude_withdrawn(super().get_indexed_objects())

    def route(self, request, path_components):
        if not path_components and not self.live:
            withdrawal = open_withdrawal(self)
            if withdrawal is not None:
                self._withdrawal = withdrawal
                return RouteResult(self)
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        withdrawal = getattr(self, "_withdrawal", None)
        if withdrawal is not None and not self.live:
            return withdrawn_response(request, self, withdrawal)
        return super().serve(request, *args, **kwargs)


def withdrawn_response(request, page, withdrawal):
    """The page's title, the withdrawal banner and its public notes in the site's layout: 410."""
    context = {"page": page, "self": page, "request": request, "withdrawal": withdrawal}
    return TemplateResponse(request, WITHDRAWN_TEMPLATE, context, status=410)
