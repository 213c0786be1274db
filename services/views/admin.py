"""The staff's screens of a case: the listing of what they may see, the case with its next step,
and the download of its files. Every opening of a complaint is in the audit log."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.views.generic import View
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.log_actions import log

from home.uploads import original_filename
from services.models import Case, CaseAttachment, CaseKind
from services.workflow import change_status

VIEW_ACTION = "services.case_view"
FILE_ACTION = "services.case_file_download"
STATUS_ACTION = "services.case_status"


class CaseIndexView(IndexView):
    """Only the cases the user may see; the overdue filter is the dashboard panel's link."""

    def get_base_queryset(self):
        queryset = Case.objects.visible_to(self.request.user).select_related("department")
        if self.request.GET.get("overdue"):
            queryset = queryset.overdue()
        return queryset


def _visible_case(request, pk):
    case = get_object_or_404(Case, pk=unquote(str(pk)))
    if not Case.objects.visible_to(request.user).filter(pk=case.pk).exists():
        raise PermissionDenied
    return case


class CaseEditView(EditView):
    """A case, its history and files, and the form for the next step."""

    template_name = "services/admin/case_edit.html"

    def get_object(self, queryset=None):
        return _visible_case(self.request, self.object_pk)

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.object.kind == CaseKind.COMPLAINT:
            # Who read a complaint, and when, is part of its record (corruption cases above all).
            log(self.object, VIEW_ACTION, user=request.user)
        return response

    def get_page_subtitle(self):
        return f"{self.object.tracking_code} {self.object.subject}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        context.update(
            {
                "case": case,
                "events": case.events.select_related("user"),
                "attachments": case.attachments.all(),
            }
        )
        return context

    def save_instance(self):
        form = self.form
        case = form.save(commit=False)
        user = self.request.user
        with transaction.atomic():
            upload = form.cleaned_data.get("answer_document")
            if upload:
                max_length = CaseAttachment._meta.get_field("original_filename").max_length
                CaseAttachment.objects.create(
                    case=case,
                    file=upload,
                    original_filename=original_filename(upload, max_length),
                    is_answer=True,
                    uploaded_by=user,
                )
            status = form.next_status_value
            note = form.cleaned_data.get("note", "")
            if status:
                change_status(case, status, user, note=note)
                log(case, STATUS_ACTION, user=user, data={"status": status.value})
            else:
                case.save()
                if note:
                    case.events.create(status=case.status, user=user, note=note)
        return case

    def form_valid(self, form):
        self.form = form
        try:
            self.object = self.save_instance()
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
            self.produced_error_code = "validation_error"
            self.produced_error_message = "บันทึกไม่ได้ โปรดแก้ไขรายการที่มีข้อความแจ้งเตือน"
            return self.form_invalid(form)
        messages.success(self.request, f"บันทึกเรื่อง {self.object.tracking_code} แล้ว")
        return redirect(reverse("services_case:edit", args=[self.object.pk]))


def attachment_link(attachment):
    url = reverse("services_case:file", args=[attachment.case_id, attachment.pk])
    return format_html('<a href="{}" download>{}</a>', url, attachment.original_filename)


class CaseFileView(View):
    """A case's file for those who may see the case, as an attachment, logged."""

    def get(self, request, case_pk, pk):
        case = _visible_case(request, case_pk)
        attachment = get_object_or_404(CaseAttachment, pk=pk, case=case)
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError:
            raise Http404("ไม่พบไฟล์แนบในที่เก็บ") from None
        log(case, FILE_ACTION, user=request.user, data={"file": attachment.original_filename})
        response = FileResponse(handle, as_attachment=True, filename=attachment.original_filename)
        response["X-Content-Type-Options"] = "nosniff"
        patch_cache_control(response, private=True, no_store=True)
        return response
