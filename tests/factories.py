"""Factories shared by every test folder: users, pages, workflow runs and publication records.

Plain functions on top of the demo office's skeleton (``tests/conftest.py``'s ``demo``): each builds
one realistic Thai record with sensible defaults and takes keyword arguments for what a test cares
about. Pages are created live without revisions unless a test needs the editing history.
"""

import itertools
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page

from home.models import StandardPage
from newsroom.models import (
    JournalArticle,
    JournalColumn,
    JournalIssuePage,
    NewsPage,
)
from newsroom.skeleton import ensure_indexes

_serial = itertools.count(1)


def unique(prefix):
    return f"{prefix}-{next(_serial)}"


# --- people ------------------------------------------------------------------------------------


def user(username=None, roles=(), groups=(), **fields):
    """An active staff user with a Thai name; ``roles`` are role group names (``accounts.roles``)."""
    username = username or unique("staff")
    fields.setdefault("name_prefix", "นางสาว")
    fields.setdefault("first_name", "สมศรี")
    fields.setdefault("last_name", "ใจดี")
    fields.setdefault("position", "นักวิเคราะห์นโยบายและแผน")
    fields.setdefault("email", f"{username}@phatthalung2.example.go.th")
    account = get_user_model().objects.create_user(username=username, password="demo1234", **fields)
    for name in roles:
        account.groups.add(Group.objects.get_or_create(name=name)[0])
    account.groups.add(*groups)
    return account


# --- pages -------------------------------------------------------------------------------------


def news_index(office):
    """``/news/`` under the office's home page, with the PR officers' rights (as a real office has)."""
    return ensure_indexes(office.home_page, user=office.users.get("admin"))[0]


def journal_index(office):
    """``/journal/`` under the office's home page, with the PR officers' rights."""
    return ensure_indexes(office.home_page, user=office.users.get("admin"))[1]


def news_page(parent, title="ข่าวทดสอบ", published=None, tags=(), **fields):
    """A live NewsPage under ``parent``; ``published`` sets ``first_published_at`` (default: now)."""
    published = published or timezone.now()
    fields.setdefault("intro", f"ความนำของ{title}")
    if fields.get("cover_image"):
        fields.setdefault("cover_alt", "ภาพผู้เข้าร่วมกิจกรรม")
        fields.setdefault("photo_consent", True)
    page = NewsPage(
        title=title,
        slug=fields.pop("slug", unique("news")),
        live=True,
        first_published_at=published,
        last_published_at=published,
        **fields,
    )
    parent.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
        page.save()
    return page


def journal_issue(parent, volume=11, number=1, period_start=date(2026, 10, 1), articles=(), **fields):
    """A live journal issue; ``articles`` are (column name, title, author, page number)."""
    issue = JournalIssuePage(
        title=fields.pop("title", f"วารสาร ปีที่ {volume} ฉบับที่ {number}"),
        slug=fields.pop("slug", unique("issue")),
        volume=volume,
        number=number,
        period_start=period_start,
        live=True,
        first_published_at=timezone.now(),
        **fields,
    )
    for order, (column_name, title, author, page_number) in enumerate(articles):
        issue.articles.add(
            JournalArticle(
                column=JournalColumn.objects.get(name=column_name),
                title=title,
                author=author,
                page_number=page_number,
                sort_order=order,
            )
        )
    parent.add_child(instance=issue)
    return issue


def newsletter_index(office):
    """``/newsletter/`` under the office's home page, with the PR officers' and administrators' rights."""
    from newsletter.skeleton import ensure_index

    return ensure_index(office.home_page)


def newsletter_issue(
    parent, news=(), volume=4, number=1, issue_date=date(2026, 11, 30), publish=True, **fields
):
    """An issue carrying ``news`` in that order; published through a revision (which records its
    items in the reference index, as the admin's publish does) unless ``publish`` is False."""
    from newsletter.models import NewsletterIssuePage, NewsletterItem

    issue = NewsletterIssuePage(
        title=fields.pop("title", f"จดหมายข่าว ปีที่ {volume} ฉบับที่ {number}"),
        slug=fields.pop("slug", unique("newsletter")),
        volume=volume,
        number=number,
        issue_date=issue_date,
        live=False,
        **fields,
    )
    for order, page in enumerate(news):
        issue.items.add(NewsletterItem(news=page, sort_order=order))
    parent.add_child(instance=issue)
    revision = issue.save_revision()
    if publish:
        revision.publish()
        issue.refresh_from_db()
    return issue


