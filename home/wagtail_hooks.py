"""Admin registration for the site skeleton."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "ทำเนียบบุคลากร"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["full_name", "position", "department", "is_executive"]
    list_filter = ["department", "is_executive"]
    search_fields = ["first_name", "last_name", "position"]
    ordering = ["sort_order", "id"]


register_snippet(PersonViewSet)


@hooks.register("insert_global_admin_css")
def sarabun_in_the_admin():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("css/admin.css"),
    )
