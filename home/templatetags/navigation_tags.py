from django import template
from wagtail.models import Site

from caching import sitewide

register = template.Library()


def _menu_items(site):
    root = site.root_page
    pages = root.get_children().live().public().in_menu().only("id", "title", "url_path", "path")
    return [
        {"title": page.title, "path": page.path, "menu_url": "/" + page.url_path[len(root.url_path) :]}
        for page in pages
    ]


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The site root's children marked "show in menus": one query, none between purges of the site."""
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    items = []
    if site:
        items = [dict(item) for item in sitewide.for_request(request, "menu", lambda: _menu_items(site))]
        for item in items:
            item["active"] = bool(page and getattr(page, "path", "").startswith(item["path"]))
    return {"items": items, "at_home": bool(page and site and page.pk == site.root_page_id)}


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the tree's root, top first.

    A routed page knows its parents already (Wagtail's router leaves each one on its child, as
    ``_cached_parent_obj``): then no query; otherwise one.
    """
    chain, current = [], page
    while current.depth > 2:
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return list(page.get_ancestors()[1:])
        chain.append(parent)
        current = parent
    return chain[::-1]
