"""The register in the Wagtail admin: snippet viewsets grouped under "ทะเบียนเครือข่าย".

Every view checks the model permissions that only PR officers and administrators hold, so an
editor gets 403 on each of them. Exports use the import layout (``network.spreadsheet``) and are
recorded in the audit log.
"""

from collections import OrderedDict

from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.log_actions import log
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from home.exports import ThaiExportMixin
from network.models import (
    AppointmentOrder,
    ChannelLog,
    CoverageClipping,
    MediaContact,
    MediaOutlet,
    MemberStatus,
    NetworkMember,
    RecipientList,
    RegisterExport,
)
from network.permissions import ForbiddingViewSetMixin, RequireModelAccessMixin
from network.spreadsheet import LAYOUT_FOR_MODEL

EXPORT_ACTION = "network.export"
IMPORT_ACTION = "network.import"


class ThaiIndexView(ThaiExportMixin, IndexView):
    pass


class RegisterIndexView(ThaiIndexView):
    """The listing; its spreadsheet export uses the import layout and is logged."""

    @cached_property
    def layout(self):
        return LAYOUT_FOR_MODEL.get(self.model)

    def to_row_dict(self, item):
        if self.layout is None:
            return super().to_row_dict(item)
        return OrderedDict(zip(self.list_export, self.layout.export_row(item), strict=True))

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            rows = context["object_list"]
            record = RegisterExport.objects.create(
                model_name=str(self.model._meta.verbose_name_plural),
                file_format=self.request.GET.get("export"),
                row_count=rows.count() if hasattr(rows, "count") else len(rows),
                user=self.request.user,
            )
            log(
                instance=record,
                action=EXPORT_ACTION,
                user=self.request.user,
                data={
                    "model": self.model._meta.label,
                    "format": record.file_format,
                    "rows": record.row_count,
                },
            )
        return super().render_to_response(context, **response_kwargs)

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.layout is not None and self.user_has_permission("add"):
            buttons.append(
                Button(
                    "นำเข้าจากไฟล์ Excel/CSV",
                    url=reverse("network_import", args=[self.layout.name]),
                    icon_name="upload",
                    priority=30,
                )
            )
        return buttons


class RecordedByCreateView(CreateView):
    """Channel logs and clippings remember who recorded them; a page can be pre-chosen by ``?page=``."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or self.model()
        page_id = self.request.GET.get("page")
        if page_id and page_id.isdigit():
            instance.page_id = int(page_id)
        return instance

    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class ReviewButtonsMixin:
    """Accept/refuse for a pending survey application, on its inspect and edit views."""

    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        member = self.object
        if member.status == MemberStatus.PENDING and self.user_has_permission("change"):
            buttons.append(
                Button(
                    "พิจารณาใบสมัคร (รับ/ไม่รับ)",
                    url=reverse("network_member_review", args=[member.pk]),
                    icon_name="tasks",
                    priority=5,
                )
            )
        return buttons


class MemberInspectView(ReviewButtonsMixin, InspectView):
    @cached_property
    def header_buttons(self):
        buttons = []
        if self.object.status == MemberStatus.PENDING and self.user_has_permission("change"):
            buttons.append(
                HeaderButton(
                    "พิจารณาใบสมัคร",
                    url=reverse("network_member_review", args=[self.object.pk]),
                    icon_name="tasks",
                )
            )
        return buttons


class MemberEditView(ReviewButtonsMixin, EditView):
    pass


class RegisterChooserViewSet(RequireModelAccessMixin, SnippetChooserViewSet):
    """The register's choosers answer 403 to users without a right on the model (PDPA)."""


class NetworkSnippetViewSet(ForbiddingViewSetMixin, SnippetViewSet):
    index_view_class = ThaiIndexView
    chooser_viewset_class = RegisterChooserViewSet
    # The listings search with the ORM (``icontains`` on ``search_fields``): it finds part of a Thai
    # name (no spaces between words) and works on SQLite, whose full-text index cannot search single
    # columns (``?q=`` was a 500 there). The register has hundreds of rows, not millions.
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False


class RegisterViewSet(NetworkSnippetViewSet):
    index_view_class = RegisterIndexView
    inspect_view_enabled = True
    copy_view_enabled = False

    @property
    def list_export(self):
        layout = LAYOUT_FOR_MODEL.get(self.model)
        return [column.attr for column in layout.columns] if layout else []

    @property
    def export_headings(self):
        layout = LAYOUT_FOR_MODEL.get(self.model)
        return {column.attr: column.heading for column in layout.columns} if layout else {}


class MediaOutletViewSet(RegisterViewSet):
    model = MediaOutlet
    icon = "site"
    menu_label = "สื่อมวลชน (สำนัก/สถานี)"
    list_display = ["name", "kind", "province", "phone"]
    list_filter = ["kind", "province"]
    search_fields = ["name"]
    export_filename = "media-outlets"
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("province")]),
        FieldRowPanel([FieldPanel("website"), FieldPanel("phone")]),
    ]


class MediaContactViewSet(RegisterViewSet):
    model = MediaContact
    icon = "user"
    menu_label = "ทะเบียนสื่อมวลชน"
    list_display = ["__str__", "role", "phones", "email", "consent", "active"]
    list_filter = ["outlet__kind", "outlet", "consent", "active"]
    search_fields = ["name", "email", "phones", "role"]
    export_filename = "media-contacts"
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name_prefix"), FieldPanel("name")]),
                FieldPanel("outlet"),
                FieldPanel("role"),
            ],
            heading="บุคคลและสังกัด",
        ),
        MultiFieldPanel(
            [
                FieldPanel("phones"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("line_id")]),
                FieldPanel("address"),
            ],
            heading="การติดต่อ",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("consent"), FieldPanel("consent_date")]),
                FieldPanel("active"),
                FieldPanel("notes"),
            ],
            heading="ความยินยอม (PDPA) และสถานะ",
        ),
    ]


