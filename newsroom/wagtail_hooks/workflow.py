"""Hooks of the approval workflow and the publication request (screens in ``newsroom.workflow_admin``)."""

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permissions import register_permission_policy

from newsroom import workflow_admin
from newsroom.models import PublicationRequest

register_permission_policy(PublicationRequest, workflow_admin.ReadOnlyPermissionPolicy(PublicationRequest))


@hooks.register("register_admin_viewset")
def register_publication_requests():
    return workflow_admin.PublicationRequestViewSet()


@hooks.register("register_log_actions")
def register_withdraw_log_action(actions):
    actions.register_action("newsroom.withdraw", "ถอนข้อมูลพร้อมคำชี้แจง", "ถอนข้อมูลพร้อมคำชี้แจง")


@hooks.register("register_admin_urls")
def register_workflow_urls():
    return workflow_admin.urlpatterns()


@hooks.register("construct_homepage_panels")
def add_verification_panel(request, panels):
    workflow_admin.dashboard_panels(request, panels)


@hooks.register("after_edit_page")
def ask_for_correction_note(request, page):
    return workflow_admin.correction_prompt(request, page)


@hooks.register("after_publish_page")
def ask_for_correction_note_on_publish(request, page):
    return workflow_admin.correction_prompt(request, page)


@hooks.register("before_edit_page")
def show_rejection_reason(request, page):
    return workflow_admin.rejection_notice(request, page)


class WithdrawPageButton(PageMenuItem):
    label = "ถอนข้อมูลพร้อมคำชี้แจง"
    icon_name = "warning"
    url_name = "newsroom_withdraw_page"

    def is_shown(self, user):
        return workflow_admin.withdrawal_button_allowed(self.page, user)


def _withdraw_button(page, user, priority):
    yield WithdrawPageButton(page=page, priority=priority)


@hooks.register("register_page_header_buttons")
def withdraw_header_button(page, user, view_name, next_url=None):
    yield from _withdraw_button(page, user, 62)


@hooks.register("register_page_listing_more_buttons")
def withdraw_listing_button(page, user, next_url=None):
    yield from _withdraw_button(page, user, 42)
