"""The staff-only phone book in the admin; webmasters and administrators keep it."""

from wagtail.admin.viewsets.model import ModelViewSet

from directory.models import DirectoryEntry


class DirectoryEntryViewSet(ModelViewSet):
    model = DirectoryEntry
    icon = "user"
    menu_label = "สมุดโทรศัพท์ (เฉพาะเจ้าหน้าที่)"
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["name", "position", "organisation", "board", "mobile_consent"]
    list_filter = ["board", "mobile_consent"]
    search_fields = ["name", "organisation"]
    copy_view_enabled = False
