"""The public contribution form of the journal (``/journal/contribute/``)."""

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_protect

from accounts import roles
from home.mail import queue_templated_mail
from home.ratelimit import hit
from home.site_url import absolute_url
from newsroom.forms import ContributionForm

SUBMISSIONS_PER_HOUR = 5
RATE_LIMIT_MESSAGE = "ท่านส่งแบบฟอร์มบ่อยเกินไป กรุณารอประมาณหนึ่งชั่วโมงแล้วส่งใหม่ หรือส่งบทความทางอีเมลของกองบรรณาธิการ"


def _render(request, index, template, context, status=200):
    response = TemplateResponse(request, template, {"page": index, "self": index, **context}, status=status)
    # The form carries a CSRF token: never let a shared cache keep it.
    patch_cache_control(response, private=True, no_cache=True, no_store=True)
    return response


@csrf_protect
def contribute_view(request, index):
    if request.method != "POST":
        return _render(request, index, "newsroom/contribute.html", {"form": ContributionForm()})
    if not hit("journal-contribution", request, SUBMISSIONS_PER_HOUR, 3600):
        return _render(
            request,
            index,
            "newsroom/contribute.html",
            # Refused, but the teacher's typing is given back (the file has to be chosen again).
            {"form": ContributionForm(initial=_typed(request)), "rate_limited": RATE_LIMIT_MESSAGE},
            status=429,
        )
    form = ContributionForm(request.POST, request.FILES)
    if form.is_spam:
        # Answer a bot as if it succeeded, so it learns nothing; store nothing.
        return redirect(index.url + index.reverse_subpage("contribute_thanks"))
    if not form.is_valid():
        return _render(request, index, "newsroom/contribute.html", {"form": form}, status=400)
    with transaction.atomic():
        contribution = form.save()
    notify_pr_officers(request, contribution)
    return redirect(index.url + index.reverse_subpage("contribute_thanks"))


def _typed(request):
    return {
        key: value for key, value in request.POST.items() if key not in ("website", "csrfmiddlewaretoken")
    }


def thanks_view(request, index):
    return _render(request, index, "newsroom/contribute_thanks.html", {})


def notify_pr_officers(request, contribution):
    inbox_url = absolute_url(reverse("newsroom_contribution:edit", args=[contribution.pk]))
    queue_templated_mail(
        roles.role_emails(roles.PR_OFFICERS),
        "newsroom/mail/contribution_received",
        {"contribution": contribution, "inbox_url": inbox_url},
    )
