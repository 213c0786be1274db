from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from newsletter.constants import PREFILL_ACTION
from newsletter.models import NewsletterIssuePage
from newsletter.permissions import can_build
from newsletter.views import DraftPdfView, PrefillView


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path("newsletter/<int:page_id>/pdf/", DraftPdfView.as_view(), name="newsletter_draft_pdf"),
        path("newsletter/<int:page_id>/prefill/", PrefillView.as_view(), name="newsletter_prefill"),
    ]


@hooks.register("register_log_actions")
def newsletter_log_actions(actions):
    actions.register_action(PREFILL_ACTION, "เติมข่าวตามช่วงวันที่", "เติมข่าวในจดหมายข่าวตามช่วงวันที่")


def _issue_buttons(page, user, priority):
    if page.specific_class is not NewsletterIssuePage or not can_build(user, page):
        return
    yield Button(
        "ดาวน์โหลด PDF (ฉบับร่างล่าสุด)",
        url=reverse("newsletter_draft_pdf", args=[page.pk]),
        icon_name="doc-full",
        priority=priority,
    )
    yield Button(
        "เติมข่าวตามช่วงวันที่",
        url=reverse("newsletter_prefill", args=[page.pk]),
        icon_name="list-ul",
        priority=priority + 1,
    )


@hooks.register("register_page_listing_more_buttons")
def newsletter_page_listing_buttons(page, user, next_url=None):
    yield from _issue_buttons(page, user, priority=60)


@hooks.register("register_page_header_buttons")
def newsletter_page_header_buttons(page, user, view_name=None, next_url=None):
    yield from _issue_buttons(page, user, priority=60)
