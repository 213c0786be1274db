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


def test_the_ita_items_link_the_channels_they_serve(services, client):
    """O3 (contact) links the question form, the published Q&A and the information centre; O17 (the
    complaint channel) links the complaint form; O18 shows the figures from the records."""
    from transparency import demo as ita_demo

    ita_demo.load(services)
    services_demo.load(services)
    contact = client.get("/ita/2569/o3/").content.decode()
    for url in ("/services/question/", "/services/questions/", "/services/information-center/"):
        assert f'href="{url}"' in contact, url
    assert 'href="/services/complaint/"' in client.get("/ita/2569/o17/").content.decode()
    assert "เรื่องร้องเรียน" in client.get("/ita/2569/o18/").content.decode()


def test_administrators_edit_a_route_and_a_writer_is_refused(services, administrator, login):
    route = CaseRoute.objects.get(key="information_request")
    url = f"/admin/caseroute/edit/{route.pk}/"
    data = {
        "department": services.departments["policy-and-planning"].pk,
        "acknowledge_days": 2,
        "answer_days": 20,
    }
    response = login(services.users["editor"]).post(url, data)
    route.refresh_from_db()
    assert response.status_code in (302, 403) and route.answer_days == 15
    response = login(administrator).post(url, data)
    assert response.status_code == 302
    route.refresh_from_db()
    assert (route.department, route.acknowledge_days, route.answer_days) == (
        services.departments["policy-and-planning"],
        2,
        20,
    )
