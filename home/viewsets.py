"""Admin viewsets of the site skeleton: the people directory."""

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
