"""Admin views of publishing: the memo, the post-publication check, the public correction note and
the withdrawal of a page. Registered by ``publishing.viewsets`` and ``publishing.wagtail_hooks``."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from home.models import OfficeSettings
from publishing.access import (
    REINSTATE_PAGES,
    VIEW_REQUESTS,
    WITHDRAW_PAGES,
    can_verify,
    visible_requests,
    withdrawal_button_allowed,
)
from publishing.constants import LOG_CORRECTION
from publishing.models import PageCorrection, PageWithdrawal, VerificationCheck
from publishing.routes import gaps_for_page
from publishing.verification import open_fixes_for_page, record_check
from publishing.withdrawals import open_withdrawal, request_reinstatement, withdraw_page


class RequestViewMixin:
    """The publication request of the URL, among those the user may see (404 otherwise)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_REQUESTS):
            raise PermissionDenied
        self.publication_request = get_object_or_404(
            visible_requests(request.user).select_related("department", "page"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)


class MemoView(RequestViewMixin, TemplateView):
    """The request laid out as the memo (บันทึกข้อความ) of seeds 003 §8 and 004, for A4."""

    template_name = "publishing/print.html"

    def get_context_data(self, **kwargs):
        publication_request = self.publication_request
        return super().get_context_data(
            pr=publication_request,
            office=OfficeSettings.for_request(self.request),
            now=timezone.now(),
            corrections=corrections_under_review(publication_request),
            history=decision_history(publication_request),
            checks=list(publication_request.checks.order_by("checked_at")),
            **kwargs,
        )


STATUS_LABELS = {"approved": "อนุมัติ", "rejected": "ส่งกลับแก้ไข", "skipped": "ข้ามขั้นตอน", "cancelled": "ยกเลิก"}


def decision_history(publication_request):
    """Every decision of the run, rejections before a resubmission included (Wagtail's task states)."""
    if not publication_request.workflow_state_id:
        return []
    states = list(
        publication_request.workflow_state.task_states.exclude(status="in_progress")
        .select_related("task", "finished_by")
        .order_by("finished_at", "pk")
    )
    for state in states:
        state.status_label = STATUS_LABELS.get(state.status, state.status)
    return states


def corrections_under_review(publication_request):
    """Correction notes attached to the revisions this run asks to publish."""
    if not publication_request.workflow_state_id or not publication_request.page_id:
        return []
    revision_ids = publication_request.workflow_state.task_states.values("revision_id")
    return list(
        PageCorrection.objects.filter(page_id=publication_request.page_id, revision_id__in=revision_ids)
        .select_related("created_by")
        .order_by("created_at")
    )


class VerificationForm(forms.Form):
    result = forms.ChoiceField(
        label="ผลการตรวจสอบหน้าที่เผยแพร่",
        choices=VerificationCheck.Result.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "กรุณาเลือกผลการตรวจสอบ"},
    )
    note = forms.CharField(
        label="บันทึกการตรวจสอบ",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="จำเป็นเมื่อผลเป็น “ต้องแก้ไข”: ผู้เขียนของกลุ่มและเจ้าหน้าที่ประชาสัมพันธ์จะได้รับบันทึกนี้",
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("result") == VerificationCheck.Result.NEEDS_FIX
            and not (cleaned.get("note") or "").strip()
        ):
            self.add_error("note", "กรุณาระบุสิ่งที่ต้องแก้ไข")
        return cleaned


class VerifyView(RequestViewMixin, WagtailAdminTemplateMixin, FormView):
    """The group director records a check of the live page (ส่วนที่ 3); every check is kept."""

    template_name = "publishing/verify.html"
    form_class = VerificationForm
    page_title = "ตรวจสอบหลังเผยแพร่"
    header_icon = "tasks"

    def get(self, request, *args, **kwargs):
        self._check()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self._check()
        return super().post(request, *args, **kwargs)

    def _check(self):
        if not can_verify(self.request.user, self.publication_request):
            raise PermissionDenied

    def get_page_subtitle(self):
        return self.publication_request.subject

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            pr=self.publication_request, checks=self.publication_request.checks.all(), **kwargs
        )

    def form_valid(self, form):
        pr = self.publication_request
        record_check(pr, self.request.user, form.cleaned_data["result"], form.cleaned_data["note"].strip())
        messages.success(self.request, f"บันทึกผลการตรวจสอบ “{pr.subject}” แล้ว")
        return redirect("wagtailadmin_home")


def _safe_next(request, fallback):
    next_url = request.POST.get("next") or request.GET.get("next")
    if (
        next_url
        and next_url.startswith("/")
        and url_has_allowed_host_and_scheme(next_url, {request.get_host()})
    ):
        return next_url
    return fallback


