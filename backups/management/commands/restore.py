from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an archive of `manage.py backup` onto a migrated, empty installation "
        "(checksums first, then one transaction; indexes rebuilt after)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace the data of an installation that is not empty (its old files are kept aside)",
        )
        parser.add_argument(
            "--skip-indexes", action="store_true", help="do not rebuild the search and reference indexes"
        )

    def handle(self, *args, archive, replace, skip_indexes, **options):
        try:
            manifest = restore(archive, replace=replace, rebuild_indexes=not skip_indexes, stdout=self.stdout)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"กู้คืนแล้ว: {sum(manifest['counts'].values())} แถว, {len(manifest['members']) - 1} ไฟล์ "
            f"(สำรองเมื่อ {manifest['created_at']})"
        )
        for folder in manifest["replaced_folders"]:
            self.stdout.write(f"ไฟล์เดิมเก็บไว้ที่ {folder}: ลบได้เมื่อตรวจเว็บไซต์ที่กู้คืนแล้ว")
