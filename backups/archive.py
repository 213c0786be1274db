"""The backup archive: one ``.tar.gz`` with the database, the media and private files, and a manifest.

Layout::

    manifest.json   format, versions, applied migrations, row counts per model, SHA-256 and size of
                    every other member
    database.json   every row, as Django's JSON serializer writes it with natural foreign keys
    media/...       MEDIA_ROOT (images, renditions)
    private/...     PRIVATE_MEDIA_ROOT (documents, contributions, case attachments)

The dump is portable: SQLite and PostgreSQL load it alike. Primary keys are kept (rich text and
StreamField store page and document ids); content types and permissions travel by natural key,
since a fresh installation numbers them its own way. Tables that are derived are left out and rebuilt
(``DERIVED``): content types and permissions (``migrate``), sessions, the search index and Wagtail's
reference index (rebuilt after a restore), the queue of tasks (the minute sweeps re-queue work).

A restore verifies every checksum before it touches anything, refuses an installation that already
holds an office (unless told to replace it), then in one transaction empties every restored table,
loads the rows, checks the counts against the manifest and moves the extracted files into place;
any failure rolls it all back and leaves the file folders as they were.
"""

import datetime
import hashlib
import io
import json
import os
import platform
import shutil
import tarfile
import tempfile
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import Serializer as JsonSerializer
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from modelcluster.fields import ParentalManyToManyField

FORMAT = "esao-backup/1"
MANIFEST = "manifest.json"
DATABASE = "database.json"
# Archive folder -> setting naming the folder on disk.
FILE_ROOTS = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}
# Rebuilt, never restored: see the module docstring.
DERIVED = [
    "contenttypes",
    "auth.Permission",
    "sessions",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "wagtailcore.ReferenceIndex",
    "wagtailadmin.EditingSession",
    "django_q.OrmQ",
]
# Derived, but kept as the target's own migrate made them (natural keys point at them).
KEPT = ["contenttypes.ContentType", "auth.Permission"]
CHUNK = 1024 * 1024


class PortableSerializer(JsonSerializer):
    """Django's JSON with natural keys only for references to the tables a fresh ``migrate`` numbers
    its own way (``KEPT``); every other reference stays a primary key, as the rows keep theirs, so a
    reference to a deleted row (Wagtail's logs keep them on purpose) is written as it is."""

    def _natural_for(self, field):
        self.use_natural_foreign_keys = field.remote_field.model._meta.label in KEPT

    def handle_fk_field(self, obj, field):
        self._natural_for(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self._natural_for(field)
        super().handle_m2m_field(obj, field)


class BackupError(Exception):
    """A refusal, in words an operator acts on."""


def _sha256_stream(handle):
    digest = hashlib.sha256()
    while block := handle.read(CHUNK):
        digest.update(block)
    return digest.hexdigest()


def _sha256_file(path):
    with open(path, "rb") as handle:
        return _sha256_stream(handle)


def _derived_models():
    models = set()
    for label in DERIVED:
        if "." in label:
            try:
                models.add(apps.get_model(label))
            except LookupError:  # SQLiteFTSIndexEntry exists on SQLite only
                continue
        else:
            models.update(apps.get_app_config(label).get_models(include_auto_created=True))
    return models


def _existing_tables(using):
    return set(connections[using].introspection.table_names())


def restored_models(using=DEFAULT_DB_ALIAS):
    """Every concrete model whose rows the archive carries (auto-created m2m tables included)."""
    derived = _derived_models()
    tables = _existing_tables(using)
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and model not in derived
        and model._meta.db_table in tables
    ]


def _applied_migrations(using=DEFAULT_DB_ALIAS):
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connections[using]).applied_migrations())


def _counts(using=DEFAULT_DB_ALIAS):
    return {model._meta.label: model._base_manager.using(using).count() for model in restored_models(using)}


def _dump_labels(using):
    return [model._meta.label for model in restored_models(using) if not model._meta.auto_created]


def _file_members(root, folder):
    root = Path(root)
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        # Symbolic links are skipped: a restore writes only regular files inside its own folders.
        if path.is_file() and not path.is_symlink():
            yield path, f"{folder}/{path.relative_to(root).as_posix()}"


