"""The default file storage: public media under MEDIA_ROOT, Wagtail documents outside it.

Images and their renditions are public by nature (the web server hands them out from MEDIA_ROOT).
Documents are not: an uploaded file stays private until a live page links it, and the register's
files never become public. Wagtail stores documents under ``documents/`` of the default storage;
this storage keeps that name but puts the file under ``PRIVATE_MEDIA_ROOT``, which no web server
serves, so the only way to a document is Wagtail's serve view and its checks
(``WAGTAILDOCS_SERVE_METHOD = "serve_view"``, ``publishing.media.check_document_access``).
"""

from django.core.files.storage import FileSystemStorage
from django.utils._os import safe_join

from home.storage import PrivateFileSystemStorage

# ``upload_to`` of Wagtail's AbstractDocument.file.
PRIVATE_PREFIXES = ("documents/",)


class MediaStorage(FileSystemStorage):
    """Every file operation goes through ``path()`` (or ``_save``), so only those two choose the root."""

    def _is_private(self, name):
        return str(name).replace("\\", "/").startswith(PRIVATE_PREFIXES)

    def path(self, name):
        if self._is_private(name):
            return safe_join(PrivateFileSystemStorage().location, name)
        return super().path(name)

    def _save(self, name, content):
        if self._is_private(name):
            return PrivateFileSystemStorage()._save(name, content)
        return super()._save(name, content)

    def url(self, name):
        if self._is_private(name):
            return PrivateFileSystemStorage().url(name)  # refuses: no URL outside the serve view
        return super().url(name)
