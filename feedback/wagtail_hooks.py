from wagtail import hooks

from feedback.viewsets import PageRatingViewSet

hooks.register("register_admin_viewset", PageRatingViewSet)
