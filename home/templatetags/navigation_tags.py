from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The site root's children marked "show in menus": one query, whatever the page."""
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    items = []
    if site:
        root = site.root_page
        items = list(
            root.get_children().live().public().in_menu().only("id", "title", "url_path", "path", "depth")
        )
        root_url = root.url_path
        for item in items:
            item.menu_url = "/" + item.url_path[len(root_url) :]
            item.active = bool(page and getattr(page, "path", "").startswith(item.path))
    return {"items": items, "at_home": bool(page and site and page.pk == site.root_page_id)}
