"""The release a process runs, as part of every key of the page cache and the site-wide parts.

A cached page is the output of the code, templates and static files that rendered it, and (since
the page cache sits outside the Content-Security-Policy middleware) of the headers they set. After
an upgrade (docs/deployment.md: ``git pull``, then a reload) the pages in Redis would otherwise be
served as the old release rendered them until they expire, and site-wide snapshots pickled by the
old models read into the new ones. Keyed by the release, the new workers never read an entry of the
old one; the old entries age out (``PAGE_CACHE_TIMEOUT``, Redis's LRU).

The fingerprint hashes the contents (not the times) of the project's source files and
``requirements.txt``, so two servers on one Redis with the same checkout share their entries.
Read once per process: about 540 files, 1.8 MB, 15-35 ms.
"""

import hashlib
import os
from functools import cache

from django.conf import settings

SOURCE_SUFFIXES = {".py", ".html", ".txt", ".css", ".js", ".svg", ".mo"}
# Not part of what a page is rendered with: tests, docs, tools, dependencies and uploaded files.
SKIPPED_FOLDERS = {"__pycache__", "node_modules", "tests", "docs", "scripts", "benchmark"}


def _data_folders():
    return {
        os.path.realpath(folder)
        for folder in (
            settings.MEDIA_ROOT,
            getattr(settings, "PRIVATE_MEDIA_ROOT", None),
            settings.STATIC_ROOT,
        )
        if folder
    }


@cache
def fingerprint():
    base = os.path.realpath(settings.BASE_DIR)
    skipped = _data_folders()
    digest = hashlib.sha256()
    for root, folders, files in os.walk(base):
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".")
            and name not in SKIPPED_FOLDERS
            and os.path.realpath(os.path.join(root, name)) not in skipped
        )
        for name in sorted(files):
            if os.path.splitext(name)[1] in SOURCE_SUFFIXES:
                path = os.path.join(root, name)
                digest.update(os.path.relpath(path, base).encode())
                with open(path, "rb") as source:
                    digest.update(hashlib.sha256(source.read()).digest())
    return digest.hexdigest()[:16]
