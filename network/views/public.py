"""The public survey form /network/join/ (แบบสำรวจเครือข่ายการประชาสัมพันธ์).

Applications wait as pending members for a PR officer; nothing is shown publicly. A honeypot
and a per-address rate limit keep bots out; PR officers are told of each new application.
"""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from accounts import roles
from home.mail import queue_templated_mail
from network.forms import JoinForm

RATE_LIMIT = 5  # applications
RATE_WINDOW = 60 * 60  # seconds


def _client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def _rate_key(request):
    return f"network:join:{_client_address(request)}"


def _over_limit(request):
    return cache.get(_rate_key(request), 0) >= RATE_LIMIT


def _count_submission(request):
    key = _rate_key(request)
    if cache.add(key, 1, RATE_WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW)


def pr_officer_emails():
    users = get_user_model().objects.filter(is_active=True, groups__name=roles.PR_OFFICERS).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


@never_cache
def join(request):
    if request.method == "POST":
        if _over_limit(request):
            form = JoinForm()
            return render(
                request,
                "network/join.html",
                {"form": form, "rate_limited": True},
                status=429,
            )
        form = JoinForm(request.POST)
        _count_submission(request)
        if form.is_bot:
            # Look the same as success, so a bot learns nothing; nothing is saved.
            return redirect(reverse("network_join_thanks"))
        if form.is_valid():
            member = form.save()
            queue_templated_mail(
                pr_officer_emails(),
                "network/mail/new_member",
                {
                    "member": member,
                    "review_url": request.build_absolute_uri(
                        reverse("network_member_review", args=[member.pk])
                    ),
                },
            )
            return redirect(reverse("network_join_thanks"))
    else:
        form = JoinForm()
    return render(request, "network/join.html", {"form": form})


def join_thanks(request):
    return render(request, "network/join_thanks.html")