class CorrectionNoteForm(forms.ModelForm):
    class Meta:
        model = PageCorrection
        fields = ["note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3, "maxlength": 500})}
        error_messages = {"note": {"required": "กรุณาสรุปสั้น ๆ ว่าแก้ไขอะไร"}}


class CorrectionNoteView(WagtailAdminTemplateMixin, FormView):
    """Asked after a live page is submitted or published again: what changed, for the public.

    The note belongs to the revision it describes and goes public only when that revision is
    published: through the approval workflow for everyone without the right to publish. Nobody can
    put a note on a live page without a change under review (or a publish of their own).
    """

    template_name = "publishing/correction_note.html"
    form_class = CorrectionNoteForm
    page_title = "บันทึกการแก้ไขเพิ่มเติม"
    header_icon = "edit"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        permissions = self.page.permissions_for_user(request.user)
        if not permissions.can_edit():
            raise PermissionDenied
        self.next_url = _safe_next(request, reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]))
        self.latest = self.page.get_latest_revision()
        self.published_now = (
            permissions.can_publish()
            and self.latest is not None
            and self.page.live_revision_id == self.latest.pk
        )
        in_review = (
            WorkflowState.objects.for_instance(self.page)
            .filter(status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES])
            .exists()
        )
        if not (self.published_now or in_review):
            messages.error(
                request,
                "บันทึกการแก้ไขเพิ่มเติมต้องแนบกับฉบับแก้ไขที่ส่งขออนุมัติ กรุณาแก้ไขหน้าแล้วกด “ส่งขออนุมัติ” ก่อน",
            )
            return redirect(self.next_url)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.title

    def get_form_kwargs(self):
        # A change sent back and resubmitted keeps one pending note, shown prefilled for editing.
        pending = PageCorrection.objects.filter(page=self.page, published_at__isnull=True).first()
        return {**super().get_form_kwargs(), "instance": pending}

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, next=self.next_url, **kwargs)

    def form_valid(self, form):
        correction = form.save(commit=False)
        correction.page = self.page
        correction.revision = self.latest
        correction.created_by = self.request.user
        if self.published_now:
            correction.published_at = timezone.now()
        correction.save()
        log(instance=self.page, action=LOG_CORRECTION, user=self.request.user, data={"note": correction.note})
        if self.published_now:
            messages.success(self.request, "บันทึกการแก้ไขเพิ่มเติมแล้ว และแสดงบนหน้าเว็บแล้ว")
        else:
            messages.success(
                self.request,
                "บันทึกการแก้ไขเพิ่มเติมแล้ว ผู้อนุมัติจะเห็นบันทึกนี้ และจะแสดงบนหน้าเว็บเมื่อฉบับแก้ไขได้รับอนุมัติ",
            )
        return redirect(self.next_url)


class WithdrawalForm(forms.ModelForm):
    class Meta:
        model = PageWithdrawal
        fields = ["explanation"]
        widgets = {"explanation": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"explanation": {"required": "กรุณาระบุคำชี้แจงต่อสาธารณะ"}}


class WithdrawView(WagtailAdminTemplateMixin, FormView):
    """Withdraw a live page with a public explanation: off every listing, 410 with the banner at its
    address (``publishing.withdrawals.withdraw_page``)."""

    template_name = "publishing/withdraw.html"
    form_class = WithdrawalForm
    page_title = "ถอนข้อมูลพร้อมคำชี้แจง"
    header_icon = "warning"

    def dispatch(self, request, page_id):
        if not request.user.has_perm(WITHDRAW_PAGES):
            raise PermissionDenied
        self.page = get_object_or_404(Page, pk=page_id, live=True).specific
        if not withdrawal_button_allowed(self.page, request.user):
            raise PermissionDenied  # the home page and the site root stay
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, **kwargs)

    def form_valid(self, form):
        withdraw_page(self.page, self.request.user, form.cleaned_data["explanation"])
        messages.success(self.request, f"ถอนข้อมูล “{self.page.title}” พร้อมคำชี้แจงแล้ว")
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)


class ReinstatementForm(forms.Form):
    note = forms.CharField(
        label="สิ่งที่ต้องแก้ไขก่อนเผยแพร่อีกครั้ง",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="ผู้ดูแลเนื้อหาของหน้าเห็นข้อความนี้ในหน้าแก้ไข ว่างไว้หากเผยแพร่ฉบับเดิมได้",
    )


