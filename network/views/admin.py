"""Admin views of the network that are not plain snippet screens: import, distribution, review,
and a page's channel summary. Each refuses (403) users without the network permission it needs.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page

from home.mail import queue_templated_mail
from home.models import OfficeSettings
from network.channels import page_summary
from network.delivery import retry_failed, send_release
from network.forms import DistributionForm, ImportForm
from network.importers import ImportRefused, import_rows, plan_rows
from network.models import DeliveryStatus, MemberStatus, NetworkMember, Release
from network.pages import can_distribute
from network.permissions import forbidden
from network.spreadsheet import LAYOUTS, FileError, read_rows

IMPORT_ACTION = "network.import"
SEND_ACTION = "network.send_release"


class NetworkAdminView(WagtailAdminTemplateMixin, TemplateView):
    permission_required = None  # "app.codename"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.get_permission_required()):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_permission_required(self):
        return self.permission_required

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class ImportView(NetworkAdminView):
    template_name = "network/admin/import.html"
    header_icon = "upload"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if kwargs["layout"] not in LAYOUTS:
            from django.http import Http404

            raise Http404
        self.layout = LAYOUTS[kwargs["layout"]]
        self.opts = self.layout.model._meta

    def get_permission_required(self):
        return f"network.add_{self.opts.model_name}"

    def get_page_title(self):
        return f"นำเข้า{self.opts.verbose_name_plural}"

    def get_context_data(self, **kwargs):
        kwargs.pop("layout", None)  # the URL's layout name; the context gets the layout itself
        return super().get_context_data(
            layout=self.layout, form=kwargs.pop("form", None) or ImportForm(), **kwargs
        )

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        preview = form.cleaned_data["preview"]
        try:
            rows = read_rows(form.cleaned_data["file"])
            plan = plan_rows(self.layout, rows) if preview else import_rows(self.layout, rows)
        except FileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        except ImportRefused as refused:
            return self.render_to_response(self.get_context_data(form=form, row_errors=refused.errors))
        if preview:
            # Nothing saved: the officer sees the plan and sends the same file again to apply it.
            return self.render_to_response(self.get_context_data(form=ImportForm(), plan=plan))
        for row in plan.created + plan.updated:
            log(instance=row.instance, action=IMPORT_ACTION, user=request.user)
        messages.success(
            request,
            f"นำเข้า{self.opts.verbose_name_plural}เรียบร้อยแล้ว: เพิ่ม {len(plan.created)} รายการ "
            f"แก้ไข {len(plan.updated)} รายการ ไม่เปลี่ยนแปลง {len(plan.unchanged)} รายการ",
        )
        return redirect(reverse(f"wagtailsnippets_network_{self.opts.model_name}:list"))


class PageMixin:
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific


class ReleaseView(PageMixin, NetworkAdminView):
    """Choose recipients for a live news page, send, and follow the deliveries."""

    permission_required = "network.add_release"
    template_name = "network/admin/release.html"
    header_icon = "mail"

    def get_page_title(self):
        return f"ส่งข่าวถึงเครือข่าย: {self.page.title}"

    def get_context_data(self, **kwargs):
        release = Release.objects.filter(page=self.page).first()
        deliveries = release.deliveries.all() if release else []
        progress = release.progress() if release else None
        return super().get_context_data(
            page=self.page,
            form=kwargs.pop("form", None) or DistributionForm(),
            can_send=can_distribute(self.page),
            release=release,
            progress=progress,
            progress_rows=[(status, label, progress[status]) for status, label in DeliveryStatus.choices]
            if progress
            else [],
            deliveries=deliveries,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not can_distribute(self.page):
            messages.error(request, "ส่งได้เฉพาะข่าวที่เผยแพร่บนเว็บไซต์แล้ว")
            return redirect(request.path)
        form = DistributionForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        release, created, already = send_release(
            self.page,
            request.user,
            lists=form.cleaned_data["lists"],
            contacts=form.cleaned_data["contacts"],
            members=form.cleaned_data["members"],
        )
        queued = sum(1 for d in created if d.status != DeliveryStatus.SKIPPED)
        skipped = len(created) - queued
        log(
            instance=release,
            action=SEND_ACTION,
            user=request.user,
            data={"queued": queued, "skipped": skipped, "already": already},
        )
        text = f"ส่งเข้าคิว {queued} ราย"
        if skipped:
            text += f" ข้าม {skipped} ราย (ดูเหตุผลในตาราง)"
        if already:
            text += f" ไม่ส่งซ้ำ {already} รายที่เคยได้รับข่าวนี้แล้ว"
        messages.success(request, text)
        return redirect(request.path)


class ReleaseIndexView(NetworkAdminView):
    """Every release with its counts per status, newest first: where the officer finds failures."""

    permission_required = "network.view_release"
    template_name = "network/admin/release_index.html"
    header_icon = "mail"
    page_title = "การส่งข่าวถึงเครือข่าย"
    paginate_by = 25

    def get_context_data(self, **kwargs):
        counts = {
            status: Count("deliveries", filter=Q(deliveries__status=status))
            for status in DeliveryStatus.values
        }
        releases = (
            Release.objects.select_related("page", "created_by").annotate(**counts).order_by("-created_at")
        )
        paginator = Paginator(releases, self.paginate_by)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        return super().get_context_data(page_obj=page_obj, statuses=DeliveryStatus.choices, **kwargs)


class RetryFailedView(PageMixin, NetworkAdminView):
    permission_required = "network.add_release"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        release = get_object_or_404(Release, page=self.page)
        count = retry_failed(release)
        messages.success(request, f"ส่งใหม่ {count} รายที่ส่งไม่สำเร็จ")
        return redirect(reverse("network_release", args=[self.page.pk]))


class PageChannelsView(PageMixin, NetworkAdminView):
    permission_required = "network.view_channellog"
    template_name = "network/admin/page_channels.html"
    header_icon = "pick"

    def get_page_title(self):
        return f"การเผยแพร่ตามช่องทาง: {self.page.title}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            status_labels=dict(DeliveryStatus.choices),
            add_log_url=reverse("wagtailsnippets_network_channellog:add") + f"?page={self.page.pk}",
            add_clipping_url=reverse("wagtailsnippets_network_coverageclipping:add")
            + f"?page={self.page.pk}",
            **page_summary(self.page),
            **kwargs,
        )


class MemberReviewView(NetworkAdminView):
    """Accept or refuse a survey application."""

    permission_required = "network.change_networkmember"
    template_name = "network/admin/member_review.html"
    header_icon = "tasks"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.member = get_object_or_404(NetworkMember, pk=kwargs["pk"])

    def get_page_title(self):
        return f"พิจารณาใบสมัคร: {self.member.name}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            member=self.member, pending=self.member.status == MemberStatus.PENDING, **kwargs
        )

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        if decision not in ("accept", "refuse") or self.member.status != MemberStatus.PENDING:
            messages.error(request, "ใบสมัครนี้พิจารณาแล้ว หรือคำสั่งไม่ถูกต้อง")
            return redirect(request.path)
        accept = decision == "accept"
        note = request.POST.get("note", "").strip()[:1000]
        self.member.review(request.user, accept=accept)
        log(instance=self.member, action="network.accept" if accept else "network.refuse", user=request.user)
        if accept:
            messages.success(request, f"รับ “{self.member.name}” เป็นสมาชิกเครือข่ายแล้ว")
        else:
            messages.success(request, f"บันทึกว่าไม่รับ “{self.member.name}” เป็นสมาชิกเครือข่ายแล้ว")
        # The applicant is told the decision (with the officer's note) by e-mail, through the queue.
        if self.member.email:
            queue_templated_mail(
                [self.member.email],
                "network/mail/decision",
                {
                    "member": self.member,
                    "accepted": accept,
                    "note": note,
                    "office": OfficeSettings.for_request(request),
                },
            )
            messages.success(request, f"แจ้งผลทางอีเมลถึง {self.member.email} แล้ว")
        else:
            messages.warning(
                request, f"ผู้สมัครไม่ได้ให้อีเมลไว้ โปรดแจ้งผลทางโทรศัพท์ {self.member.phones or '(ไม่มีหมายเลข)'}"
            )
        return redirect(reverse("wagtailsnippets_network_networkmember:inspect", args=[self.member.pk]))
