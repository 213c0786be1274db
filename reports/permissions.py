"""Who reads the PR report: PR officers and directors (and administrators); editors do not."""

from accounts.roles import ADMINISTRATORS, GROUP_DIRECTORS, OFFICE_DIRECTORS, PR_OFFICERS, user_has_role

REPORT_ROLES = (PR_OFFICERS, OFFICE_DIRECTORS, GROUP_DIRECTORS, ADMINISTRATORS)


def can_view_report(user):
    return user_has_role(user, *REPORT_ROLES)
