"""The admin form of an ITA item page: only the items of the page's year that have no page yet."""

from publishing.forms import DisclosablePageForm


class TransparencyPageForm(DisclosablePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("item")
        parent = self.parent_page.specific if self.parent_page else None
        year = getattr(parent, "fiscal_year", None)
        if field is None or year is None:
            return
        from transparency.models import ItaItem, TransparencyPage

        taken = TransparencyPage.objects.exclude(pk=self.instance.pk).values("item_id")
        field.queryset = (
            ItaItem.objects.filter(fiscal_year=year).exclude(pk__in=taken).order_by("sort_order", "id")
        )
