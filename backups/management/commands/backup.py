from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError, write_backup


class Command(BaseCommand):
    help = "Write one archive of the database, the media and the private files (backups/archive.py)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="archive path, or a folder for esao-backup-YYYYmmdd-HHMMSS.tar.gz (default: this folder)",
            default=".",
        )

    def handle(self, *args, output, **options):
        target = Path(output)
        if target.is_dir():
            target = target / f"esao-backup-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        try:
            manifest = write_backup(target)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["counts"].values())
        files = len(manifest["members"]) - 1
        self.stdout.write(f"{target}: {rows} แถว, {files} ไฟล์, {target.stat().st_size} ไบต์")
        return None
