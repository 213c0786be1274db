"""The demo loader builds every status of the readiness report and is idempotent."""

from transparency import demo as ita_demo
from transparency.models import ItaItem, TransparencyDocument, TransparencyPage
from transparency.readiness import Status, readiness_report


def test_demo_shows_every_status_and_runs_twice_without_duplicates(full_demo):
    counts = {key: count for key, _label, count in readiness_report(2569).counts}
    assert counts[Status.MISSING] == len(ita_demo.MISSING) == 3
    assert counts[Status.DRAFT] + counts[Status.WAITING] == 2
    assert counts[Status.LIVE] == 26 - 5
    before = (TransparencyPage.objects.count(), TransparencyDocument.objects.count(), ItaItem.objects.count())

    ita_demo.load(full_demo)

    after = (TransparencyPage.objects.count(), TransparencyDocument.objects.count(), ItaItem.objects.count())
    assert after == before
    assert ItaItem.objects.filter(fiscal_year=2570).count() == 26


def test_the_present_fiscal_year_2570_is_mostly_published(full_demo, client):
    """A fresh demo shows the present (issue #13): 2570 like 2569, only what is not yet due missing."""
    counts = {key: count for key, _label, count in readiness_report(2570).counts}
    assert counts[Status.MISSING] == len(ita_demo.MISSING_2570) == 4
    assert counts[Status.DRAFT] + counts[Status.WAITING] == len(ita_demo.DRAFT_2570) == 1
    assert counts[Status.LIVE] == 26 - 5
    assert TransparencyPage.objects.live().filter(item__fiscal_year=2570).count() == 21
    assert client.get("/ita/2570/").status_code == 200