def draft_page(parent, author, title="ประกาศรับสมัครครูผู้ช่วย รอบที่ 1", model=StandardPage, **fields):
    """A draft (never published) page with one revision by ``author``: what an editor submits."""
    if model is StandardPage:
        fields.setdefault("intro", "สำนักงานเขตพื้นที่การศึกษาประกาศรับสมัครบุคคลเพื่อบรรจุและแต่งตั้ง")
    page = model(
        title=title,
        slug=fields.pop("slug", unique("draft")),
        live=False,
        owner=author,
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision(user=author)
    return page


def disclosure_category(name="ข้อมูลการจัดซื้อจัดจ้าง"):
    """One of the office's disclosure categories (the seven of seed 003 come by migration)."""
    from publishing.models import DisclosureCategory

    return DisclosureCategory.objects.get(name=name)


# --- the workflow ------------------------------------------------------------------------------


def act_on_current_task(page, user, action, comment=""):
    """Approve or reject the task the page waits in, as ``user`` (through the task's own rules)."""
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state.specific
    task_state.task.specific.on_action(task_state, user, action, comment=comment)


def approve_current_task(page, user, comment=""):
    act_on_current_task(page, user, "approve", comment)


def reject_current_task(page, user, comment):
    act_on_current_task(page, user, "reject", comment)


def submit(page, user):
    """Start the page's workflow (อนุมัติเผยแพร่) as ``user``; returns the workflow state."""
    return page.get_workflow().start(page, user)


def published_through_workflow(page, editor, group_director, office_director):
    """Take ``page`` through both steps; returns (page, its PublicationRequest)."""
    from publishing.models import PublicationRequest

    submit(page, editor)
    approve_current_task(page, group_director, "ถูกต้อง")
    approve_current_task(page, office_director, "อนุญาตให้เผยแพร่")
    page.refresh_from_db()
    return page, PublicationRequest.objects.get(page=page)


# --- media -------------------------------------------------------------------------------------

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png_bytes(colour=(30, 90, 160), size=(40, 30)):
    import io

    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def document(uploaded_by, title="ประกาศรับสมัครครูผู้ช่วย ปี 2569", filename="announcement.pdf", content=PDF_BYTES):
    """A Wagtail document (a small PDF) uploaded by ``uploaded_by``."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title=title, uploaded_by_user=uploaded_by, file=ContentFile(content, name=filename)
    )


def image(uploaded_by, title="ภาพกิจกรรมวันครู", filename="teachers-day.png"):
    """A Wagtail image (a small PNG) uploaded by ``uploaded_by``."""
    from django.core.files.base import ContentFile
    from wagtail.images import get_image_model

    return get_image_model().objects.create(
        title=title, uploaded_by_user=uploaded_by, file=ContentFile(png_bytes(), name=filename)
    )


def survey_page(
    office,
    ratings=("ข้อมูลข่าวสารถูกต้อง ครบถ้วน น่าเชื่อถือ", "ความพึงพอใจต่อการประชาสัมพันธ์ของสำนักงานโดยรวม"),
    suggestion="ข้อเสนอแนะเพื่อการปรับปรุง",
    **fields,
):
    """A live satisfaction survey under the home page: who answers, ``ratings`` (five levels) and a
    free-text ``suggestion``; published through a revision, as the demo's is."""
    from feedback.models import RATING_FIELD, SurveyPage, SurveyQuestion

    questions = [
        SurveyQuestion(label="ท่านเป็น", field_type="radio", choices="ครูและบุคลากรทางการศึกษา\nผู้ปกครองและนักเรียน")
    ]
    questions += [SurveyQuestion(label=label, field_type=RATING_FIELD) for label in ratings]
    if suggestion:
        questions.append(SurveyQuestion(label=suggestion, field_type="multiline", required=False))
    for order, question in enumerate(questions):
        question.sort_order = order
    fields.setdefault("title", "แบบสำรวจความพึงพอใจของผู้ใช้บริการ")
    return office.page(
        office.home_page, SurveyPage, fields.pop("slug", unique("survey")), form_fields=questions, **fields
    )


# --- the assignment desk -----------------------------------------------------------------------


def agenda_item(
    office, title="ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570", kind="meeting", starts_at=None, hours=3, **fields
):
    """An item of the executives' agenda of the demo office; ``starts_at`` defaults to tomorrow 09.00."""
    from datetime import timedelta

    from assignments.models import AgendaItem

    if starts_at is None:
        starts_at = (timezone.localtime() + timedelta(days=1)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
    fields.setdefault("ends_at", starts_at + timedelta(hours=hours))
    fields.setdefault("place", "หอประชุม สพป.พัทลุง เขต 2")
    fields.setdefault("executive_name", "นายสมชาย ศรีสุข ผู้อำนวยการ สพป.พัทลุง เขต 2")
    return AgendaItem.objects.create(site=office.site, title=title, kind=kind, starts_at=starts_at, **fields)


def assignment(office, item=None, assignee=None, department=None, **fields):
    """``item`` (default: a new meeting) given to ``assignee`` (default: the demo ``editor``) for their group."""
    from assignments.models import Assignment

    item = item or agenda_item(office)
    return Assignment.objects.create(
        agenda_item=item,
        assignee=assignee or office.users["editor"],
        department=department or office.departments["general-administration"],
        assigned_by=fields.pop("assigned_by", office.users["pr"]),
        **fields,
    )
