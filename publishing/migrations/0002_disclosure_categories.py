"""The seven disclosure categories of the publication request form (seed 003 §4)."""

from django.db import migrations

CATEGORIES = [
    ("ข้อมูลพื้นฐานเกี่ยวกับโครงสร้าง ภารกิจ และผู้บริหาร", False),
    ("นโยบายและยุทธศาสตร์", False),
    ("แผนปฏิบัติราชการประจำปีและการติดตามประเมินผล", False),
    ("ข้อมูลการจัดซื้อจัดจ้าง", False),
    ("มาตรฐานหรือคู่มือการปฏิบัติงาน", False),
    ("มาตรฐานและขั้นตอนการให้บริการ", False),
    ("อื่น ๆ (ระบุ)", True),
]


def create(apps, schema_editor):
    DisclosureCategory = apps.get_model("publishing", "DisclosureCategory")
    for order, (name, needs_detail) in enumerate(CATEGORIES, start=1):
        DisclosureCategory.objects.update_or_create(
            name=name, defaults={"needs_detail": needs_detail, "sort_order": order}
        )


def remove(apps, schema_editor):
    DisclosureCategory = apps.get_model("publishing", "DisclosureCategory")
    DisclosureCategory.objects.filter(name__in=[name for name, _ in CATEGORIES]).delete()


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
