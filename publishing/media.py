"""Files that the public sees: they change only with approval, and documents go out only through a page.

A document or image that a live page (or the public people directory) shows is part of what was
approved. Whoever cannot publish those pages may not replace its file or delete it: they upload a
new file and choose it in the page, and that change goes through the approval workflow like any other.

A document is served to the public only while a live, public, non-withdrawn page links it; documents
of the network register (appointment orders, clippings) are never public, whatever links them.
Wagtail's reference index (kept up to date from the database rows, i.e. the live content of pages)
says who uses a file.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from publishing.withdrawals import exclude_withdrawn

# Non-page models whose rows the public sees as soon as they are saved.
PUBLIC_MODELS = {("home", "person")}
# Apps whose records hold personal data: the files they reference are for their staff only.
REGISTER_APPS = {"network"}


def _references(obj):
    return ReferenceIndex.get_references_to(obj)


def _page_ids(references):
    page_type = ContentType.objects.get_for_model(Page)
    return (
        references.filter(base_content_type=page_type)
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )


def live_pages_using(obj):
    """Live pages whose content references ``obj`` (a document or an image)."""
    return Page.objects.live().filter(pk__in=_page_ids(_references(obj))).order_by("title")


def public_records_using(obj):
    """Rows of models shown on public pages (people directory, office settings) that reference ``obj``."""
    records = []
    for content_type_id, object_id in _references(obj).values_list("content_type_id", "object_id").distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model and (model._meta.app_label, model._meta.model_name) in PUBLIC_MODELS:
            records.extend(model.objects.filter(pk=object_id))
    # Site settings are not in the reference index (they have no viewset of Wagtail's).
    from home.models import OfficeSettings

    if obj._meta.label == "wagtailimages.Image":
        records.extend(OfficeSettings.objects.filter(logo=obj))
    return records


def pages_blocking_change(user, obj):
    """The live pages using ``obj`` that ``user`` may not publish, and whether public records use it.

    Returns ``(pages, records)``; both empty means the user may replace or delete the file.
    Superusers may always (they publish directly). Records (people directory, office settings) are
    shown at once, so their files change only for superusers too.
    """
    if user.is_active and user.is_superuser:
        return [], []
    pages = [page for page in live_pages_using(obj) if not page.permissions_for_user(user).can_publish()]
    return pages, public_records_using(obj)


def refusal_message(user, obj, pages, records):
    """Thai explanation, with links to edit the pages so that the new file goes through approval."""
    items = [
        (page.get_admin_display_title(), reverse("wagtailadmin_pages:edit", args=[page.pk])) for page in pages
    ]
    page_links = format_html_join(", ", '<a href="{}">{}</a>', ((url, title) for title, url in items))
    used_by = page_links
    if records:
        names = format_html_join(", ", "{}", ((str(record),) for record in records))
        used_by = format_html("{}{}{}", page_links, ", " if items else "", names)
    kind = "ภาพ" if obj._meta.label == "wagtailimages.Image" else "เอกสาร"
    return format_html(
        "{kind}นี้แสดงอยู่บนเว็บไซต์แล้ว ({used_by}) การเปลี่ยนหรือลบไฟล์จึงต้องผ่านการอนุมัติเผยแพร่ "
        "โปรดอัปโหลดเป็น{kind}ใหม่ แล้วเลือก{kind}ใหม่นั้นในหน้าเว็บและส่งขออนุมัติตามขั้นตอน",
        kind=kind,
        used_by=used_by,
    )


class ApprovedFilesPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, minus deleting a file the public sees.

    Used by every admin view (single and bulk delete, delete buttons); see ``wagtail_hooks``.
    """

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = super().user_has_any_permission_for_instance(user, actions, instance)
        if allowed and set(actions) == {"delete"}:
            pages, records = pages_blocking_change(user, instance)
            return not pages and not records
        return allowed


def document_policy():
    from wagtail.documents import get_document_model_string

    return ApprovedFilesPermissionPolicy(
        get_document_model_string(), auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
    )


def image_policy():
    from wagtail.images import get_image_model

    return ApprovedFilesPermissionPolicy(
        get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
    )


# Serving documents -------------------------------------------------------------------------------


def _register_models(references):
    models = []
    for content_type_id in references.values_list("content_type_id", flat=True).distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model and model._meta.app_label in REGISTER_APPS and not issubclass(model, Page):
            models.append(model)
    return models


def _linked_from_public_page(references):
    """A live page without view restriction, and not withdrawn, links the document."""
    # An open withdrawal only: a reinstated page hands its documents out again.
    return exclude_withdrawn(Page.objects.live().public().filter(pk__in=_page_ids(references))).exists()


def may_read_document(user, document):
    """Who may download a document: the public when it is public; staff when it is not.

    Register documents only for users who may view a register record that holds them; other
    documents for staff who may choose or change documents in its collection (preview of a draft).
    """
    references = _references(document)
    register_models = _register_models(references)
    if register_models:
        return user.is_authenticated and any(
            user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
            for model in register_models
        )
    if _linked_from_public_page(references):
        return True
    if not user.is_authenticated:
        return False
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], document)


def check_document_access(document, request):
    """``before_serve_document``: a 404 (not even a hint that the file exists) for anyone else."""
    if not may_read_document(request.user, document):
        raise Http404("ไม่พบเอกสาร")
