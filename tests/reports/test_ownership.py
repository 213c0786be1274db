"""The report's per-group expression and ``home.departments.owned_by_q`` name the same owner."""

import pytest

from home.departments import department_for_page, owned_by_q
from home.models import DepartmentPage
from newsroom.models import NewsPage
from reports.kpis import main_department_id
from reports.ownership import owner_expression

pytestmark = pytest.mark.django_db


def test_the_owner_expression_agrees_with_the_filter_and_the_page_rule(demo, make_news):
    personnel = demo.departments["personnel"]
    finance = demo.departments["finance-and-assets"]
    pages = [
        make_news("ข่าวในห้องกลุ่มบุคคล ระบุกลุ่มการเงิน", parent=personnel, department=finance),
        make_news("ข่าวในห้องกลุ่มบุคคล", parent=personnel),
        make_news("ข่าวการเงินที่ส่วนกลาง", department=finance),
        make_news("ข่าวสำนักงานทั่วไป"),
    ]
    main_id = main_department_id()
    owners = dict(
        NewsPage.objects.filter(pk__in=[p.pk for p in pages])
        .annotate(owning_group=owner_expression(main_id))
        .values_list("pk", "owning_group")
    )
    assert [owners[p.pk] for p in pages] == [personnel.pk, personnel.pk, finance.pk, main_id]
    for page in pages:
        assert owners[page.pk] == department_for_page(page).pk
        for department in DepartmentPage.objects.all():
            owned = NewsPage.objects.filter(owned_by_q(department, main_id), pk=page.pk).exists()
            assert owned == (owners[page.pk] == department.pk)
