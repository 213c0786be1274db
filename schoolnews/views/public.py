"""``/school-news/<token>/``: a network member's personal news form; no login, no JavaScript."""

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

from accounts import roles
from home.mail import queue_templated_mail
from home.ratelimit import hit
from home.site_url import absolute_url
from schoolnews.forms import SchoolNewsForm
from schoolnews.models import SchoolNewsLink

SUBMISSIONS_PER_HOUR = 10


def _render(request, context, status=200):
    response = TemplateResponse(request, "schoolnews/send.html", context, status=status)
    patch_cache_control(response, private=True, no_cache=True, no_store=True)
    return response


def _link(token):
    link = SchoolNewsLink.objects.select_related("member").filter(token=token, active=True).first()
    if link is None:
        raise Http404("ลิงก์ส่งข่าวนี้ไม่ถูกต้องหรือถูกปิดแล้ว โปรดขอลิงก์ใหม่จากนักประชาสัมพันธ์ของสำนักงาน")
    return link


@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def send(request, token):
    link = _link(token)
    context = {"link": link, "member": link.member}
    if request.method != "POST":
        return _render(
            request, {**context, "form": SchoolNewsForm(initial={"sender_name": link.member.contact_person})}
        )
    if not hit("school-news", request, SUBMISSIONS_PER_HOUR, 3600):
        return _render(
            request, {**context, "form": SchoolNewsForm(request.POST), "rate_limited": True}, status=429
        )
    form = SchoolNewsForm(request.POST, request.FILES)
    if form.is_bot:
        return redirect("schoolnews_thanks")
    if not form.is_valid():
        return _render(request, {**context, "form": form}, status=400)
    with transaction.atomic():
        submission = form.save_for(link)
    queue_templated_mail(
        roles.role_emails(roles.PR_OFFICERS),
        "schoolnews/mail/received",
        {
            "submission": submission,
            # The office's address, not the Host the sender's browser used (home.site_url).
            "inbox_url": absolute_url(reverse("schoolnews_submission:edit", args=[submission.pk])),
        },
    )
    return redirect("schoolnews_thanks")


def thanks(request):
    return TemplateResponse(request, "schoolnews/thanks.html", {})
