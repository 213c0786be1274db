"""Who reads form submissions: they hold personal data (PDPA), so only PR officers and administrators."""

from accounts import roles

SUBMISSION_READERS = (roles.PR_OFFICERS, roles.ADMINISTRATORS)


def form_pages_for_user(user, editable_forms):
    """Wagtail's ``filter_form_submissions_for_user`` hook: nobody else sees any form's submissions,
    even with edit rights on the page (webmasters edit every page of the site)."""
    if roles.user_has_role(user, *SUBMISSION_READERS):
        return editable_forms
    return editable_forms.none()
