"""The desk in the Wagtail admin, grouped under "มอบหมายงานข่าว": the executives' agenda and the
assignments."""

from django.urls import path
from django.utils.html import format_html
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from assignments import views
from assignments.forms import AgendaItemForm, AssignmentForm
from assignments.models import AgendaItem, Assignment
from home.thai_dates import thai_datetime


class ThaiDateTimeColumn(Column):
    """A moment in the Buddhist Era with its time, as the office writes it."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return thai_datetime(value) if value else ""


class AssignColumn(Column):
    """Who has the item, or the link that picks it for news."""

    def get_value(self, instance):
        from django.urls import reverse

        assignment = instance.assignment_or_none
        if assignment:
            return format_html(
                '<a href="{}">{}</a>',
                reverse("assignments_assignment:inspect", args=[assignment.pk]),
                assignment.assignee.get_full_name(),
            )
        return format_html(
            '<a class="button button-small button-secondary" href="{}?agenda_item={}">มอบหมายทำข่าว</a>',
            reverse("assignments_assignment:add"),
            instance.pk,
        )


class AgendaItemViewSet(ModelViewSet):
    model = AgendaItem
    name = "assignments_agenda"
    url_prefix = "assignments/agenda"
    icon = "date"
    menu_label = "กำหนดการผู้บริหาร"
    index_view_class = views.AgendaIndexView
    add_view_class = views.AgendaCreateView
    edit_view_class = views.AgendaEditView
    delete_view_class = views.AgendaDeleteView
    copy_view_enabled = False
    list_filter = ["kind"]
    search_fields = ["title", "place", "executive_name"]
    list_display = [
        "title",
        Column("kind", label="ลักษณะงาน", accessor="get_kind_display"),
        ThaiDateTimeColumn("starts_at", label="เริ่ม"),
        ThaiDateTimeColumn("ends_at", label="สิ้นสุด"),
        "place",
        Column("executive_label", label="ผู้บริหาร"),
        AssignColumn("assignment", label="ผู้รับผิดชอบทำข่าว"),
    ]

    def get_form_class(self, for_update=False):
        return AgendaItemForm


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    name = "assignments_assignment"
    url_prefix = "assignments/assignments"
    icon = "tasks"
    menu_label = "งานข่าวที่มอบหมาย"
    index_view_class = views.AssignmentIndexView
    add_view_class = views.AssignmentCreateView
    edit_view_class = views.AssignmentEditView
    delete_view_class = views.AssignmentDeleteView
    inspect_view_class = views.AssignmentInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_filter = ["agenda_item__kind", "department"]
    search_fields = ["agenda_item__title"]
    list_display = [
        Column("__str__", label="เรื่อง"),
        Column("kind", label="ลักษณะงาน", accessor="agenda_item.get_kind_display"),
        Column("assignee", label="ผู้รับผิดชอบ", accessor="assignee.get_full_name"),
        Column("department", label="กลุ่มงาน"),
        ThaiDateTimeColumn("first_deadline", label="กำหนดเวลา"),
        Column("progress_label", label="สถานะ"),
    ]
    list_export = [
        "agenda_item",
        "assignee",
        "department",
        "assigned_at",
        "publish_by",
        "approve_by",
        "news_page",
    ]

    def get_form_class(self, for_update=False):
        return AssignmentForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/write-news/", views.WriteNewsView.as_view(), name="write_news"),
        ]


class AssignmentsViewSetGroup(ViewSetGroup):
    menu_label = "มอบหมายงานข่าว"
    menu_icon = "tasks"
    menu_order = 255
    items = (AgendaItemViewSet, AssignmentViewSet)
