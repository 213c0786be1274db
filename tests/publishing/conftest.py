"""Fixtures of the approval-workflow tests: the office with its workflow, drafts, and pages
taken through both approval steps."""

import pytest
from wagtail.models import Workflow

from tests import factories

# Fixtures of other folders that the withdrawal tests reuse: news pages, ITA pages, on-commit runs.
from tests.newsroom.conftest import make_news, newsroom  # noqa: F401
from tests.publishing.test_workflow_http import run  # noqa: F401
from tests.transparency.conftest import ita_index, item_page, year_2569  # noqa: F401


@pytest.fixture
def office(demo):
    """The demo skeleton; the workflow itself comes from the migrations."""
    demo.workflow = Workflow.objects.get(name="อนุมัติเผยแพร่")
    demo.dept = demo.departments["general-administration"]
    return demo


@pytest.fixture
def make_draft(office):
    """``make_draft(title, user=editor, parent=general administration)``: a draft page with a revision."""

    def _make(title="ประกาศรับสมัครครูผู้ช่วย รอบที่ 1", user=None, parent=None, slug=None, **fields):
        if slug:
            fields["slug"] = slug
        return factories.draft_page(parent or office.dept, user or office.users["editor"], title, **fields)

    return _make


@pytest.fixture
def publish_through_workflow(office, make_draft):
    """``publish_through_workflow(title, ...)``: a page taken through both steps; returns (page, request)."""

    def _publish(title="ประกาศรับสมัครครูผู้ช่วย รอบที่ 1", editor="editor", director="groupdirector", **kwargs):
        page = make_draft(title=title, user=office.users[editor], **kwargs)
        return factories.published_through_workflow(
            page, office.users[editor], office.users[director], office.users["director"]
        )

    return _publish
