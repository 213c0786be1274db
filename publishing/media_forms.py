"""Base forms of Wagtail's document and image screens (``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
``WAGTAILIMAGES_IMAGE_FORM_BASE``): a file that the public sees is not replaced without approval."""

from django import forms
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from publishing.media import pages_blocking_change, refusal_message


class ApprovedFileMixin:
    def __init__(self, *args, **kwargs):
        # Wagtail's collection form pops ``user``; keep it for the check.
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        self.blocking = ([], [])
        if self.instance.pk and self.user is not None and "file" in self.fields:
            self.blocking = pages_blocking_change(self.user, self.instance)
            if any(self.blocking):
                # Said before they try: the same words as the refusal (the delete button is gone too).
                self.fields["file"].help_text = refusal_message(self.user, self.instance, *self.blocking)

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if "file" in self.changed_data and any(self.blocking):
            raise forms.ValidationError(refusal_message(self.user, self.instance, *self.blocking))
        return file


class DocumentForm(ApprovedFileMixin, BaseDocumentForm):
    pass


class ImageForm(ApprovedFileMixin, BaseImageForm):
    pass
