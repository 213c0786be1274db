"""Admin registration for the site skeleton."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.viewsets import PersonViewSet

register_snippet(PersonViewSet)


@hooks.register("insert_global_admin_css")
def sarabun_in_the_admin():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("css/admin.css"),
    )