class NetworkMemberViewSet(RegisterViewSet):
    model = NetworkMember
    icon = "group"
    menu_label = "ทะเบียนเครือข่ายประชาสัมพันธ์"
    inspect_view_class = MemberInspectView
    edit_view_class = MemberEditView
    list_display = ["name", "kind", "scope", "contact_person", "phones", "status"]
    list_filter = ["status", "scope", "kind", "member_type", "consent"]
    search_fields = ["name", "contact_person", "email", "phones"]
    export_filename = "pr-network-members"
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("member_type"), FieldPanel("scope"), FieldPanel("kind")]),
                FieldPanel("status"),
            ],
            heading="สมาชิก",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_person"), FieldPanel("position")]),
                FieldPanel("phones"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("line_id")]),
                FieldPanel("address"),
            ],
            heading="การติดต่อ",
        ),
        MultiFieldPanel(
            [FieldPanel("joined_on"), FieldPanel("relay_channels")],
            heading="การเข้าร่วมและช่องทางเผยแพร่",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("consent"), FieldPanel("consent_date")]), FieldPanel("notes")],
            heading="ความยินยอม (PDPA)",
        ),
    ]


class AppointmentOrderViewSet(NetworkSnippetViewSet):
    model = AppointmentOrder
    icon = "doc-full"
    menu_label = "คำสั่งแต่งตั้งเครือข่าย"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["number", "title", "date"]
    search_fields = ["number", "title"]
    list_export = ["number", "date", "title"]
    export_filename = "appointment-orders"
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("date")]),
                FieldPanel("title"),
                FieldPanel("document"),
            ],
            heading="คำสั่ง",
        ),
        InlinePanel("appointments", heading="ผู้ได้รับแต่งตั้งและหน้าที่", label="ผู้ได้รับแต่งตั้ง"),
    ]


class RecipientListViewSet(NetworkSnippetViewSet):
    model = RecipientList
    icon = "list-ul"
    menu_label = "รายชื่อผู้รับข่าว"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["name", "description"]
    search_fields = ["name"]
    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("description")], heading="รายชื่อ"),
        MultiFieldPanel(
            [
                FieldPanel("contacts", widget=forms.CheckboxSelectMultiple),
                FieldPanel("members", widget=forms.CheckboxSelectMultiple),
            ],
            heading="ผู้รับ",
        ),
    ]


class ChannelLogViewSet(NetworkSnippetViewSet):
    model = ChannelLog
    icon = "pick"
    menu_label = "บันทึกการเผยแพร่ตามช่องทาง"
    add_view_class = RecordedByCreateView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["page", "channel", "published_at", "recorded_by"]
    list_filter = ["channel", "published_at"]
    list_export = ["item_title", "channel", "published_at", "link", "note", "recorded_by"]
    export_filename = "channel-log"
    panels = [
        MultiFieldPanel(
            [FieldPanel("page"), FieldRowPanel([FieldPanel("channel"), FieldPanel("published_at")])],
            heading="ข่าวและช่องทาง",
        ),
        MultiFieldPanel([FieldPanel("link"), FieldPanel("note")], heading="หลักฐาน"),
    ]


class CoverageClippingViewSet(NetworkSnippetViewSet):
    model = CoverageClipping
    icon = "clipboard-list"
    menu_label = "ข่าวที่สื่อนำไปเผยแพร่"
    add_view_class = RecordedByCreateView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["headline", "outlet", "published_on", "page_number"]
    list_filter = ["outlet", "published_on"]
    search_fields = ["headline"]
    list_export = ["headline", "outlet", "published_on", "page_number", "link", "item_title"]
    export_filename = "coverage-clippings"
    panels = [
        MultiFieldPanel([FieldPanel("outlet"), FieldPanel("headline"), FieldPanel("page")], heading="ข่าวที่ลง"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("published_on"), FieldPanel("page_number")]),
                FieldPanel("link"),
                FieldPanel("scan"),
            ],
            heading="วันที่และหลักฐาน",
        ),
    ]


class PermissionMenuItem(MenuItem):
    permission = ""

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class ReleasesViewSet(ViewSet):
    """The list of releases (e-mail distribution) with their progress, in the register's menu."""

    name = "network_releases"
    url_prefix = "network/releases"
    icon = "mail"
    menu_label = "การส่งข่าวถึงเครือข่าย"
    menu_item_class = type("ReleasesMenuItem", (PermissionMenuItem,), {"permission": "network.view_release"})

    def get_urlpatterns(self):
        from network.views.admin import ReleaseIndexView

        return [path("", ReleaseIndexView.as_view(), name="index")]


class NetworkRegisterGroup(SnippetViewSetGroup):
    menu_label = "ทะเบียนเครือข่าย"
    menu_icon = "group"
    menu_order = 250
    items = (
        MediaContactViewSet,
        MediaOutletViewSet,
        NetworkMemberViewSet,
        AppointmentOrderViewSet,
        RecipientListViewSet,
        ChannelLogViewSet,
        CoverageClippingViewSet,
        ReleasesViewSet,
    )
