"""The ITA part of an office's skeleton, shared by ``setup_office`` and the demo: ``/ita/``, the
page of a fiscal year, the year's catalogue (copied from the newest earlier one) and who answers
for each item. Idempotent like ``home.skeleton``.
"""

from home.skeleton import ensure_page
from transparency.catalogue import copy_year
from transparency.models import ItaItem, TransparencyIndexPage, TransparencyYearPage

# The group that usually answers for each item, by the default groups' slugs (home.skeleton);
# an office with other groups assigns its items in the catalogue instead.
DEFAULT_RESPONSIBLE = {
    "O1": "general-administration",
    "O2": "general-administration",
    "O3": "general-administration",
    "O4": "general-administration",
    "O5": "policy-and-planning",
    "O6": "policy-and-planning",
    "O7": "policy-and-planning",
    "O8": "general-administration",
    "O9": "general-administration",
    "O10": "ict",
    "O11": "finance-and-assets",
    "O12": "finance-and-assets",
    "O13": "personnel",
    "O14": "personnel",
    "O15": "personnel",
    "O16": "legal-affairs",
    "O17": "legal-affairs",
    "O18": "legal-affairs",
    "O19": "policy-and-planning",
    "O20": "general-administration",
    "O21": "internal-audit",
    "O22": "internal-audit",
    "O23": "legal-affairs",
    "O24": "legal-affairs",
    "O25": "policy-and-planning",
    "O26": "policy-and-planning",
}


def ensure_index(home, user=None):
    return ensure_page(
        home,
        TransparencyIndexPage,
        "ita",
        user=user,
        title="การเปิดเผยข้อมูลสาธารณะ (ITA)",
        show_in_menus=True,
        intro="ข้อมูลที่สำนักงานเผยแพร่ตามการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        "(Integrity and Transparency Assessment: ITA) แยกตามปีงบประมาณ",
    )


def ensure_year_page(index, year, user=None):
    return ensure_page(
        index,
        TransparencyYearPage,
        str(year),
        user=user,
        title=f"การเปิดเผยข้อมูลสาธารณะ ปีงบประมาณ {year}",
        fiscal_year=year,
    )


def ensure_catalogue(year, user=None):
    """Give ``year`` the items of the newest earlier year when it has none; the items created."""
    if ItaItem.objects.filter(fiscal_year=year).exists():
        return []
    source = (
        ItaItem.objects.filter(fiscal_year__lt=year)
        .order_by("-fiscal_year")
        .values_list("fiscal_year", flat=True)
        .first()
    )
    if source is None:
        return []
    return copy_year(source, year, user=user).created


def assign_departments(year, departments):
    """Give the year's unassigned items their usual group, when the office has that group."""
    for item in ItaItem.objects.filter(fiscal_year=year, department__isnull=True):
        department = departments.get(DEFAULT_RESPONSIBLE.get(item.code))
        if department is not None:
            item.department = department
            item.save(update_fields=["department"])
