"""``{% page_notices page %}``: the withdrawal banner and the public correction notes of a page.

Two queries whatever the number of notes (both small, indexed by page).
"""

from django import template

from publishing.models import PageCorrection, PageWithdrawal

register = template.Library()


@register.inclusion_tag("publishing/page_notices.html")
def page_notices(page):
    if not page or not getattr(page, "pk", None):
        return {"withdrawal": None, "corrections": []}
    return {
        "withdrawal": PageWithdrawal.objects.filter(page_id=page.pk).order_by("-withdrawn_at").first(),
        "corrections": list(
            PageCorrection.objects.filter(page_id=page.pk, published_at__isnull=False).order_by(
                "published_at"
            )
        ),
    }
