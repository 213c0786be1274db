from axes.models import AccessAttempt, AccessFailureLog
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from security.viewsets import KeptForAuditPolicy, SecurityGroup, WrittenByAxesPolicy

register_permission_policy(AccessAttempt, WrittenByAxesPolicy(AccessAttempt))
register_permission_policy(AccessFailureLog, KeptForAuditPolicy(AccessFailureLog))
hooks.register("register_admin_viewset", lambda: SecurityGroup())
