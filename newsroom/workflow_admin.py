"""Admin screens of the approval workflow: the publication requests (list, export, print,
post-publication verification), the public correction note, the withdrawal of a page, and the
dashboard panels. Registered by ``newsroom.wagtail_hooks.workflow``.

Who sees requests (least privilege): office directors, webmasters, PR officers and
administrators see all; group directors see their own group's; nobody else (403).
"""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy

from accounts import roles
from accounts.roles import user_has_role
from home.models import DepartmentPage, OfficeSettings
from home.thai_dates import current_fiscal_year, fiscal_year_choices
from newsroom.models import PageCorrection, PageWithdrawal, PublicationRequest

ALL_REQUEST_ROLES = (roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.PR_OFFICERS, roles.ADMINISTRATORS)


# --- who sees what -------------------------------------------------------------------------


def director_department_ids(user):
    """The departments whose directors' group the user belongs to."""
    if not user.is_authenticated:
        return []
    return list(
        DepartmentPage.objects.filter(directors_group__in=user.groups.values("pk")).values_list(
            "pk", flat=True
        )
    )


def visible_requests(user):
    requests = PublicationRequest.objects.all()
    if not user.is_authenticated or not user.has_perm("newsroom.view_publicationrequest"):
        return requests.none()
    if user_has_role(user, *ALL_REQUEST_ROLES):
        return requests
    return requests.filter(department__in=director_department_ids(user))


def can_verify(user, publication_request):
    if not publication_request.published_at:
        return False
    return user.is_superuser or publication_request.department_id in director_department_ids(user)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Requests are written by the workflow only: nobody adds, edits or deletes them by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


# --- the list ------------------------------------------------------------------------------


class PublicationRequestFilterSet(WagtailFilterSet):
    department = django_filters.ModelChoiceFilter(
        label="กลุ่มงาน", queryset=DepartmentPage.objects.order_by("path"), empty_label="ทุกกลุ่มงาน"
    )
    status = django_filters.ChoiceFilter(
        label="สถานะ", choices=PublicationRequest.Status.choices, empty_label="ทุกสถานะ"
    )
    fiscal_year = django_filters.ChoiceFilter(label="ปีงบประมาณ", choices=[], empty_label="ทุกปีงบประมาณ")

    class Meta:
        model = PublicationRequest
        fields = ["department", "status", "fiscal_year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first = (
            PublicationRequest.objects.order_by("fiscal_year").values_list("fiscal_year", flat=True).first()
        )
        self.filters["fiscal_year"].extra["choices"] = fiscal_year_choices(first or current_fiscal_year())


class PublicationRequestIndexView(IndexView):
    def get_base_queryset(self):
        return visible_requests(self.request.user).select_related("department")


class PublicationRequestInspectView(InspectView):
    template_name = "newsroom/workflow/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(visible_requests(self.request.user), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["publication_request"] = self.object
        context["print_url"] = reverse("newsroom_publication_requests:print", args=[self.object.pk])
        context["can_verify"] = can_verify(self.request.user, self.object)
        context["verify_url"] = reverse("newsroom_publication_requests:verify", args=[self.object.pk])
        page = self.object.page
        if page and withdrawal_button_allowed(page, self.request.user):
            context["withdraw_url"] = reverse("newsroom_withdraw_page", args=[page.pk])
        return context


def _require_view_permission(request):
    if not request.user.has_perm("newsroom.view_publicationrequest"):
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
        "newsroom/workflow/print.html",
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
        "newsroom/workflow/verify.html",
        {"pr": publication_request, "form": form, "page_title": "ตรวจสอบหลังเผยแพร่"},
    )


