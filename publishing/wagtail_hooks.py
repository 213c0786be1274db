"""Registration of publishing in the admin: screens, log actions, dashboard panels, editor hooks."""

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import register_permission_policy

from publishing import media, panels, views
from publishing.access import (
    ReadOnlyPermissionPolicy,
    reinstatement_button_allowed,
    withdrawal_button_allowed,
)
from publishing.constants import LOG_ACTIONS
from publishing.models import PublicationRequest
from publishing.viewsets import PublishingViewSetGroup
from publishing.withdrawals import exclude_withdrawn

register_permission_policy(PublicationRequest, ReadOnlyPermissionPolicy(PublicationRequest))
# Takes precedence over Wagtail's own policies whatever the import order (exact-class entries win).
register_permission_policy(get_document_model(), media.document_policy(), exact_class=True)
register_permission_policy(get_image_model(), media.image_policy(), exact_class=True)
hooks.register("before_serve_document", media.check_document_access)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return PublishingViewSetGroup()


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_admin_urls")
def register_urls():
    return views.urlpatterns()


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panel_list):
    panels.dashboard_panels(request, panel_list)


@hooks.register("after_edit_page")
def ask_for_correction_note(request, page):
    return views.correction_prompt(request, page)


@hooks.register("after_publish_page")
def ask_for_correction_note_on_publish(request, page):
    return views.correction_prompt(request, page)


@hooks.register("before_edit_page")
def show_rejection_reason(request, page):
    return views.rejection_notice(request, page)


@hooks.register("before_edit_page")
def show_withdrawal(request, page):
    return views.withdrawal_notice(request, page)


@hooks.register("construct_page_chooser_queryset")
def hide_withdrawn_pages_from_choosers(pages, request):
    # Nobody links to, logs or sends a withdrawn page (network channel logs, rich-text links).
    return exclude_withdrawn(pages)


class WithdrawPageButton(PageMenuItem):
    label = "ถอนข้อมูลพร้อมคำชี้แจง"
    icon_name = "warning"
    url_name = "publishing_withdraw_page"

    def is_shown(self, user):
        return withdrawal_button_allowed(self.page, user)


@hooks.register("register_page_header_buttons")
def withdraw_header_button(page, user, view_name, next_url=None):
    yield WithdrawPageButton(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def withdraw_listing_button(page, user, next_url=None):
    yield WithdrawPageButton(page=page, priority=42)


class ReinstatePageButton(PageMenuItem):
    label = "ขอยกเลิกการถอนข้อมูล"
    icon_name = "rotate"
    url_name = "publishing_reinstate_page"

    def is_shown(self, user):
        return reinstatement_button_allowed(self.page, user)


@hooks.register("register_page_header_buttons")
def reinstate_header_button(page, user, view_name, next_url=None):
    yield ReinstatePageButton(page=page, priority=63)
