"""The public survey form /network/join/ (แบบสำรวจเครือข่ายการประชาสัมพันธ์).

Applications wait as pending members for a PR officer; nothing is shown publicly. A honeypot
and a per-address rate limit keep bots out; PR officers are told of each new application.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from accounts import roles
from home.mail import queue_templated_mail
from home.ratelimit import hit
from home.site_url import absolute_url
from network.forms import JoinForm

RATE_LIMIT = 5  # applications
RATE_WINDOW = 60 * 60  # seconds


@never_cache
def join(request):
    if request.method == "POST":
        if not hit("network-join", request, RATE_LIMIT, RATE_WINDOW):
            form = JoinForm()
            return render(
                request,
                "network/join.html",
                {"form": form, "rate_limited": True},
                status=429,
            )
        form = JoinForm(request.POST)
        if form.is_bot:
            # Look the same as success, so a bot learns nothing; nothing is saved.
            return redirect(reverse("network_join_thanks"))
        if form.is_valid():
            if form.earlier_application():
                # Recognised, not stored twice: the applicant sees that it has arrived already.
                return redirect(reverse("network_join_thanks") + "?again=1")
            member = form.save()
            queue_templated_mail(
                roles.role_emails(roles.PR_OFFICERS),
                "network/mail/new_member",
                {
                    "member": member,
                    "review_url": absolute_url(reverse("network_member_review", args=[member.pk])),
                },
            )
            return redirect(reverse("network_join_thanks"))
    else:
        form = JoinForm()
    return render(request, "network/join.html", {"form": form})


def join_thanks(request):
    return render(request, "network/join_thanks.html", {"again": request.GET.get("again") == "1"})
