from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from caching.headers import public_cache
from home.sitemap import SiteSitemap

# Each app adds its public, non-page URLs through its own ``urls.py`` (listed here).
app_urlpatterns = [
    path("", include("security.urls")),
    path("", include("network.urls")),
    path("", include("newsroom.urls")),
    path("", include("search.urls")),
    path("", include("services.urls")),
    path("", include("directory.urls")),
    path("", include("schoolnews.urls")),
    path("", include("feedback.urls")),
]

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", public_cache(sitemap), {"sitemaps": {"wagtail": SiteSitemap}}),
    *app_urlpatterns,
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
