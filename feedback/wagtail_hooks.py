from wagtail import hooks

from feedback.permissions import form_pages_for_user
from feedback.viewsets import PageRatingViewSet

hooks.register("register_admin_viewset", PageRatingViewSet)
hooks.register("filter_form_submissions_for_user", form_pages_for_user)
