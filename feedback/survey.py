"""Serving the satisfaction survey and recording one response per visitor session.

Wagtail's ``FormMixin.serve`` with what a public form here needs: the rate limit of every public
form (``home.ratelimit``), the honeypot, one response per session (a keyed hash of the session, as
for page ratings, plus a unique constraint for two tabs racing), and no caching (the form carries
a CSRF token). Text answers are mailed to the PR officers only.
"""

from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from accounts import roles
from feedback.levels import Level
from feedback.models import RATING_FIELD, SurveyRating
from feedback.ratings import session_hash
from home.mail import queue_templated_mail
from home.ratelimit import hit
from publishing.withdrawals import withdrawn_response

SESSION_KEY = "feedback_survey_pages"
RATE_LIMIT = 10  # responses
RATE_WINDOW = 60 * 60  # seconds


def already_responded(request, page):
    return page.pk in request.session.get(SESSION_KEY, [])


def _remember(request, page):
    request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), page.pk]


def save_response(page, form, visitor_hash=""):
    """The response and its rating answers, all or nothing; None when this session has answered."""
    questions = {question.clean_name: question for question in page.get_form_fields()}
    data, ratings = {}, []
    for name, value in form.cleaned_data.items():
        if name == "website":  # the honeypot
            continue
        question = questions.get(name)
        if question is not None and question.field_type == RATING_FIELD and value not in (None, ""):
            ratings.append((question.label[:255], int(value)))
            value = Level(int(value)).label
        data[name] = value
    try:
        with transaction.atomic():
            response = page.get_submission_class().objects.create(
                form_data=data, page=page, session_hash=visitor_hash
            )
            SurveyRating.objects.bulk_create(
                SurveyRating(response=response, question=label, level=level, created_at=response.submit_time)
                for label, level in ratings
            )
    except IntegrityError:
        return None
    return response


def _notify(page, response):
    """Text answers (suggestions, complaints) go to the PR officers; never shown on the site."""
    texts = [
        (question.label, response.form_data.get(question.clean_name))
        for question in page.get_form_fields()
        if question.field_type == "multiline" and response.form_data.get(question.clean_name)
    ]
    if texts:
        queue_templated_mail(
            roles.role_emails(roles.PR_OFFICERS),
            "feedback/mail/survey_comment",
            {"page": page, "texts": texts, "admin_path": f"/admin/forms/submissions/{page.pk}/"},
        )


def serve_survey(page, request, *args, **kwargs):
    withdrawal = getattr(page, "_withdrawal", None)
    if withdrawal is not None and not page.live:
        return withdrawn_response(request, page, withdrawal)
    context = page.get_context(request)
    status = 200
    if already_responded(request, page):
        context["already_responded"] = True
    elif request.method == "POST":
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        if not hit("feedback-survey", request, RATE_LIMIT, RATE_WINDOW):
            context["rate_limited"], status = True, 429
        elif form.is_bot:
            # Thanked like everyone else, so a bot learns nothing; nothing is saved.
            return _never_cached(page.render_landing_page(request, None, *args, **kwargs))
        elif form.is_valid():
            response = page.process_form_submission(form, session_hash(request))
            _remember(request, page)
            if response is None:
                context["already_responded"] = True
            else:
                _notify(page, response)
                return _never_cached(page.render_landing_page(request, response, *args, **kwargs))
        context["form"] = form
    else:
        context["form"] = page.get_form(page=page, user=request.user)
    return _never_cached(TemplateResponse(request, page.get_template(request), context, status=status))


def _never_cached(response):
    add_never_cache_headers(response)
    patch_vary_headers(response, ("Cookie",))
    return response