def write_backup(target, using=DEFAULT_DB_ALIAS):
    """Write the archive to ``target`` (a path); returns the manifest."""
    target = Path(target)
    connection = connections[using]
    with tempfile.TemporaryDirectory(prefix="esao-backup-") as work:
        dump = Path(work) / DATABASE
        # One snapshot for every table: rows written while the dump runs are all in it or all out.
        with transaction.atomic(using=using):
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            counts = _counts(using)
            with open(dump, "w", encoding="utf-8") as handle:
                PortableSerializer().serialize(
                    _all_rows(using), stream=handle, use_natural_foreign_keys=True, ensure_ascii=False
                )
            migrations = _applied_migrations(using)
        members = {DATABASE: {"sha256": _sha256_file(dump), "size": dump.stat().st_size}}
        files = []
        for folder, setting in FILE_ROOTS.items():
            for path, name in _file_members(getattr(settings, setting), folder):
                members[name] = {"sha256": _sha256_file(path), "size": path.stat().st_size}
                files.append((path, name))
        manifest = {
            "format": FORMAT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "versions": {
                "python": platform.python_version(),
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "database": connection.vendor,
            },
            "migrations": migrations,
            "counts": counts,
            "members": members,
        }
        partial = target.with_name(target.name + ".part")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
            archive.add(dump, arcname=DATABASE, recursive=False)
            for path, name in files:
                archive.add(path, arcname=name, recursive=False)
        # Readable by its owner only: the archive holds the register's personal data.
        os.chmod(partial, 0o600)
        partial.replace(target)
    return manifest


def _all_rows(using):
    for label in _dump_labels(using):
        model = apps.get_model(label)
        yield from model._base_manager.using(using).order_by(model._meta.pk.name).iterator(chunk_size=2000)


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now().timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def read_manifest(archive_path):
    """The manifest, after checking that every member is where it says and hashes as it says."""
    try:
        return _verified_manifest(archive_path)
    except (OSError, tarfile.TarError, EOFError) as error:
        raise BackupError(f"อ่านไฟล์สำรองไม่ได้ ({archive_path}): {error}") from None


def _verified_manifest(archive_path):
    with tarfile.open(archive_path, "r:gz") as archive:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))
        except (KeyError, ValueError, TypeError):
            raise BackupError("ไฟล์นี้ไม่ใช่ไฟล์สำรองของเว็บไซต์ (ไม่มี manifest.json)") from None
        if manifest.get("format") != FORMAT:
            raise BackupError(f"รูปแบบไฟล์สำรอง {manifest.get('format')!r} ไม่รองรับ (ต้องเป็น {FORMAT})")
        expected = manifest["members"]
        seen = set()
        for member in archive:
            if member.name == MANIFEST:
                continue
            if member.name not in expected or not member.isfile():
                raise BackupError(f"ไฟล์สำรองมีรายการที่ไม่อยู่ใน manifest: {member.name}")
            _safe_name(member.name)
            with archive.extractfile(member) as handle:
                digest = _sha256_stream(handle)
            if digest != expected[member.name]["sha256"]:
                raise BackupError(f"checksum ไม่ตรง: {member.name} (ไฟล์สำรองเสียหายหรือถูกแก้ไข)")
            seen.add(member.name)
        missing = set(expected) - seen
        if missing:
            raise BackupError(f"ไฟล์สำรองขาด {len(missing)} รายการ เช่น {sorted(missing)[0]}")
    return manifest


def _safe_name(name):
    path = Path(name)
    if path.is_absolute() or ".." in path.parts or path.parts[0] not in (*FILE_ROOTS, DATABASE):
        raise BackupError(f"ชื่อในไฟล์สำรองไม่ปลอดภัย: {name}")


