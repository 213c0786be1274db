"""Recording one rating: once per page per visitor session, comments passed to the PR officers."""

import hashlib
import hmac

from django.conf import settings
from django.db import IntegrityError, transaction

from accounts import roles
from feedback.models import PageRating
from home.mail import queue_templated_mail

SESSION_KEY = "feedback_rated_pages"


def session_hash(request):
    """A keyed hash of the visitor's session: enough to refuse a second rating, no personal data."""
    if not request.session.session_key:
        request.session.save()
    key = request.session.session_key.encode()
    return hmac.new(settings.SECRET_KEY.encode(), key, hashlib.sha256).hexdigest()


def already_rated(request, page):
    return page.pk in request.session.get(SESSION_KEY, [])


def record(request, page, level, comment=""):
    """Save the rating; False (nothing saved) when this session has rated the page already."""
    if already_rated(request, page):
        return False
    try:
        with transaction.atomic():
            rating = PageRating.objects.create(
                page=page, level=level, comment=comment.strip(), session_hash=session_hash(request)
            )
    except IntegrityError:
        return False
    request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), page.pk]
    if rating.comment:
        queue_templated_mail(
            roles.role_emails(roles.PR_OFFICERS),
            "feedback/mail/new_comment",
            {"rating": rating, "page_url": page.full_url},
        )
    return True
