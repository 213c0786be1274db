"""The PR inbox of school news: read it, see the photos, make a draft news page, or decline."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.generic import View
from wagtail.admin.views.generic import EditView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

from schoolnews.make_news import decline, make_news
from schoolnews.models import SchoolNewsPhoto, SchoolNewsSubmission, SubmissionStatus

MAKE_NEWS_ACTION = "schoolnews.make_news"
DECLINE_ACTION = "schoolnews.decline"


class DeclineForm(forms.ModelForm):
    class Meta:
        model = SchoolNewsSubmission
        fields = ["decline_reason"]
        widgets = {"decline_reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decline_reason"].required = True
        self.fields["decline_reason"].error_messages["required"] = "โปรดระบุเหตุผลที่ไม่นำไปใช้"


class SubmissionEditView(EditView):
    template_name = "schoolnews/admin/submission_edit.html"
    submit_button_label = "ไม่นำไปใช้"

    def get_page_subtitle(self):
        return self.object.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submission"] = self.object
        context["photos"] = self.object.photos.all()
        context["is_new"] = self.object.status == SubmissionStatus.NEW
        return context

    def form_valid(self, form):
        if self.object.status != SubmissionStatus.NEW:
            messages.error(self.request, "เรื่องนี้พิจารณาแล้ว")
            return redirect(reverse("schoolnews_submission:edit", args=[self.object.pk]))
        decline(self.object, self.request.user, form.cleaned_data["decline_reason"])
        log(self.object, DECLINE_ACTION, user=self.request.user)
        messages.success(self.request, "บันทึกว่าไม่นำไปใช้แล้ว")
        return redirect(reverse("schoolnews_submission:index"))


class MakeNewsView(PermissionCheckedMixin, View):
    """POST only: the draft news page, then its editor."""

    model = SchoolNewsSubmission
    permission_required = "change"

    def post(self, request, pk):
        submission = get_object_or_404(SchoolNewsSubmission, pk=pk)
        if submission.status != SubmissionStatus.NEW:
            messages.error(request, "เรื่องนี้พิจารณาแล้ว")
            return redirect(reverse("schoolnews_submission:edit", args=[pk]))
        try:
            page = make_news(submission, request.user)
        except LookupError as error:
            messages.error(request, str(error))
            return redirect(reverse("schoolnews_submission:edit", args=[pk]))
        log(submission, MAKE_NEWS_ACTION, user=request.user, data={"page": page.pk})
        messages.success(request, f"สร้างร่างข่าว “{page.title}” แล้ว ตรวจแก้แล้วส่งขออนุมัติเผยแพร่")
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


class PhotoView(PermissionCheckedMixin, View):
    """A photo as sent, for the inbox's users only (it has no public URL)."""

    model = SchoolNewsSubmission
    permission_required = "change"

    def get(self, request, pk, photo_pk):
        photo = get_object_or_404(SchoolNewsPhoto, pk=photo_pk, submission_id=pk)
        try:
            handle = photo.file.open("rb")
        except FileNotFoundError:
            raise Http404("ไม่พบไฟล์ภาพ") from None
        response = FileResponse(handle, filename=photo.original_filename)
        response["X-Content-Type-Options"] = "nosniff"
        patch_cache_control(response, private=True, no_store=True)
        return response

    def handle_no_permission(self):
        raise PermissionDenied
