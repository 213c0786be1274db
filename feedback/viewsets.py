"""Ratings and comments in the admin, for the PR officers only (comments are never public)."""

from wagtail.admin.viewsets.model import ModelViewSet

from feedback.models import PageRating


class PageRatingViewSet(ModelViewSet):
    model = PageRating
    name = "page_ratings"
    icon = "pick"
    menu_label = "ความพึงพอใจของผู้ใช้บริการ"
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["page_title", "level", "comment", "created_at"]
    list_filter = ["level", "created_at"]
    search_fields = ["comment"]
    list_export = ["page_title", "level", "comment", "created_at"]
    export_filename = "page-ratings"
    inspect_view_enabled = True
    # Readers' ratings are evidence: the PR officers' group may view and delete (spam), not add or edit.
    form_fields = ["level", "comment"]
