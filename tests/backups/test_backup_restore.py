"""``manage.py backup`` and ``restore``: a full round trip onto an installation as ``migrate`` leaves
it, on whichever database the suite runs (SQLite and PostgreSQL in CI), and the refusals."""

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from backups.archive import restored_models
from network import demo as network_demo
from network.delivery import send_release
from network.models import Delivery, MediaContact, NetworkMember, RecipientList
from publishing.models import PublicationRequest
from tests import factories
from tests.conftest import reset_to_migrated_state

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def folders(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings


def _checksums(*roots):
    return {
        f"{root.name}/{path.relative_to(root)}": hashlib.sha256(path.read_bytes()).hexdigest()
        for root in map(Path, roots)
        if root.exists()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "register": MediaContact.objects.count() + NetworkMember.objects.count(),
        "publication requests": PublicationRequest.objects.count(),
        "deliveries": Delivery.objects.count(),
        "every table": {model._meta.label: model._base_manager.count() for model in restored_models()},
    }


@pytest.fixture
def office(demo, folders):
    """The demo office with its register, a news item approved through the workflow, a document
    (private file), a cover image (media) and a release delivered to the media list."""
    network_demo.load(demo)
    index = factories.news_index(demo)
    cover = factories.image(demo.users["editor"], title="ภาพพิธีมอบเกียรติบัตรครูดีเด่น")
    page = factories.news_page(index, title="พิธีมอบเกียรติบัตรครูดีเด่น ประจำปี 2569", cover_image=cover)
    page.save_revision(user=demo.users["pr"]).publish()
    draft = factories.draft_page(demo.departments["general-administration"], demo.users["editor"])
    factories.published_through_workflow(
        draft, demo.users["editor"], demo.users["groupdirector"], demo.users["director"]
    )
    factories.document(demo.users["pr"], title="คำสั่งแต่งตั้งเครือข่ายประชาสัมพันธ์ ปี 2569")
    send_release(page, demo.users["pr"], lists=[RecipientList.objects.get(name="สื่อมวลชนจังหวัดพัทลุง")])
    return demo


def test_round_trip_onto_an_empty_installation_gives_the_same_office(office, folders, tmp_path):
    before, files = _counts(), _checksums(folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT)
    assert all(
        before[key] for key in ("revisions", "documents", "register", "publication requests", "deliveries")
    )
    assert any(name.startswith("private/documents/") for name in files)
    assert any(name.startswith("media/original_images/") for name in files)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    assert archive.stat().st_mode & 0o077 == 0  # personal data: readable by its owner only

    reset_to_migrated_state()
    for root in (folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT):
        for path in sorted(Path(root).rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    assert Page.objects.count() == 2 and not Delivery.objects.exists()

    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "กู้คืนแล้ว" in out.getvalue()
    assert _counts() == before
    assert _checksums(folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT) == files
    # The derived indexes are rebuilt: the restored news is found by search and its image is referenced.
    from wagtail.models import ReferenceIndex

    from newsroom.models import NewsPage

    news = NewsPage.objects.get(title="พิธีมอบเกียรติบัตรครูดีเด่น ประจำปี 2569")
    assert ReferenceIndex.get_references_for_object(news).exists()
    assert news.pk in [result.pk for result in NewsPage.objects.live().search("เกียรติบัตร")]


def test_a_non_empty_installation_is_refused_without_replace(office, folders, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    Delivery.objects.all().delete()
    with pytest.raises(CommandError, match="มีข้อมูลอยู่แล้ว"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert not Delivery.objects.exists()  # nothing touched
    call_command("restore", str(archive), replace=True, skip_indexes=True, stdout=io.StringIO())
    assert Delivery.objects.exists()


def _rewrite(archive, target, change):
    """A copy of ``archive`` with ``change(name, data) -> data`` applied to each member."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source:
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))


def test_a_tampered_archive_is_refused_before_anything_is_touched(office, folders, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    tampered = tmp_path / "tampered.tar.gz"
    _rewrite(archive, tampered, lambda name, data: data + b" " if name == "database.json" else data)
    reset_to_migrated_state()
    files = _checksums(folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT)
    with pytest.raises(CommandError, match="checksum ไม่ตรง: database.json"):
        call_command("restore", str(tampered), stdout=io.StringIO())
    assert Page.objects.count() == 2
    assert _checksums(folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT) == files
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "backup.tar.gz",
        "media",
        "private",
        "tampered.tar.gz",
    ]


def test_a_member_outside_the_folders_is_refused(folders, tmp_path):
    evil = tmp_path / "evil.tar.gz"
    payload = b"escaped"
    name = "media/../../escaped.txt"
    manifest = {"format": "esao-backup/1", "members": {name: {"sha256": hashlib.sha256(payload).hexdigest()}}}
    with tarfile.open(evil, "w:gz") as archive:
        for member_name, data in (("manifest.json", json.dumps(manifest).encode()), (name, payload)):
            info = tarfile.TarInfo(member_name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError, match="ไม่ปลอดภัย"):
        call_command("restore", str(evil), stdout=io.StringIO())
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path.parent / "escaped.txt").exists()


def test_an_archive_of_other_migrations_is_refused(office, folders, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    other = tmp_path / "other.tar.gz"

    def older(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["migrations"] = manifest["migrations"][:-1]
        return json.dumps(manifest).encode()

    _rewrite(archive, other, older)
    reset_to_migrated_state()
    with pytest.raises(CommandError, match="migration"):
        call_command("restore", str(other), stdout=io.StringIO())


def test_a_failure_inside_the_restore_rolls_everything_back(office, folders, tmp_path):
    """The manifest expects one delivery more than the rows hold: the count check fails after every
    row was loaded, and the database and the folders are as they were before the restore."""
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    wrong = tmp_path / "wrong.tar.gz"

    def one_more_delivery(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["counts"]["network.Delivery"] += 1
        return json.dumps(manifest).encode()

    _rewrite(archive, wrong, one_more_delivery)
    reset_to_migrated_state()
    files = _checksums(folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT)
    with pytest.raises(CommandError, match="network.Delivery"):
        call_command("restore", str(wrong), stdout=io.StringIO())
    assert Page.objects.count() == 2 and not Delivery.objects.exists()
    assert not get_document_model().objects.exists()
    assert _checksums(folders.MEDIA_ROOT, folders.PRIVATE_MEDIA_ROOT) == files
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "backup.tar.gz",
        "media",
        "private",
        "wrong.tar.gz",
    ]
