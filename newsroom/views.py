"""The contributions inbox's file handling: contribution files have no URL (personal data, PDPA),
so the inbox links to a download view that checks the inbox's own permission."""

from django.contrib.admin.utils import unquote
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.views.generic import View
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

DOWNLOAD_ACTION = "newsroom.contribution_file_download"
NO_FILE = "ไม่มีไฟล์แนบ"


def download_link(contribution):
    """A link to the staff-only download, labelled with the sender's own file name."""
    if not contribution.file:
        return NO_FILE
    url = reverse("newsroom_contribution:download", args=[contribution.pk])
    return format_html('<a href="{}" download>{}</a>', url, contribution.download_name)


class ContributionFileDownloadView(PermissionCheckedMixin, View):
    """Hands a contribution's file to the inbox's users as an attachment, never displayed inline."""

    # Exactly who may open the inbox (PR officers, administrators) may read what it received.
    any_permission_required = IndexView.any_permission_required
    model = None
    pk_url_kwarg = "pk"

    def get(self, request, *args, **kwargs):
        contribution = get_object_or_404(self.model, pk=unquote(str(kwargs[self.pk_url_kwarg])))
        if not contribution.file:
            raise Http404(NO_FILE)
        try:
            handle = contribution.file.open("rb")
        except FileNotFoundError:
            raise Http404("ไม่พบไฟล์แนบในที่เก็บ") from None
        # Reading a teacher's personal data is recorded in the contribution's history.
        log(contribution, DOWNLOAD_ACTION, user=request.user)
        response = FileResponse(handle, as_attachment=True, filename=contribution.download_name)
        # Uploaded by the public: the browser must not guess a type (an HTML file run as a page).
        response["X-Content-Type-Options"] = "nosniff"
        patch_cache_control(response, private=True, no_store=True)
        return response


class ContributionFilePanel(FieldPanel):
    """The attachment on the inbox's edit screen: read-only, shown as the link to the download view."""

    read_only_output_template_name = "newsroom/admin/contribution_file.html"

    def __init__(self, field_name="file", **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        # The field's own value is a path on the private storage; its instance is the contribution.
        return download_link(value.instance)


class ContributionInspectView(InspectView):
    def get_file_display_value(self):
        return download_link(self.object)


class ContributionEditView(EditView):
    def save_instance(self):
        # The inbox records who decided, so a second PR officer sees it was handled.
        self.form.instance.reviewed_by = self.request.user
        return super().save_instance()
