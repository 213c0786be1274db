"""Admin viewsets of the ITA app: the catalogue, the readiness report and the copy action."""

from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from transparency.models import ItaItem, ItaSubIndicator
from transparency.permissions import can_manage_catalogue, can_view_readiness
from transparency.views import CopyYearView, ReadinessReportView


class ItaItemViewSet(ModelViewSet):
    model = ItaItem
    name = "ita_items"
    icon = "list-ol"
    menu_label = "ข้อการประเมิน ITA"
    list_display = ["code", "title", "fiscal_year", "sub_indicator", "department", "period"]
    list_filter = ["fiscal_year", "sub_indicator", "department", "period"]
    search_fields = ["code", "title"]
    ordering = ["-fiscal_year", "sort_order", "id"]
    list_per_page = 50
    inspect_view_enabled = True
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("fiscal_year"), FieldPanel("code"), FieldPanel("sort_order")]),
                FieldPanel("sub_indicator"),
                FieldPanel("title"),
            ],
            heading="ข้อการประเมิน",
        ),
        MultiFieldPanel(
            [FieldPanel("required_content"), FieldPanel("period"), FieldPanel("department")],
            heading="ข้อมูลที่ต้องเผยแพร่และผู้รับผิดชอบ",
        ),
    ]


class ItaSubIndicatorViewSet(ModelViewSet):
    model = ItaSubIndicator
    name = "ita_sub_indicators"
    icon = "folder-inverse"
    menu_label = "ตัวชี้วัดย่อย ITA"
    list_display = ["code", "title", "indicator", "fiscal_year"]
    list_filter = ["fiscal_year"]
    ordering = ["-fiscal_year", "sort_order", "code"]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("fiscal_year"), FieldPanel("code"), FieldPanel("sort_order")]),
                FieldPanel("title"),
                FieldPanel("indicator"),
            ],
            heading="ตัวชี้วัดย่อย",
        )
    ]


class ReadinessMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_readiness(request.user)


class CatalogueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_catalogue(request.user)


class ReadinessViewSet(ViewSet):
    name = "ita_readiness"
    icon = "tasks"
    menu_label = "รายงานความพร้อม ITA"
    menu_item_class = ReadinessMenuItem

    def get_urlpatterns(self):
        return [path("", ReadinessReportView.as_view(), name="index")]


class CopyYearViewSet(ViewSet):
    name = "ita_copy_year"
    icon = "copy"
    menu_label = "คัดลอกรายการไปปีถัดไป"
    menu_item_class = CatalogueMenuItem

    def get_urlpatterns(self):
        return [path("", CopyYearView.as_view(), name="index")]


class TransparencyViewSetGroup(ViewSetGroup):
    menu_label = "ความโปร่งใส (ITA)"
    menu_icon = "doc-full-inverse"
    menu_order = 250
    add_to_admin_menu = True
    items = (
        ReadinessViewSet,
        ItaItemViewSet,
        ItaSubIndicatorViewSet,
        CopyYearViewSet,
    )