def installation_is_empty(using=DEFAULT_DB_ALIAS):
    """As ``migrate`` leaves it: no account and no page but Wagtail's root and welcome page."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    return not get_user_model()._base_manager.using(using).exists() and (
        Page._base_manager.using(using).count() <= 2
    )


def restore(archive_path, *, replace=False, using=DEFAULT_DB_ALIAS, rebuild_indexes=True, stdout=None):
    """Bring this installation to the state of the archive; returns the manifest."""
    manifest = read_manifest(archive_path)
    here = _applied_migrations(using)
    if manifest["migrations"] != here:
        theirs, ours = set(manifest["migrations"]), set(here)
        difference = sorted(theirs ^ ours)
        raise BackupError(
            "migration ของไฟล์สำรองไม่ตรงกับระบบนี้ "
            f"(ต่างกัน {len(difference)} รายการ เช่น {difference[0]}): ติดตั้งโค้ดรุ่นเดียวกับที่สำรอง แล้ว migrate ก่อน"
        )
    if not replace and not installation_is_empty(using):
        raise BackupError(
            "ระบบนี้มีข้อมูลอยู่แล้ว (บัญชีผู้ใช้หรือหน้าเว็บ): กู้คืนได้เฉพาะระบบที่เพิ่ง migrate "
            "หรือสั่ง --replace เพื่อแทนที่ข้อมูลเดิมทั้งหมด"
        )
    roots = {folder: Path(getattr(settings, setting)) for folder, setting in FILE_ROOTS.items()}
    staging, swapped = {}, []
    try:
        # Extracted next to their final place (same file system), so moving them in is a rename.
        for folder, root in roots.items():
            root.parent.mkdir(parents=True, exist_ok=True)
            staging[folder] = Path(tempfile.mkdtemp(prefix=f".{root.name}.restore-", dir=root.parent))
        _extract(archive_path, manifest, staging)
        try:
            with transaction.atomic(using=using):
                _load_database(archive_path, manifest, using)
                # Last step of the transaction: a failure before the commit puts the folders back.
                _swap_folders(roots, staging, swapped)
        except BaseException:
            _unswap_folders(swapped)
            raise
    finally:
        for path in staging.values():
            shutil.rmtree(path, ignore_errors=True)
    manifest["replaced_folders"] = [str(aside) for _root, aside in swapped if aside]
    if rebuild_indexes:
        call_command("rebuild_references_index", verbosity=0, stdout=stdout)
        call_command("update_index", verbosity=0, stdout=stdout)
    return manifest


def _extract(archive_path, manifest, staging):
    with tarfile.open(archive_path, "r:gz") as archive:
        for member in archive:
            if member.name in (MANIFEST, DATABASE):
                continue
            folder, relative = member.name.split("/", 1)
            destination = staging[folder] / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, open(destination, "wb") as handle:
                shutil.copyfileobj(source, handle, CHUNK)
        # Checked again on disk: what was verified is what is moved in.
        for name, member in manifest["members"].items():
            if name != DATABASE:
                folder, relative = name.split("/", 1)
                if _sha256_file(staging[folder] / relative) != member["sha256"]:
                    raise BackupError(f"checksum ไม่ตรงหลังแตกไฟล์: {name}")


def _load_database(archive_path, manifest, using):
    connection = connections[using]
    kept = {apps.get_model(label) for label in KEPT}
    # Derived tables are emptied too: sessions of the old data, its search index, references, queue.
    models = restored_models(using) + [model for model in _derived_models() if model not in kept]
    existing = _existing_tables(using)
    flush = sorted({model._meta.db_table for model in models} & existing)
    with connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), flush, allow_cascade=False):
            cursor.execute(statement)
    with tarfile.open(archive_path, "r:gz") as archive, archive.extractfile(DATABASE) as source:
        stream = io.TextIOWrapper(source, encoding="utf-8")
        objects = serializers.deserialize("json", stream, using=using, handle_forward_references=True)
        deferred = []
        with connection.constraint_checks_disabled():
            for obj in objects:
                obj.save(using=using)
                _save_parental_m2m(obj, using)
                if obj.deferred_fields:
                    deferred.append(obj)
            for obj in deferred:
                obj.save_deferred_fields(using=using)
        connection.check_constraints(table_names=flush)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), restored_models(using)):
            cursor.execute(statement)
    counts = _counts(using)
    wrong = {
        label: (count, counts.get(label))
        for label, count in manifest["counts"].items()
        if counts.get(label) != count
    }
    if wrong:
        label, (expected, found) = sorted(wrong.items())[0]
        raise BackupError(f"จำนวนแถวหลังกู้คืนไม่ตรง: {label} ควรมี {expected} พบ {found} (ยกเลิกการกู้คืนทั้งหมด)")


def _save_parental_m2m(deserialized, using):
    """modelcluster's many-to-many fields keep ``set()`` in memory until the object's own ``save()``,
    which a raw load never calls: write their rows (e.g. a recipient list's contacts) directly."""
    instance = deserialized.object
    for name, pks in (deserialized.m2m_data or {}).items():
        field = instance._meta.get_field(name)
        if not isinstance(field, ParentalManyToManyField):
            continue
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through._base_manager.using(using).bulk_create(
            [through(**{f"{source}_id": instance.pk, f"{target}_id": pk}) for pk in pks]
        )


def _swap_folders(roots, staging, swapped):
    """Move the extracted folders into place, noting (root, where its old content went) in ``swapped``."""
    for folder, root in roots.items():
        aside = None
        if root.exists() and any(root.iterdir()):
            # Kept, never deleted: the operator removes it once the restored site is checked.
            aside = root.with_name(f"{root.name}.before-restore-{datetime.datetime.now():%Y%m%d-%H%M%S}")
            root.rename(aside)
        elif root.exists():
            root.rmdir()
        staging[folder].rename(root)
        swapped.append((root, aside))


def _unswap_folders(swapped):
    for root, aside in reversed(swapped):
        if aside:
            shutil.rmtree(root, ignore_errors=True)
            aside.rename(root)
        else:
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir()
