"""Admin screens and hooks of news, the journal and contributions."""

from django.urls import path
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from home.sections import HomeSection
from newsroom.contribution_admin import (
    DOWNLOAD_ACTION,
    ContributionFileDownloadView,
    ContributionFilePanel,
    ContributionInspectView,
)
from newsroom.listing import (
    attach_departments,
    journal_issues,
    site_news,
    upcoming_activities,
    with_card_images,
)
from newsroom.models import JournalColumn, JournalContribution, JournalIndexPage, NewsIndexPage

HOME_LATEST_NEWS = 6
HOME_FEATURED_NEWS = 3
HOME_ACTIVITIES = 4


class ContributionEditView(EditView):
    def save_instance(self):
        # The inbox records who decided, so a second PR officer sees it was handled.
        self.form.instance.reviewed_by = self.request.user
        return super().save_instance()


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


@hooks.register("register_admin_viewset")
def register_journal_viewsets():
    return JournalViewSetGroup()


@hooks.register("register_log_actions")
def register_contribution_log_actions(actions):
    actions.register_action(DOWNLOAD_ACTION, "ดาวน์โหลดไฟล์แนบ", "ดาวน์โหลดไฟล์แนบของบทความที่ครูส่ง")


# --- home page sections: each runs a fixed number of queries --------------------------------


def _root(request, home_page):
    site = Site.find_for_request(request)
    return site.root_page if site else home_page


def _featured(root):
    return site_news(root).filter(featured=True)[:HOME_FEATURED_NEWS]


@hooks.register("home_page_sections")
def featured_news(request, home_page):
    items = list(with_card_images(_featured(_root(request, home_page)).select_related("department")))
    if not items:
        return None
    attach_departments(items, request)
    return HomeSection(order=10, template="newsroom/sections/featured_news.html", context={"items": items})


@hooks.register("home_page_sections")
def latest_news(request, home_page):
    root = _root(request, home_page)
    # What the featured section already shows is not repeated (a subquery: no extra round trip).
    latest = site_news(root).exclude(pk__in=_featured(root).values("pk"))
    items = list(with_card_images(latest.select_related("department"))[:HOME_LATEST_NEWS])
    if not items:
        return None
    attach_departments(items, request)
    index = NewsIndexPage.objects.live().first()
    return HomeSection(
        order=20, template="newsroom/sections/latest_news.html", context={"items": items, "index": index}
    )


@hooks.register("home_page_sections")
def activities(request, home_page):
    items = list(upcoming_activities(_root(request, home_page), limit=HOME_ACTIVITIES))
    if not items:
        return None
    index = NewsIndexPage.objects.live().first()
    return HomeSection(
        order=30,
        template="newsroom/sections/activities.html",
        context={"items": items, "index": index, "now": timezone.now()},
    )


@hooks.register("home_page_sections")
def latest_journal_issue(request, home_page):
    index = JournalIndexPage.objects.live().first()
    if index is None:
        return None
    issue = journal_issues(index).first()
    if issue is None:
        return None
    return HomeSection(
        order=40, template="newsroom/sections/latest_journal.html", context={"issue": issue, "index": index}
    )
