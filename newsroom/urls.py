"""Public URLs Wagtail's page router cannot serve: a file name with a dot (``activities.ics``)."""

from django.urls import re_path

from caching.headers import public_cache
from newsroom.activities import calendar_view

urlpatterns = [
    # ``<news index path>/activities.ics``: the index is found by its path, so a renamed index keeps working.
    re_path(
        r"^(?P<index_path>(?:[\w\-]+/)+)activities\.ics$",
        public_cache(calendar_view),
        name="newsroom_activities_ics",
    ),
]
