"""The ITA catalogues of 2568 and 2569 (ITA.md), present after ``migrate`` on every database."""

from django.db import migrations

from transparency.ita_lists import CATALOGUES, SUB_INDICATORS


def create(apps, schema_editor):
    ItaSubIndicator = apps.get_model("transparency", "ItaSubIndicator")
    ItaItem = apps.get_model("transparency", "ItaItem")
    for year, items in CATALOGUES.items():
        subs = {}
        for order, (code, title, indicator) in enumerate(SUB_INDICATORS, start=1):
            subs[code], _ = ItaSubIndicator.objects.get_or_create(
                fiscal_year=year, code=code, defaults={"title": title, "indicator": indicator, "sort_order": order}
            )
        for order, (code, sub, title, period, required) in enumerate(items, start=1):
            ItaItem.objects.get_or_create(
                fiscal_year=year,
                code=code,
                defaults={
                    "sub_indicator": subs[sub],
                    "title": title,
                    "period": period,
                    "required_content": required,
                    "sort_order": order,
                },
            )


def remove(apps, schema_editor):
    apps.get_model("transparency", "ItaItem").objects.filter(fiscal_year__in=CATALOGUES).delete()
    apps.get_model("transparency", "ItaSubIndicator").objects.filter(fiscal_year__in=CATALOGUES).delete()


class Migration(migrations.Migration):
    dependencies = [("transparency", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
