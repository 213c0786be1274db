"""Does every page have a way through the workflow? Steps without an active approver.

A page waits silently when its group has no active director, or when the office director's step
has nobody active in its groups. The submitter is warned before submitting (edit screen), and the
webmaster and the office director see every such gap on their dashboard.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from wagtail.models import Task, TaskState

from home.models import DepartmentPage
from publishing.models import DepartmentDirectorApprovalTask, OfficeDirectorApprovalTask


@dataclass
class Gap:
    step: str
    reason: str


def _active_members(group_ids):
    return get_user_model().objects.filter(groups__in=group_ids, is_active=True)


def gaps_for_page(page, submitter=None):
    """The steps of the office workflow that nobody could approve for ``page`` right now."""
    workflow = page.get_workflow() if hasattr(page, "get_workflow") else None
    if workflow is None:
        return []
    gaps = []
    for task in workflow.tasks.filter(active=True).specific():
        if isinstance(task, DepartmentDirectorApprovalTask):
            if submitter is not None and task.is_group_director(page, submitter):
                continue  # their own step is skipped
            group_id = task.approver_group_id(page)
            if not group_id or not _active_members([group_id]).exists():
                gaps.append(Gap(task.name, "กลุ่มเจ้าของเรื่องยังไม่มีผู้อำนวยการกลุ่มที่ใช้งานอยู่ในระบบ"))
        elif isinstance(task, OfficeDirectorApprovalTask) and (
            not _active_members(task.groups.values("pk")).exclude(pk=getattr(submitter, "pk", None)).exists()
        ):
            gaps.append(Gap(task.name, "ยังไม่มีผู้อำนวยการ สพท. (หรือผู้ปฏิบัติราชการแทน) ที่ใช้งานอยู่ในระบบ"))
    return gaps


def departments_without_director():
    """Groups whose directors' group has no active member."""
    active_group_ids = set(
        get_user_model().objects.filter(is_active=True).values_list("groups", flat=True).distinct()
    )
    return [
        department
        for department in DepartmentPage.objects.order_by("path").only("id", "title", "directors_group_id")
        if department.directors_group_id not in active_group_ids
    ]


def stranded_task_states():
    """Task states in progress that no active user can approve (each checked for its own page)."""
    stranded = []
    states = list(
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).select_related("workflow_state")[:200]
    )
    tasks = {task.pk: task for task in Task.objects.filter(pk__in={s.task_id for s in states}).specific()}
    for state in states:
        page = state.workflow_state.content_object
        task = tasks.get(state.task_id)
        if page is None or not hasattr(task, "approvers"):
            continue
        if not task.approvers(page).exclude(pk=state.workflow_state.requested_by_id).exists():
            stranded.append((page, task))
    return stranded
