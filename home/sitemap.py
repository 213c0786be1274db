"""``/sitemap.xml`` in two queries however many pages.

Wagtail's sitemap loads every page as its specific model (one query per page type, each row with
its whole content, 10,000 news bodies) to call ``get_sitemap_urls``; no page model of this site
overrides that method or its URL, so the generic rows are enough. A model that ever does must be
given its own entries here.
"""

from wagtail.contrib.sitemaps import Sitemap

from caching.queries import restricted_q

SITEMAP_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "live",
    "last_published_at",
    "latest_revision_created_at",
)


class SiteSitemap(Sitemap):
    def items(self):
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .exclude(restricted_q())
            .order_by("path")
            .only(*SITEMAP_FIELDS)
        )
