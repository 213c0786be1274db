"""The page numbers a pagination bar shows, whatever the number of pages."""

from django import template

register = template.Library()


@register.filter
def page_window(page_obj):
    """The first and last page, two either side of the current one, and ``…`` for each gap:
    Django's elided range, so a bar over 1,000 pages of search results costs a dozen items."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
