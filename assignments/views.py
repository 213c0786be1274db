"""The desk's admin views: the agenda (desk only), the assignments (each user sees what the rules of
``assignments.access`` allow), and "write the news" (POST: the draft, then its editor)."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import View
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView, InspectView
from wagtail.log_actions import log
from wagtail.models import Site

from assignments.access import can_write_news
from assignments.models import AgendaItem, Assignment
from assignments.write_news import CannotWriteNews, write_news

WRITE_NEWS_ACTION = "assignments.write_news"
ASSIGN_ACTION = "assignments.assign"


def office_site(request):
    """The office whose agenda is being entered: the admin's own host, else the default site."""
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


# --- the agenda ----------------------------------------------------------------------------------


class _RunByUserMixin:
    """Only the records of the desks the user runs; any other answers 403, never someone else's data."""

    def get_object(self, queryset=None):
        obj = get_object_or_404(self.model, pk=unquote(str(self.kwargs[self.pk_url_kwarg])))
        if not self.model.objects.run_by(self.request.user).filter(pk=obj.pk).exists():
            raise PermissionDenied
        return obj


class AgendaIndexView(IndexView):
    def get_base_queryset(self):
        return (
            AgendaItem.objects.run_by(self.request.user)
            .select_related("executive", "assignment", "assignment__assignee")
            .order_by("-starts_at")
        )


class AgendaCreateView(CreateView):
    def save_instance(self):
        item = self.form.save(commit=False)
        item.site = office_site(self.request)
        item.created_by = self.request.user
        item.save()
        return item

    def get_success_url(self):
        # The next step is usually to pick the item for news.
        return reverse("assignments_agenda:index")


class AgendaEditView(_RunByUserMixin, EditView):
    pass


class AgendaDeleteView(_RunByUserMixin, DeleteView):
    pass


# --- the assignments -----------------------------------------------------------------------------


class AssignmentIndexView(IndexView):
    def get_base_queryset(self):
        queryset = Assignment.objects.visible_to(self.request.user).with_related()
        if self.request.GET.get("open"):
            queryset = queryset.open()
        return queryset


class AssignmentCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        if self.request.GET.get("agenda_item", "").isdigit():
            initial["agenda_item"] = int(self.request.GET["agenda_item"])
        return initial

    def save_instance(self):
        assignment = self.form.save(commit=False)
        assignment.assigned_by = self.request.user
        assignment.assigned_at = timezone.now()
        assignment.save()
        log(assignment, ASSIGN_ACTION, user=self.request.user, data={"assignee": assignment.assignee_id})
        return assignment

    def get_success_message(self, instance):
        return f"มอบหมาย “{instance}” ให้ {instance.assignee.get_full_name()} แล้ว"


class AssignmentEditView(_RunByUserMixin, EditView):
    pass


class AssignmentDeleteView(_RunByUserMixin, DeleteView):
    pass


class AssignmentInspectView(InspectView):
    """The assignment as its assignee sees it, with "write the news"."""

    template_name = "assignments/assignment_inspect.html"
    fields = []

    def get_object(self, queryset=None):
        assignment = get_object_or_404(Assignment, pk=unquote(str(self.pk)))
        if not Assignment.objects.visible_to(self.request.user).filter(pk=assignment.pk).exists():
            raise PermissionDenied
        return assignment

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            assignment=self.object,
            item=self.object.agenda_item,
            can_write_news=can_write_news(self.request.user, self.object),
            now=timezone.now(),
        )
        return context


class WriteNewsView(View):
    """POST only: create (once) the draft for the assignment and open it in the page editor."""

    def post(self, request, pk):
        assignment = get_object_or_404(Assignment.objects.with_related(), pk=pk)
        if not can_write_news(request.user, assignment):
            raise PermissionDenied
        existing = assignment.news_page_id
        try:
            page = write_news(assignment, request.user)
        except CannotWriteNews as error:
            messages.error(request, str(error))
            return redirect(reverse("assignments_assignment:inspect", args=[pk]))
        if not existing:
            log(assignment, WRITE_NEWS_ACTION, user=request.user, data={"page": page.pk})
            messages.success(request, f"สร้างร่างข่าว “{page.title}” แล้ว เขียนเนื้อหาแล้วส่งขออนุมัติเผยแพร่")
        if not page.permissions_for_user(request.user).can_edit():
            # The desk may start the draft for the assignee without rights in the group's pages.
            messages.info(request, f"สร้างร่างข่าว “{page.title}” แล้ว ผู้รับผิดชอบเขียนต่อได้")
            return redirect(reverse("assignments_assignment:inspect", args=[pk]))
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
