"""``manage.py pr_report --fiscal-year 2569 --round 12m --output report.xlsx``: the admin page's workbook."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.models import DepartmentPage
from reports.periods import ROUND_6M, ROUND_12M, ROUND_CUSTOM, report_period
from reports.report import build_report
from reports.xlsx import workbook_bytes
from thaiinput.dates import ThaiDateError, parse_date


def _date(value):
    """``2569-10-01`` or ``01/10/2569`` (any layout of ``thaiinput.dates``); a CE ``2026-10-01`` too."""
    try:
        return parse_date(value, allow_ce=True)
    except ThaiDateError as error:
        raise CommandError(str(error)) from None


class Command(BaseCommand):
    help = "Write the PR report of a fiscal year's round (or a date range) as an XLSX workbook."

    def add_arguments(self, parser):
        parser.add_argument("--fiscal-year", type=int, required=True, help="BE fiscal year, e.g. 2569")
        parser.add_argument("--round", choices=[ROUND_6M, ROUND_12M, ROUND_CUSTOM], default=ROUND_12M)
        parser.add_argument(
            "--start",
            type=_date,
            help="first day of a custom range (01/10/2569, 2569-10-01 or CE 2026-10-01)",
        )
        parser.add_argument("--end", type=_date, help="last day of a custom range (same layouts as --start)")
        parser.add_argument("--department", help="slug of one internal group's page (default: every group)")
        parser.add_argument("--output", required=True, help="path of the .xlsx file to write")

    def handle(self, *args, **options):
        if not 2500 <= options["fiscal_year"] <= 2700:
            raise CommandError("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569")
        try:
            period = report_period(options["fiscal_year"], options["round"], options["start"], options["end"])
        except ValueError:
            raise CommandError("ช่วงวันที่ต้องระบุ --start และ --end โดยวันเริ่มต้องไม่หลังวันสิ้นสุด") from None
        department = None
        if options["department"]:
            department = DepartmentPage.objects.filter(slug=options["department"]).first()
            if department is None:
                raise CommandError(f"ไม่พบกลุ่มงาน “{options['department']}”")
        report = build_report(period, department)
        output = Path(options["output"])
        output.write_bytes(workbook_bytes(report))
        self.stdout.write(f"{report.title}: {len(report.tables)} sheets written to {output}")