class PublicationRequestViewSet(ModelViewSet):
    model = PublicationRequest
    icon = "clipboard-list"
    menu_label = "คำขออนุญาตเผยแพร่"
    menu_order = 250
    add_to_admin_menu = True
    name = "newsroom_publication_requests"
    url_prefix = "publication-requests"
    index_view_class = PublicationRequestIndexView
    inspect_view_class = PublicationRequestInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = PublicationRequestFilterSet
    list_per_page = 30
    # Never used: the policy refuses add and change to everyone (the workflow writes requests).
    form_fields = ["verification_note"]
    list_display = [
        TitleColumn("subject", label="เรื่อง", url_name="newsroom_publication_requests:inspect"),
        Column("department_name", label="กลุ่มงาน"),
        Column("requester_name", label="ผู้ขอเผยแพร่"),
        StatusTagColumn("get_status_display", label="สถานะ", primary=lambda pr: pr.status == "published"),
        DateColumn("submitted_at", label="ส่งขออนุญาต"),
        DateColumn("published_at", label="เผยแพร่"),
        Column("get_verification_result_display", label="ตรวจสอบหลังเผยแพร่"),
    ]
    list_export = [
        "reference",
        "subject",
        "department_name",
        "disclosure_category",
        "get_status_display",
        "requester_name",
        "requester_position",
        "submitted_at",
        "group_director_name",
        "get_group_decision_display",
        "group_decided_at",
        "group_comment",
        "office_director_name",
        "get_office_decision_display",
        "office_decided_at",
        "office_comment",
        "scheduled_for",
        "published_at",
        "published_by_name",
        "verification_due_on",
        "verified_by_name",
        "verified_at",
        "get_verification_result_display",
        "verification_note",
        "fiscal_year",
    ]
    export_headings = {
        "reference": "ที่",
        "subject": "เรื่อง",
        "department_name": "กลุ่มงาน",
        "disclosure_category": "หมวดการเปิดเผยข้อมูล",
        "get_status_display": "สถานะ",
        "requester_name": "ผู้ขอเผยแพร่",
        "requester_position": "ตำแหน่งผู้ขอเผยแพร่",
        "submitted_at": "ส่งขออนุญาตเมื่อ",
        "group_director_name": "ผู้อำนวยการกลุ่ม",
        "get_group_decision_display": "ผลการตรวจสอบของ ผอ.กลุ่ม",
        "group_decided_at": "ผอ.กลุ่มตรวจสอบเมื่อ",
        "group_comment": "ความเห็น ผอ.กลุ่ม",
        "office_director_name": "ผู้อนุญาต",
        "get_office_decision_display": "คำสั่ง ผอ.สพท.",
        "office_decided_at": "สั่งการเมื่อ",
        "office_comment": "ความเห็น/เหตุผลที่ไม่อนุญาต",
        "scheduled_for": "กำหนดเผยแพร่",
        "published_at": "เผยแพร่เมื่อ",
        "published_by_name": "ผู้อนุมัติให้เผยแพร่",
        "verification_due_on": "กำหนดตรวจสอบหลังเผยแพร่",
        "verified_by_name": "ผู้ตรวจสอบหลังเผยแพร่",
        "verified_at": "ตรวจสอบเมื่อ",
        "get_verification_result_display": "ผลการตรวจสอบหลังเผยแพร่",
        "verification_note": "บันทึกการตรวจสอบ",
        "fiscal_year": "ปีงบประมาณ",
    }
    export_filename = "publication-requests"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("print/<int:pk>/", print_view, name="print"),
            path("verify/<int:pk>/", verify_view, name="verify"),
        ]


# --- corrections and withdrawals ---------------------------------------------------------------


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
        "newsroom/workflow/correction_note.html",
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
    if not request.user.has_perm("newsroom.add_pagewithdrawal"):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id, live=True).specific
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        withdrawal = form.save(commit=False)
        withdrawal.page = page
        withdrawal.withdrawn_by = request.user
        withdrawal.save()
        from wagtail.log_actions import log

        log(
            instance=page,
            action="newsroom.withdraw",
            user=request.user,
            data={"explanation": withdrawal.explanation},
        )
        messages.success(request, f"ถอนข้อมูล “{page.title}” พร้อมคำชี้แจงแล้ว")
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "newsroom/workflow/withdraw.html", {"page": page, "form": form})


def urlpatterns():
    return [
        path("newsroom/correction/<int:page_id>/", correction_note_view, name="newsroom_correction_note"),
        path("newsroom/withdraw/<int:page_id>/", withdraw_view, name="newsroom_withdraw_page"),
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
    return redirect(reverse("newsroom_correction_note", args=[page.pk]) + "?" + urlencode({"next": next_url}))


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


# --- dashboard ---------------------------------------------------------------------------------


class VerificationsPanel(Component):
    """Live pages waiting for their group director's check; overdue after 3 working days."""

    name = "newsroom_verifications"
    order = 110
    template_name = "newsroom/workflow/dashboard_verifications.html"

    def __init__(self, due, overdue_all):
        self.due = due
        self.overdue_all = overdue_all

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["due"] = self.due
        context["overdue_all"] = self.overdue_all
        context["today"] = timezone.localdate()
        return context


def verifications_for(user):
    """(due for this user to verify, overdue for everyone — shown to those who oversee all)."""
    pending = PublicationRequest.objects.filter(
        published_at__isnull=False, verified_at__isnull=True
    ).order_by("verification_due_on", "pk")
    due = pending if user.is_superuser else pending.filter(department__in=director_department_ids(user))
    overdue_all = PublicationRequest.objects.none()
    if user_has_role(user, roles.OFFICE_DIRECTORS, roles.WEBMASTERS, roles.ADMINISTRATORS):
        overdue_all = pending.filter(verification_due_on__lt=timezone.localdate())
    return list(due[:50]), list(overdue_all[:50])


def dashboard_panels(request, panels):
    due, overdue_all = verifications_for(request.user)
    if due or overdue_all:
        panels.append(VerificationsPanel(due, overdue_all))


def withdrawal_button_allowed(page, user):
    return (
        page.live and not page.is_root() and page.depth > 2 and user.has_perm("newsroom.add_pagewithdrawal")
    )


__all__ = [
    "PublicationRequestViewSet",
    "correction_prompt",
    "dashboard_panels",
    "rejection_notice",
    "urlpatterns",
    "visible_requests",
    "withdrawal_button_allowed",
]
