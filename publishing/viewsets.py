"""Admin viewsets of publishing: the publication requests (list, export, inspect, print, verify)
and the office's list of disclosure categories, grouped under one menu."""

import django_filters
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from home.exports import ThaiExportMixin
from home.models import DepartmentPage
from home.thai_dates import current_fiscal_year, fiscal_year_choices
from publishing import views
from publishing.access import can_verify, visible_requests, withdrawal_button_allowed
from publishing.models import DisclosureCategory, OfficeClosure, PublicationRequest


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


class PublicationRequestIndexView(ThaiExportMixin, IndexView):
    def get_base_queryset(self):
        return visible_requests(self.request.user).select_related("department")


class PublicationRequestInspectView(InspectView):
    template_name = "publishing/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(visible_requests(self.request.user), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["publication_request"] = self.object
        context["print_url"] = reverse("publication_requests:print", args=[self.object.pk])
        context["can_verify"] = can_verify(self.request.user, self.object)
        context["verify_url"] = reverse("publication_requests:verify", args=[self.object.pk])
        page = self.object.page
        if page and withdrawal_button_allowed(page, self.request.user):
            context["withdraw_url"] = reverse("publishing_withdraw_page", args=[page.pk])
        return context


class PublicationRequestViewSet(ModelViewSet):
    model = PublicationRequest
    icon = "clipboard-list"
    menu_label = "คำขออนุญาตเผยแพร่"
    name = "publication_requests"
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
        TitleColumn("subject", label="เรื่อง", url_name="publication_requests:inspect"),
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
            path("print/<int:pk>/", views.MemoView.as_view(), name="print"),
            path("verify/<int:pk>/", views.VerifyView.as_view(), name="verify"),
        ]


class DisclosureCategoryViewSet(ModelViewSet):
    model = DisclosureCategory
    name = "disclosure_categories"
    icon = "tag"
    menu_label = "หมวดการเปิดเผยข้อมูล"
    list_display = ["name", "needs_detail", "sort_order"]
    ordering = ["sort_order", "name"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("needs_detail"), FieldPanel("sort_order")],
            heading="หมวดการเปิดเผยข้อมูล",
        )
    ]


class OfficeClosureViewSet(ModelViewSet):
    """Closures beyond the public holidays; deadlines in working days skip them."""

    model = OfficeClosure
    name = "office_closures"
    icon = "date"
    menu_label = "วันปิดทำการของสำนักงาน"
    list_display = ["start_date", "end_date", "reason"]
    ordering = ["-start_date"]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("reason"),
                FieldPanel("site"),
            ],
            heading="วันปิดทำการ",
        )
    ]


class PublishingViewSetGroup(ViewSetGroup):
    menu_label = "การอนุมัติเผยแพร่"
    menu_icon = "clipboard-list"
    menu_order = 240
    items = (PublicationRequestViewSet, DisclosureCategoryViewSet, OfficeClosureViewSet)
