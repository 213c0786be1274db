"""Fixtures of the approval-workflow tests: the office with its workflow, drafts, and pages
taken through both approval steps."""

import pytest
from wagtail.models import Page, Workflow

from home.models import StandardPage
from tests.publishing.helpers import approve_current_task


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
        user = user or office.users["editor"]
        parent = parent or office.dept
        page = StandardPage(
            title=title,
            slug=slug or f"draft-{Page.objects.count()}",
            live=False,
            owner=user,
            intro=fields.pop("intro", "สำนักงานเขตพื้นที่การศึกษาประกาศรับสมัครบุคคลเพื่อบรรจุและแต่งตั้ง"),
            **fields,
        )
        parent.add_child(instance=page)
        page.save_revision(user=user)
        return page

    return _make


@pytest.fixture
def publish_through_workflow(office, make_draft):
    """``publish_through_workflow(title, ...)``: a page taken through both steps; returns (page, request)."""
    from publishing.models import PublicationRequest

    def _publish(title="ประกาศรับสมัครครูผู้ช่วย รอบที่ 1", editor="editor", director="groupdirector", **kwargs):
        page = make_draft(title=title, user=office.users[editor], **kwargs)
        page.get_workflow().start(page, office.users[editor])
        approve_current_task(page, office.users[director], "ถูกต้อง")
        approve_current_task(page, office.users["director"], "อนุญาตให้เผยแพร่")
        page.refresh_from_db()
        return page, PublicationRequest.objects.get(page=page)

    return _publish
