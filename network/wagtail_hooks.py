from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from network.bulk_actions import RegisterDeleteBulkAction
from network.pages import can_distribute
from network.views.admin import ImportView, MemberReviewView, PageChannelsView, ReleaseView, RetryFailedView
from network.viewsets import EXPORT_ACTION, NetworkRegisterGroup

hooks.register("register_admin_viewset", lambda: NetworkRegisterGroup())
# After Wagtail's own snippet bulk delete (order 0), so this one wins for the register's models.
hooks.register("register_bulk_action", RegisterDeleteBulkAction, order=100)


@hooks.register("register_admin_urls")
def network_admin_urls():
    return [
        path("network/import/<str:layout>/", ImportView.as_view(), name="network_import"),
        path("network/release/<int:page_id>/", ReleaseView.as_view(), name="network_release"),
        path("network/release/<int:page_id>/retry/", RetryFailedView.as_view(), name="network_release_retry"),
        path(
            "network/page/<int:page_id>/channels/", PageChannelsView.as_view(), name="network_page_channels"
        ),
        path("network/members/<int:pk>/review/", MemberReviewView.as_view(), name="network_member_review"),
    ]


@hooks.register("register_log_actions")
def network_log_actions(actions):
    actions.register_action(EXPORT_ACTION, "ส่งออกทะเบียน", "ส่งออกทะเบียนเครือข่าย")
    actions.register_action("network.import", "นำเข้าจากไฟล์", "นำเข้าข้อมูลทะเบียนจากไฟล์")
    actions.register_action("network.send_release", "ส่งข่าวถึงเครือข่าย", "ส่งข่าวถึงเครือข่ายทางอีเมล")
    actions.register_action("network.accept", "รับเป็นสมาชิกเครือข่าย", "รับใบสมัครเป็นสมาชิกเครือข่าย")
    actions.register_action("network.refuse", "ไม่รับเป็นสมาชิกเครือข่าย", "ไม่รับใบสมัครเป็นสมาชิกเครือข่าย")


def _page_buttons(page, user, priority):
    if user.has_perm("network.add_release") and can_distribute(page):
        yield Button(
            "ส่งข่าวถึงเครือข่าย",
            url=reverse("network_release", args=[page.pk]),
            icon_name="mail",
            priority=priority,
        )
    if user.has_perm("network.view_channellog") and page.live and page.depth > 2:
        yield Button(
            "การเผยแพร่ตามช่องทาง",
            url=reverse("network_page_channels", args=[page.pk]),
            icon_name="pick",
            priority=priority + 1,
        )


@hooks.register("register_page_listing_more_buttons")
def network_page_listing_buttons(page, user, next_url=None):
    yield from _page_buttons(page, user, priority=70)


@hooks.register("register_page_header_buttons")
def network_page_header_buttons(page, user, view_name=None, next_url=None):
    yield from _page_buttons(page, user, priority=80)
