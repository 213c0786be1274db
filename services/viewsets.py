"""The cases in the Wagtail admin, grouped under "บริการประชาชน": the cases, who answers what
(routes and deadlines), and the Q&A topics."""

from django.urls import path
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from services.forms import CaseActionForm
from services.models import Case, CaseRoute, QuestionTopic
from services.views.admin import CaseEditView, CaseFileView, CaseIndexView


class CaseViewSet(ModelViewSet):
    model = Case
    name = "services_case"
    url_prefix = "services/cases"
    icon = "mail"
    menu_label = "เรื่องจากประชาชน"
    index_view_class = CaseIndexView
    edit_view_class = CaseEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_filter = ["kind", "status", "complaint_type"]
    search_fields = ["tracking_code", "subject"]
    list_display = [
        "tracking_code",
        "subject",
        Column("kind", label="ประเภท", accessor="get_kind_display"),
        Column("complainant_label", label="ผู้ยื่นเรื่อง"),
        Column("status", label="สถานะ", accessor="get_status_display"),
        DateColumn("next_due", label="ครบกำหนด"),
        DateColumn("received_at", label="วันที่รับเรื่อง"),
    ]
    list_export = [
        "tracking_code",
        "kind",
        "subject",
        "status",
        "received_at",
        "acknowledge_due",
        "answer_due",
    ]

    def get_form_class(self, for_update=False):
        return CaseActionForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<str:case_pk>/file/<int:pk>/", CaseFileView.as_view(), name="file"),
        ]


class CaseRouteViewSet(ModelViewSet):
    model = CaseRoute
    icon = "group"
    menu_label = "ผู้รับผิดชอบและกำหนดเวลา"
    form_fields = ["department", "acknowledge_days", "answer_days"]
    list_display = ["__str__", "department", "acknowledge_days", "answer_days"]
    copy_view_enabled = False


class QuestionTopicViewSet(ModelViewSet):
    model = QuestionTopic
    icon = "help"
    menu_label = "หมวดคำถาม"
    form_fields = ["name", "sort_order"]
    list_display = ["name", "sort_order"]
    copy_view_enabled = False


class ServicesViewSetGroup(ViewSetGroup):
    menu_label = "บริการประชาชน"
    menu_icon = "mail"
    menu_order = 260
    items = (CaseViewSet, CaseRouteViewSet, QuestionTopicViewSet)
