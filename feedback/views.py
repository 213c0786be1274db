"""The rating of a public page, without JavaScript.

Every public page carries a small GET form (the five levels) that leads here; this page, never
cached, adds the optional comment and the CSRF token and POSTs. The public pages themselves stay
cacheable because they hold no token.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from feedback.forms import RatingForm
from feedback.ratings import already_rated, record
from home.ratelimit import hit

RATE_LIMIT = 20  # ratings
RATE_WINDOW = 60 * 60  # seconds


def _public_page(page_id):
    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).first()
    if page is None:
        raise Http404
    return page.specific


@never_cache
def rate(request, page_id):
    page = _public_page(page_id)
    context = {"rated_page": page, "done": already_rated(request, page)}
    if request.method == "POST" and not context["done"]:
        if not hit("feedback-rate", request, RATE_LIMIT, RATE_WINDOW):
            context.update(form=RatingForm(), rate_limited=True)
            return render(request, "feedback/rate.html", context, status=429)
        form = RatingForm(request.POST)
        if form.is_bot:
            # Look the same as success, so a bot learns nothing; nothing is saved.
            return redirect(reverse("feedback_thanks", args=[page.pk]))
        if form.is_valid():
            record(request, page, form.cleaned_data["level"], form.cleaned_data["comment"])
            return redirect(reverse("feedback_thanks", args=[page.pk]))
    else:
        initial = {"level": request.GET.get("level")} if request.GET.get("level", "").isdigit() else {}
        form = RatingForm(initial=initial)
    context["form"] = form
    return render(request, "feedback/rate.html", context)


@never_cache
def thanks(request, page_id):
    return render(request, "feedback/thanks.html", {"rated_page": _public_page(page_id)})
