"""The benchmark's URLconf (``config.settings.bench``): the site plus the floor.

The floor is the cheapest Django view there is, through the same server and middleware as the
pages: what the stack can serve at best on this machine, the yardstick of every other figure.
"""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *site_urlpatterns]
