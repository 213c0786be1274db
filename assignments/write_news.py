""" "Write the news" from an assignment: a draft news page in the right group's area, with the kind,
the event's times and place and the group filled in, linked to the assignment.

The draft goes under the assignment's group page when the assignee may add pages there (an editor or
the director of that group: Wagtail's tree permissions); otherwise (a PR officer without a group) under
the office's ``/news/``, with the group named in the page's ``department`` field. Either way the page
goes through the approval workflow like any other news.
"""

from django.db import transaction


class CannotWriteNews(Exception):  # noqa: N818 - carries the Thai message shown to the user
    pass


def news_parent(assignment):
    from newsroom.models import NewsIndexPage

    department = assignment.department
    if department is not None and department.permissions_for_user(assignment.assignee).can_add_subpage():
        return department
    root = assignment.agenda_item.site.root_page
    index = NewsIndexPage.objects.descendant_of(root, inclusive=True).first()
    if index is None:
        raise CannotWriteNews("ยังไม่มีหน้ารวมข่าวของสำนักงาน และผู้รับผิดชอบไม่มีสิทธิ์เพิ่มหน้าในกลุ่มงาน")
    return index


def write_news(assignment, user):
    """Create (once) the draft for ``assignment`` and return it; an existing page is returned as is."""
    from newsroom.models import NewsPage

    with transaction.atomic():
        assignment = type(assignment).objects.select_for_update().get(pk=assignment.pk)
        if assignment.news_page_id:
            return assignment.news_page
        item = assignment.agenda_item
        parent = news_parent(assignment)
        page = NewsPage(
            title=item.title,
            kind=item.kind,
            event_start=item.starts_at,
            event_end=item.ends_at,
            event_location=item.place[:255],
            department=assignment.department,
            credits=f"ข่าว: {assignment.assignee.get_full_name()}"[:255],
            owner=assignment.assignee,
            live=False,
        )
        parent.add_child(instance=page)
        page.save_revision(user=user)
        assignment.news_page = page
        assignment.save(update_fields=["news_page"])
    return page
