"""ITA's complaint statistics (O18 in 2569): counts by type and status, counted from the records.

A complaint belongs to the fiscal year of the day it was received, in Bangkok time: one received at
23.59 on 30 September is in the year that ends that day, one at 00.00 on 1 October in the next.
"""

from dataclasses import dataclass

from django.db.models import Count

from home.thai_dates import six_month_round, twelve_month_round
from services.models import Case, CaseKind, CaseStatus, ComplaintType


@dataclass
class Table:
    """One period: a row per complaint type, a column per status, with totals."""

    period: object
    rows: list
    status_totals: list
    total: int

    @property
    def label(self):
        return self.period.label


@dataclass
class ComplaintStatistics:
    fiscal_year: int
    first_half: Table
    whole_year: Table

    @property
    def statuses(self):
        return CaseStatus.choices

    @property
    def tables(self):
        return [self.first_half, self.whole_year]


def _table(period):
    start, end = period.datetime_range()
    counts = {
        (row["complaint_type"], row["status"]): row["n"]
        for row in Case.objects.filter(kind=CaseKind.COMPLAINT, received_at__gte=start, received_at__lt=end)
        .values("complaint_type", "status")
        .annotate(n=Count("id"))
    }
    rows = []
    for complaint_type, label in ComplaintType.choices:
        cells = [counts.get((complaint_type, status), 0) for status in CaseStatus.values]
        rows.append({"type": complaint_type, "label": label, "cells": cells, "total": sum(cells)})
    status_totals = [sum(row["cells"][i] for row in rows) for i in range(len(CaseStatus.values))]
    return Table(period=period, rows=rows, status_totals=status_totals, total=sum(status_totals))


def complaint_statistics(fiscal_year):
    """The two tables the ITA item shows: 1 October – 31 March, and the whole fiscal year so far."""
    return ComplaintStatistics(
        fiscal_year=fiscal_year,
        first_half=_table(six_month_round(fiscal_year)),
        whole_year=_table(twelve_month_round(fiscal_year)),
    )
