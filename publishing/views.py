"""Admin views of publishing: the memo, the post-publication check, the public correction note and
the withdrawal of a page. Registered by ``publishing.viewsets`` and ``publishing.wagtail_hooks``."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from home.models import OfficeSettings
from publishing.access import VIEW_REQUESTS, WITHDRAW_PAGES, can_verify, visible_requests
from publishing.constants import LOG_WITHDRAW
from publishing.models import PageCorrection, PageWithdrawal, PublicationRequest


def _require_view_permission(request):
    if not request.user.has_perm(VIEW_REQUESTS):
        raise PermissionDenied


def print_view(request, pk):
    """The request laid out as the memo (บันทึกข้อความ) of seeds 003 §8 and 004, for A4."""
    _require_view_permission(request)
    publication_request = get_object_or_404(
        visible_requests(request.user).select_related("department", "page"), pk=pk
    )
    office = OfficeSettings.for_request(request)
    return TemplateResponse(
        request,
        "publishing/print.html",
        {"pr": publication_request, "office": office, "now": timezone.now()},
    )


class VerificationForm(forms.ModelForm):
    verification_result = forms.ChoiceField(
        label="ผลการตรวจสอบหน้าที่เผยแพร่",
        choices=PublicationRequest.Verification.choices,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = PublicationRequest
        fields = ["verification_result", "verification_note"]
        widgets = {"verification_note": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("verification_result") == PublicationRequest.Verification.NEEDS_FIX
            and not (cleaned.get("verification_note") or "").strip()
        ):
            self.add_error("verification_note", "กรุณาระบุสิ่งที่ต้องแก้ไข")
        return cleaned


def verify_view(request, pk):
    """The group director records the check of the live page (ส่วนที่ 3)."""
    _require_view_permission(request)
    publication_request = get_object_or_404(visible_requests(request.user), pk=pk)
    if not can_verify(request.user, publication_request):
        raise PermissionDenied
    form = VerificationForm(request.POST or None, instance=publication_request)
    if request.method == "POST" and form.is_valid():
        verified = form.save(commit=False)
        verified.verified_by = request.user
        verified.verified_by_name = request.user.display_name
        verified.verified_by_position = request.user.position
        verified.verified_at = timezone.now()
        verified.save()
        messages.success(request, f"บันทึกผลการตรวจสอบ “{verified.subject}” แล้ว")
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "publishing/verify.html",
        {"pr": publication_request, "form": form, "page_title": "ตรวจสอบหลังเผยแพร่"},
    )


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


def correction_note_view(request, page_id):
    """Asked after a live page is submitted or published again: what changed, for the public."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    fallback = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    # A change sent back and resubmitted keeps one pending note, shown prefilled for editing.
    pending = PageCorrection.objects.filter(page=page, published_at__isnull=True).first()
    form = CorrectionNoteForm(request.POST or None, instance=pending)
    if request.method == "POST" and form.is_valid():
        correction = form.save(commit=False)
        correction.page = page
        correction.revision = page.get_latest_revision()
        correction.created_by = request.user
        # Published straight away (a publisher's edit): show the note now; otherwise the note
        # waits until the approved revision goes live.
        if correction.revision_id and page.live_revision_id == correction.revision_id:
            correction.published_at = timezone.now()
        correction.save()
        messages.success(request, "บันทึกการแก้ไขเพิ่มเติมแล้ว จะแสดงบนหน้าเว็บเมื่อฉบับแก้ไขเผยแพร่")
        return redirect(_safe_next(request, fallback))
    return TemplateResponse(
        request,
        "publishing/correction_note.html",
        {"page": page, "form": form, "next": _safe_next(request, fallback)},
    )


class WithdrawalForm(forms.ModelForm):
    class Meta:
        model = PageWithdrawal
        fields = ["explanation"]
        widgets = {"explanation": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"explanation": {"required": "กรุณาระบุคำชี้แจงต่อสาธารณะ"}}


def withdraw_view(request, page_id):
    """Withdraw a live page with a public explanation banner; the page stays, marked."""
    if not request.user.has_perm(WITHDRAW_PAGES):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id, live=True).specific
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        withdrawal = form.save(commit=False)
        withdrawal.page = page
        withdrawal.withdrawn_by = request.user
        withdrawal.save()
        log(
            instance=page,
            action=LOG_WITHDRAW,
            user=request.user,
            data={"explanation": withdrawal.explanation},
        )
        messages.success(request, f"ถอนข้อมูล “{page.title}” พร้อมคำชี้แจงแล้ว")
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "publishing/withdraw.html", {"page": page, "form": form})


def urlpatterns():
    return [
        path("publishing/correction/<int:page_id>/", correction_note_view, name="publishing_correction_note"),
        path("publishing/withdraw/<int:page_id>/", withdraw_view, name="publishing_withdraw_page"),
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
    """``before_edit_page``: the editor sees the reason a page was sent back, on the page itself."""
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
    return None
