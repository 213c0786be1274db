"""Which pages the public search may show: live, public, of a searchable kind, not withdrawn.

Withdrawal is the publishing app's rule (``publishing.withdrawals.exclude_withdrawn``: an open
withdrawal, so a page reinstated through the workflow is found again); it is a plain ``NOT IN``
lookup on the page id, which the search backends can filter on.
"""

from wagtail.models import Page

from search import kinds


def searchable_pages():
    from publishing.withdrawals import exclude_withdrawn

    return exclude_withdrawn(Page.objects.live().public().type(*kinds.models()))
