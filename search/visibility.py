"""Which pages the public search may show: live, public, of a searchable kind, not withdrawn.

The one place that knows how a withdrawal is stored (``PageWithdrawal`` rows, reverse name
``withdrawals`` on ``Page``, in the ``publishing`` app): if that changes, change this module only.
"""

from wagtail.models import Page

from search import kinds


def withdrawn_page_ids():
    from publishing.models import PageWithdrawal

    return PageWithdrawal.objects.values("page_id")


def searchable_pages():
    return Page.objects.live().public().type(*kinds.models()).exclude(id__in=withdrawn_page_ids())
