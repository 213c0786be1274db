"""The demo holds cases of each kind in every state in fiscal year 2569, and its routes."""

import pytest

from home.thai_dates import fiscal_year_of
from services import demo as services_demo
from services.models import Case, CaseKind, CaseRoute, CaseStatus

pytestmark = pytest.mark.django_db


def test_every_kind_in_every_state_in_2569(services):
    demo_cases = Case.objects.filter(tracking_code__in=[row[0] for row in services_demo.CASES])
    present = set(demo_cases.values_list("kind", "status"))
    assert present == {(kind, status) for kind in CaseKind.values for status in CaseStatus.values}
    assert {fiscal_year_of(case.received_at) for case in demo_cases} == {2569}
    assert demo_cases.filter(is_corruption=True, anonymous=True, name="").exists()
    for case in demo_cases:
        assert case.events.first().status == CaseStatus.RECEIVED
        assert case.events.last().status == case.status


def test_routes_and_a_second_run_changes_nothing(services):
    assert CaseRoute.objects.get(key="corruption").department == services.departments["legal-affairs"]
    assert CaseRoute.objects.get(key="information_request").answer_days == 15
    before = (Case.objects.count(), sum(case.events.count() for case in Case.objects.all()))
    services_demo.load(services)
    assert (Case.objects.count(), sum(case.events.count() for case in Case.objects.all())) == before