class ReinstatementView(WagtailAdminTemplateMixin, FormView):
    """ขอยกเลิกการถอนข้อมูล: the office director asks for a withdrawn page back.

    Nothing goes online here: the page's editors submit it, and the withdrawal closes when the
    approved revision is published (``publishing.withdrawals.close_on_publish``).
    """

    template_name = "publishing/reinstate.html"
    form_class = ReinstatementForm
    page_title = "ขอยกเลิกการถอนข้อมูล"
    header_icon = "rotate"

    def dispatch(self, request, page_id):
        if not request.user.has_perm(REINSTATE_PAGES):
            raise PermissionDenied
        self.page = get_object_or_404(Page, pk=page_id, live=False).specific
        self.withdrawal = open_withdrawal(self.page)
        if self.withdrawal is None:
            raise Http404
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, withdrawal=self.withdrawal, **kwargs)

    def form_valid(self, form):
        request_reinstatement(self.withdrawal, self.request.user, form.cleaned_data["note"])
        messages.success(
            self.request,
            f"บันทึกคำขอยกเลิกการถอน “{self.page.title}” แล้ว หน้าจะกลับมาเผยแพร่เมื่อฉบับแก้ไขผ่านการอนุมัติ",
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)


def withdrawal_notice(request, page):
    """``before_edit_page``: the editors see that the page is withdrawn and what the director asks."""
    if request.method != "GET" or page.live:
        return None
    withdrawal = open_withdrawal(page)
    if withdrawal is None:
        return None
    text = f"หน้านี้ถอนการเผยแพร่แล้ว: {withdrawal.explanation}"
    if withdrawal.reinstatement_requested_at:
        who = getattr(withdrawal.reinstatement_requested_by, "display_name", "")
        text += f" — {who} ขอให้เผยแพร่อีกครั้ง"
        if withdrawal.reinstatement_note:
            text += f": {withdrawal.reinstatement_note}"
    text += " (หน้าจะกลับมาเผยแพร่เมื่อฉบับแก้ไขผ่านการอนุมัติตามขั้นตอน)"
    messages.warning(request, text)
    return None


def urlpatterns():
    return [
        path(
            "publishing/correction/<int:page_id>/",
            CorrectionNoteView.as_view(),
            name="publishing_correction_note",
        ),
        path("publishing/withdraw/<int:page_id>/", WithdrawView.as_view(), name="publishing_withdraw_page"),
        path(
            "publishing/reinstate/<int:page_id>/",
            ReinstatementView.as_view(),
            name="publishing_reinstate_page",
        ),
    ]


def correction_prompt(request, page):
    """``after_edit_page``/``after_publish_page``: a live page sent again goes to the note form."""
    if request.method != "POST" or not page.first_published_at:
        return None
    if not (request.POST.get("action-submit") or request.POST.get("action-publish")):
        return None
    if not page.live:
        return None
    next_url = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    return redirect(
        reverse("publishing_correction_note", args=[page.pk]) + "?" + urlencode({"next": next_url})
    )


def rejection_notice(request, page):
    """``before_edit_page``: the editor sees, on the page itself, why it was sent back and what a
    post-publication check found to fix."""
    if request.method != "GET":
        return None
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        .select_related("current_task_state__finished_by", "current_task_state__task")
        .first()
    )
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state and task_state.comment:
        who = getattr(task_state.finished_by, "display_name", "")
        messages.warning(
            request, f"ส่งกลับแก้ไขในขั้นตอน “{task_state.task.name}” โดย {who}: {task_state.comment}"
        )
    in_review = (
        WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_IN_PROGRESS).first()
    )
    if in_review is None:
        # Before submitting: say so if a step has nobody to approve it, instead of waiting silently.
        for gap in gaps_for_page(page, request.user):
            messages.warning(
                request,
                f"หากส่งขออนุมัติตอนนี้ เรื่องจะค้างที่ขั้นตอน “{gap.step}”: {gap.reason} กรุณาแจ้งผู้ดูแลเว็บไซต์หรือผู้ดูแลระบบ",
            )
    elif in_review.current_task_state_id:
        for note in PageCorrection.objects.filter(page_id=page.pk, published_at__isnull=True):
            messages.info(request, f"บันทึกการแก้ไขเพิ่มเติมที่จะแสดงต่อสาธารณะเมื่ออนุมัติ: {note.note}")
    for check in open_fixes_for_page(page.pk):
        messages.warning(
            request,
            f"ผลตรวจสอบหลังเผยแพร่: ต้องแก้ไข (โดย {check.checked_by_name}): {check.note} "
            "— แก้ไขหน้าแล้วส่งขออนุมัติอีกครั้ง",
        )
    return None
