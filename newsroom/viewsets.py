"""Admin viewsets of the newsroom: the journal's contribution inbox and its columns."""

from django.urls import path
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from newsroom.models import JournalColumn, JournalContribution
from newsroom.views import (
    ContributionEditView,
    ContributionFileDownloadView,
    ContributionFilePanel,
    ContributionInspectView,
)


class ContributionViewSet(ModelViewSet):
    """The PR officers' inbox of teachers' contributions: read, decide, never publish from here."""

    model = JournalContribution
    icon = "mail"
    menu_label = "บทความที่ครูส่ง"
    url_prefix = "newsroom/contributions"
    name = "newsroom_contribution"
    add_to_admin_menu = False
    inspect_view_enabled = True
    inspect_view_class = ContributionInspectView
    # Shown as the file link's label instead.
    inspect_view_fields_exclude = ["original_filename"]
    edit_view_class = ContributionEditView
    list_display = [
        "title",
        "name",
        "school",
        "column",
        Column("status", label="สถานะ", accessor="get_status_display"),
        DateColumn("submitted_at", label="วันที่ส่ง"),
    ]
    list_filter = ["status", "column"]
    search_fields = ["title", "name", "school", "email"]
    ordering = ["-submitted_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("school", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("column", read_only=True),
                FieldPanel("title", read_only=True),
                FieldPanel("text", read_only=True),
                ContributionFilePanel("file"),
                FieldPanel("authorship_confirmed", read_only=True),
                FieldPanel("consent_to_publish", read_only=True),
            ],
            heading="บทความที่ได้รับ",
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("staff_note")], heading="การพิจารณา"),
    ]

    @property
    def download_view(self):
        return self.construct_view(ContributionFileDownloadView)

    def get_urlpatterns(self):
        # Contribution files have no URL of their own: this view is the only way to them.
        return [
            *super().get_urlpatterns(),
            path(f"download/<{self.pk_path_converter}:pk>/", self.download_view, name="download"),
        ]


class JournalColumnViewSet(ModelViewSet):
    model = JournalColumn
    icon = "list-ul"
    menu_label = "คอลัมน์วารสาร"
    url_prefix = "newsroom/journal-columns"
    name = "newsroom_journalcolumn"
    list_display = ["name", "description", "sort_order", "accepts_contributions"]
    ordering = ["sort_order", "name"]
    form_fields = ["name", "description", "sort_order", "accepts_contributions"]


class JournalViewSetGroup(ViewSetGroup):
    menu_label = "วารสาร"
    menu_icon = "doc-full"
    menu_order = 250
    items = (ContributionViewSet, JournalColumnViewSet)
