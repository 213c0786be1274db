"""Registration only."""

from wagtail import hooks

from directory.viewsets import DirectoryEntryViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return DirectoryEntryViewSet()
