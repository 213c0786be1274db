"""Admin views of an issue beside Wagtail's editor: the PDF of the latest draft, and the prefill
from a date range. Both need the right to edit the issue (Wagtail's page permissions)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from newsletter.constants import PREFILL_ACTION
from newsletter.forms import PrefillForm
from newsletter.models import NewsletterIssuePage
from newsletter.permissions import can_build
from newsletter.prefill import MAX_PREFILL, prefill


class IssueMixin:
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(NewsletterIssuePage, pk=kwargs["page_id"])

    def dispatch(self, request, *args, **kwargs):
        if not can_build(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DraftPdfView(IssueMixin, View):
    """The latest revision as the A4 PDF (the public route serves the published one)."""

    def get(self, request, *args, **kwargs):
        draft = self.page.get_latest_revision_as_object()
        return draft.pdf_response(request, preview=True)


class PrefillView(IssueMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "newsletter/admin/prefill.html"
    form_class = PrefillForm
    header_icon = "list-ul"

    def get_page_title(self):
        return f"เติมข่าวตามช่วงวันที่: {self.page.get_admin_display_title()}"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_initial(self):
        draft = self.page.get_latest_revision_as_object()
        return {"start": draft.period_start, "end": draft.period_end}

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, limit=MAX_PREFILL, **kwargs)

    def form_valid(self, form):
        if self.page.permissions_for_user(self.request.user).page_locked():
            form.add_error(None, "จดหมายข่าวฉบับนี้ถูกล็อกอยู่ ยังเติมข่าวไม่ได้")
            return self.form_invalid(form)
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        added, too_many = prefill(self.page, start, end, self.request.user)
        if too_many:
            form.add_error(None, f"ช่วงวันที่นี้มีข่าวเกิน {MAX_PREFILL} เรื่อง กรุณาเลือกช่วงให้สั้นลง")
            return self.form_invalid(form)
        if not added:
            messages.warning(self.request, "ไม่มีข่าวที่อนุมัติเผยแพร่แล้วในช่วงวันที่นี้ที่ยังไม่อยู่ในฉบับ")
        else:
            log(instance=self.page, action=PREFILL_ACTION, user=self.request.user, data={"added": added})
            messages.success(
                self.request, f"เพิ่มข่าว {added} เรื่องต่อท้ายฉบับแล้ว (บันทึกเป็นฉบับร่าง) ตรวจลำดับแล้วส่งขออนุมัติ"
            )
        return redirect(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
