"""``{% page_notices page %}``: the withdrawal banner and the public correction notes of a page.

Rendered once for every page by ``templates/base.html``. One query for a live page (its notes);
a withdrawn page is served with its withdrawal already in the context (``publishing.withdrawals``).
"""

from django import template
from wagtail.models import Page

from publishing.models import PageCorrection
from publishing.withdrawals import open_withdrawal

register = template.Library()


@register.inclusion_tag("publishing/page_notices.html", takes_context=True)
def page_notices(context, page):
    # ``page`` is also a common name for a paginator's page: only Wagtail pages have notices.
    if not isinstance(page, Page) or not page.pk:
        return {"withdrawal": None, "corrections": []}
    withdrawal = context.get("withdrawal")
    if withdrawal is None and not page.live:
        # Withdrawing unpublishes, so a live page has no withdrawal in force.
        withdrawal = open_withdrawal(page)
    return {
        "withdrawal": withdrawal,
        "corrections": list(
            PageCorrection.objects.filter(page_id=page.pk, published_at__isnull=False).order_by(
                "published_at"
            )
        ),
    }
