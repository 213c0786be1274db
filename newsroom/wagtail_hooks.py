"""Admin registration of the newsroom: its screens, log actions and home page sections."""

from wagtail import hooks

from newsroom import sections
from newsroom.views import DOWNLOAD_ACTION
from newsroom.viewsets import JournalViewSetGroup


@hooks.register("register_admin_viewset")
def register_journal_viewsets():
    return JournalViewSetGroup()


@hooks.register("register_log_actions")
def register_contribution_log_actions(actions):
    actions.register_action(DOWNLOAD_ACTION, "ดาวน์โหลดไฟล์แนบ", "ดาวน์โหลดไฟล์แนบของบทความที่ครูส่ง")


for section in (
    sections.featured_news,
    sections.latest_news,
    sections.activities,
    sections.latest_journal_issue,
):
    hooks.register("home_page_sections", section)
