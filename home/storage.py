"""A storage for files that must never be reachable by URL (personal data under the PDPA)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT``, outside ``MEDIA_ROOT``: no web server serves that folder.

    It has no base URL on purpose (plain ``FileSystemStorage`` would fall back to ``MEDIA_URL``);
    asking for a file's URL fails loudly instead of printing a link that leads nowhere, or, after a
    misconfiguration, somewhere public. Serve such files through a view that checks permissions.
    """

    def __init__(self, location=None, **kwargs):
        kwargs["base_url"] = None
        super().__init__(location=location or settings.PRIVATE_MEDIA_ROOT, **kwargs)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise NotImplementedError(f"{name} is a private file: it has no URL; serve it through a view.")
