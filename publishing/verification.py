"""Recording a post-publication check, and who must hear about a page that needs fixing."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from accounts import roles
from accounts.roles import role_emails
from home.departments import department_for_page
from publishing import notifications
from publishing.constants import LOG_VERIFY
from publishing.models import PublicationRequest, VerificationCheck


@transaction.atomic
def record_check(publication_request, user, result, note=""):
    """Add a check to the request's history, keep its summary, close fixed problems, tell people."""
    page = publication_request.page.specific if publication_request.page_id else None
    check = VerificationCheck.objects.create(
        publication_request=publication_request,
        revision_id=page.live_revision_id if page else None,
        checked_by=user,
        checked_by_name=user.display_name,
        checked_by_position=user.position,
        result=result,
        note=note,
    )
    publication_request.sign("verified_by", user)
    publication_request.verified_at = check.checked_at
    publication_request.verification_result = result
    publication_request.verification_note = note
    publication_request.save()
    if result == VerificationCheck.Result.CORRECT and publication_request.page_id:
        # A correct check of a later approved revision closes the page's earlier "needs fixing".
        VerificationCheck.objects.filter(
            publication_request__page_id=publication_request.page_id,
            publication_request__submitted_at__lte=publication_request.submitted_at,
            result=VerificationCheck.Result.NEEDS_FIX,
            resolved_by__isnull=True,
        ).exclude(publication_request=publication_request).update(resolved_by=publication_request)
    if page is not None:
        log(
            instance=page,
            action=LOG_VERIFY,
            user=user,
            data={"result": check.get_result_display(), "note": note, "request": publication_request.pk},
        )
    if result == VerificationCheck.Result.NEEDS_FIX and page is not None:
        notifications.needs_fix(page, publication_request, check, fix_addresses(page, publication_request))
    return check


def fix_addresses(page, publication_request):
    """The page's editors (its group's editors and whoever asked to publish) and the PR officers."""
    addresses = set(role_emails(roles.PR_OFFICERS))
    department = department_for_page(page)
    if department and department.editors_group_id:
        addresses |= {
            user.email for user in department.editors_group.user_set.filter(is_active=True).exclude(email="")
        }
    requester = publication_request.requester
    if requester and requester.is_active and requester.email:
        addresses.add(requester.email)
    return sorted(addresses)


def open_fixes():
    """Checks that found a problem not yet fixed by a later, verified revision."""
    return VerificationCheck.objects.filter(
        result=VerificationCheck.Result.NEEDS_FIX, resolved_by__isnull=True
    ).select_related("publication_request")


def open_fixes_for_page(page_id):
    return list(open_fixes().filter(publication_request__page_id=page_id).order_by("-checked_at"))


def pending_verifications():
    """Live requests still waiting for their check, oldest deadline first."""
    return PublicationRequest.objects.filter(published_at__isnull=False, verified_at__isnull=True).order_by(
        "verification_due_on", "pk"
    )


def today():
    return timezone.localdate()
