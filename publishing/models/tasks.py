"""The two approval steps of the publishing workflow "อนุมัติเผยแพร่".

1. ``DepartmentDirectorApprovalTask`` (ผอ.กลุ่มตรวจสอบ): the approvers are the directors of the
   group (กลุ่ม) that owns the page, found from the page's place in the tree
   (``home.departments.department_for_page``), so one task serves all ten groups.
2. ``OfficeDirectorApprovalTask`` (ผอ.สพท.อนุมัติ): Wagtail's group approval for the office
   director's group (directors and acting deputies).

Both refuse approval by the person who submitted the page (Wagtail's stock group task allows it),
and both demand a reason when they send a page back for changes.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from wagtail.models import AbstractGroupApprovalTask, Page, Task, TaskState

from publishing.constants import ACTION_APPROVE, ACTION_REJECT

__all__ = ["DepartmentDirectorApprovalTask", "OfficeDirectorApprovalTask"]

SKIPPED_COMMENT = "ผู้ขอเผยแพร่เป็นผู้อำนวยการกลุ่มเจ้าของเรื่อง เสนอ ผอ.สพท. โดยตรง"


class ApprovalCommentForm(forms.Form):
    comment = forms.CharField(
        label="ความเห็น",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="ผู้ขอเผยแพร่จะได้รับความเห็นนี้ทางอีเมล",
    )


class RejectionReasonForm(forms.Form):
    comment = forms.CharField(
        label="เหตุผลที่ส่งกลับแก้ไข",
        required=True,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="จำเป็นต้องระบุ ผู้ขอเผยแพร่จะเห็นเหตุผลนี้ในหน้าแก้ไขและได้รับทางอีเมล",
        error_messages={"required": "กรุณาระบุเหตุผลที่ส่งกลับแก้ไข"},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError("กรุณาระบุเหตุผลที่ส่งกลับแก้ไข")
        return comment


def _submitter_id(task_state):
    return task_state.workflow_state.requested_by_id


def _is_submitter(obj, user):
    """True when ``user`` submitted the workflow now running on ``obj``."""
    workflow_state = obj.current_workflow_state if hasattr(obj, "current_workflow_state") else None
    return bool(workflow_state and workflow_state.requested_by_id == user.pk)


class NoSelfApprovalMixin:
    """Approvers never decide on a page they submitted themselves (four-eyes rule)."""

    def user_is_approver(self, obj, user):
        raise NotImplementedError

    def get_actions(self, obj, user):
        if not user.is_authenticated or not self.user_is_approver(obj, user) or _is_submitter(obj, user):
            return []
        # Approve first: it becomes the primary button of the editor's action menu (one tap on a phone).
        return [
            (ACTION_APPROVE, "อนุมัติ", False),
            (ACTION_APPROVE, "อนุมัติพร้อมความเห็น", True),
            (ACTION_REJECT, "ส่งกลับแก้ไข", True),
        ]

    def get_form_for_action(self, action):
        return RejectionReasonForm if action == ACTION_REJECT else ApprovalCommentForm

    def on_action(self, task_state, user, action_name, **kwargs):
        # The views already offer only permitted actions; the model refuses too, so no API
        # caller can approve their own page.
        if user is not None and _submitter_id(task_state) == user.pk:
            raise PermissionDenied("ผู้ส่งขออนุมัติไม่สามารถอนุมัติหรือส่งกลับเนื้อหาของตนเองได้")
        if action_name == ACTION_REJECT and not (kwargs.get("comment") or "").strip():
            raise PermissionDenied("การส่งกลับแก้ไขต้องระบุเหตุผล")
        page = task_state.workflow_state.content_object
        if user is not None and not self.user_is_approver(page, user):
            raise PermissionDenied("ท่านไม่ใช่ผู้อนุมัติในขั้นตอนนี้")
        return super().on_action(task_state, user, action_name, **kwargs)

    def user_can_access_editor(self, obj, user):
        return self.user_is_approver(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_is_approver(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_is_approver(obj, user)

    def user_can_unlock(self, obj, user):
        return False


class DepartmentDirectorApprovalTask(NoSelfApprovalMixin, Task):
    """Approved by the directors of the group that owns the page."""

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = "ผู้อำนวยการกลุ่มเจ้าของเรื่องตรวจสอบ"
        verbose_name_plural = "ผู้อำนวยการกลุ่มเจ้าของเรื่องตรวจสอบ"

    @classmethod
    def get_description(cls):
        return "ผู้อำนวยการกลุ่มงานที่เป็นเจ้าของหน้า (ตามตำแหน่งในผังเว็บไซต์) ตรวจสอบความถูกต้องก่อนเสนอผู้อำนวยการ สพท."

    @staticmethod
    def approver_group_id(obj):
        from home.departments import department_for_page

        page = obj.specific_deferred if isinstance(obj, Page) else obj
        department = department_for_page(page)
        return department.directors_group_id if department else None

    def user_is_approver(self, obj, user):
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        return self.is_group_director(obj, user)

    def is_group_director(self, obj, user):
        group_id = self.approver_group_id(obj)
        return bool(group_id and user and user.is_active) and user.groups.filter(pk=group_id).exists()

    def start(self, workflow_state, user=None):
        """A group director's own page goes straight to the office director: this step is
        recorded as skipped (the memo says so) instead of waiting for their own approval."""
        requester = workflow_state.requested_by
        page = workflow_state.content_object
        if requester is None or not self.is_group_director(page, requester):
            return super().start(workflow_state, user=user)
        task_state = self.get_task_state_class()(workflow_state=workflow_state)
        task_state.status = TaskState.STATUS_SKIPPED
        task_state.revision = page.get_latest_revision()
        task_state.task = self
        task_state.finished_at = timezone.now()
        task_state.comment = SKIPPED_COMMENT
        task_state.save()
        return task_state

    def approvers(self, obj):
        """The active users who may approve this step for ``obj`` (for notifications)."""
        from django.contrib.auth import get_user_model

        group_id = self.approver_group_id(obj)
        if not group_id:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(groups=group_id, is_active=True).distinct()

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            workflow_state__requested_by=user
        )
        if user.is_superuser:
            return states
        director_group_ids = set(user.groups.values_list("pk", flat=True))
        if not director_group_ids:
            return TaskState.objects.none()
        # The owning group depends on the page's place in the tree, so decide per state; a
        # reviewer has a handful of pages waiting, never thousands.
        state_pages = list(states.values_list("pk", "workflow_state__object_id"))
        pages = Page.objects.in_bulk([int(object_id) for _pk, object_id in state_pages])
        allowed = [
            pk
            for pk, object_id in state_pages
            if int(object_id) in pages and self.approver_group_id(pages[int(object_id)]) in director_group_ids
        ]
        return TaskState.objects.filter(pk__in=allowed)


class OfficeDirectorApprovalTask(NoSelfApprovalMixin, AbstractGroupApprovalTask):
    """Wagtail's group approval, without self-approval and with a required reason to refuse."""

    class Meta:
        verbose_name = "ผู้อำนวยการ สพท. อนุมัติ"
        verbose_name_plural = "ผู้อำนวยการ สพท. อนุมัติ"

    @classmethod
    def get_description(cls):
        return "สมาชิกกลุ่มผู้ใช้ที่เลือก (ผู้อำนวยการและรองผู้อำนวยการที่ปฏิบัติราชการแทน) อนุมัติการเผยแพร่"

    def user_is_approver(self, obj, user):
        if not user.is_authenticated or not user.is_active:
            return False
        return user.is_superuser or self._user_in_groups(user)

    def approvers(self, obj):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(groups__in=self.groups.all(), is_active=True).distinct()

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .filter(~Q(workflow_state__requested_by=user))
        )
