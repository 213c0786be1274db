"""The one retrying delivery helper for every e-mail of the site.

``queue`` records a message (one row, unique key) and hands it to django-q2 once the caller's
transaction has committed. ``send`` is the q2 task: it *claims* the row (queued → sending in one
UPDATE), so a duplicate task, a task redelivered after a killed worker or two workers never send
a message twice. Just before the SMTP call it stamps ``smtp_started_at``.

A failure schedules the next attempt (``MAIL_RETRY_BACKOFF`` seconds, doubled each time: with the
defaults 5 min … 2 h 40 min, about five hours in all); after ``MAIL_MAX_ATTEMPTS`` the row is
*failed*: logged as an error (server error mail), listed in Django-Q's failed tasks, shown on the
dashboard, re-sent by an officer.

``dispatch_due`` runs every minute (q2 schedule): it queues the retries whose time has come and
mends what a killed worker or a lost task left behind. A row claimed longer than
``OUTBOX_STALE_SECONDS`` ago goes back to the queue if the SMTP server was never called, and
becomes *failed* ("ไม่ทราบผล") if it was: the server may have accepted it, and a person decides.
"""

import contextlib
import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.tasks import async_task

from outbox.models import OutgoingMail

logger = logging.getLogger(__name__)
Status = OutgoingMail.Status
UNCERTAIN = "ไม่ทราบผล: งานส่งหยุดไประหว่างส่งให้เซิร์ฟเวอร์อีเมล ข้อความอาจถึงผู้รับแล้ว โปรดตรวจสอบก่อนส่งซ้ำ"


class MailNotSent(Exception):
    """Raised by the last attempt, so Django-Q lists the task among its failed tasks too."""


class Cancel(Exception):  # noqa: N818 - a decision, not an error
    """Raised by a builder when the message must no longer go out (e.g. its page was withdrawn)."""


def after_commit(function):
    """Run ``function`` once the current transaction commits (at once outside a transaction).

    A worker must never look for a row that is not committed yet; tests replace this hook so
    that their own rolled-back transaction counts as none.
    """
    transaction.on_commit(function)


def queue(to, subject="", *, kind, message=None, builder="", builder_arg="", on_result="", key=None):
    """Record one message to ``to`` and queue it; returns the row (the existing one for a known key)."""
    mail, created = OutgoingMail.objects.get_or_create(
        key=key or f"{kind}:{uuid.uuid4()}",
        defaults={
            "kind": kind,
            "to": to,
            "subject": subject[:255],
            "message": message or {},
            "builder": builder,
            "builder_arg": str(builder_arg),
            "on_result": on_result,
            "next_attempt_at": timezone.now() + timedelta(seconds=settings.OUTBOX_STALE_SECONDS),
        },
    )
    if created:
        after_commit(lambda: _enqueue(mail.pk))
    return mail


def _enqueue(pk):
    # Q_CLUSTER "sync" (tests) runs the task right here and re-raises its failure; the row
    # already says "failed", and the caller (a view, the sweep) must carry on.
    with contextlib.suppress(MailNotSent):
        async_task("outbox.sending.send", pk, task_name=f"mail:{pk}", group="mail")


def send(pk):
    """The q2 task: send one message unless someone else has it or it is no longer queued."""
    claimed = OutgoingMail.objects.filter(pk=pk, status=Status.QUEUED).update(
        status=Status.SENDING,
        attempts=F("attempts") + 1,
        claimed_at=timezone.now(),
        smtp_started_at=None,
    )
    if not claimed:
        return "not queued"
    mail = OutgoingMail.objects.get(pk=pk)
    _report(mail)
    try:
        email = mail.build()
        OutgoingMail.objects.filter(pk=pk).update(smtp_started_at=timezone.now())
        email.send(fail_silently=False)
    except Cancel as reason:
        mail.status, mail.last_error = Status.CANCELLED, str(reason)
        mail.save(update_fields=["status", "last_error"])
        _report(mail)
        return "cancelled"
    except Exception as error:  # noqa: BLE001 - every failure is recorded and retried
        return _failed(mail, error)
    mail.status, mail.sent_at, mail.last_error = Status.SENT, timezone.now(), ""
    mail.save(update_fields=["status", "sent_at", "last_error"])
    _report(mail)
    logger.info("mail %s sent to %s (attempt %s)", mail.key, mail.to, mail.attempts)
    return "sent"


def retry_delay(attempt):
    return timedelta(seconds=settings.MAIL_RETRY_BACKOFF * 2 ** (attempt - 1))


def _failed(mail, error):
    mail.last_error = f"{type(error).__name__}: {error}"[:1000]
    if mail.attempts >= settings.MAIL_MAX_ATTEMPTS:
        mail.status = Status.FAILED
        mail.save(update_fields=["status", "last_error"])
        _report(mail)
        logger.error("mail %s to %s failed after %s attempts: %s", mail.key, mail.to, mail.attempts, error)
        raise MailNotSent(f"{mail.to}: {mail.last_error}")
    delay = retry_delay(mail.attempts)
    mail.status, mail.next_attempt_at = Status.QUEUED, timezone.now() + delay
    mail.save(update_fields=["status", "last_error", "next_attempt_at"])
    _report(mail)
    logger.warning(
        "mail %s to %s failed (attempt %s), retry in %ss: %s",
        mail.key,
        mail.to,
        mail.attempts,
        int(delay.total_seconds()),
        error,
    )
    return f"retry {mail.attempts + 1} at {mail.next_attempt_at:%H:%M}"


def dispatch_due():
    """The scheduled job: queue due retries, and mend rows that a killed worker left behind."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.OUTBOX_STALE_SECONDS)
    abandoned = OutgoingMail.objects.filter(status=Status.SENDING, claimed_at__lte=stale)
    for mail in abandoned.filter(smtp_started_at__isnull=True):
        if OutgoingMail.objects.filter(pk=mail.pk, status=Status.SENDING).update(
            status=Status.QUEUED, next_attempt_at=now
        ):
            mail.refresh_from_db()
            _report(mail)
    for mail in abandoned.filter(smtp_started_at__isnull=False):
        if OutgoingMail.objects.filter(pk=mail.pk, status=Status.SENDING).update(
            status=Status.FAILED, last_error=UNCERTAIN
        ):
            mail.refresh_from_db()
            _report(mail)
            logger.error("mail %s to %s: worker stopped during SMTP, not resent", mail.key, mail.to)
    due = list(
        OutgoingMail.objects.filter(status=Status.QUEUED, next_attempt_at__lte=now).values_list(
            "pk", flat=True
        )
    )
    # Re-arm first: if this task is lost as well, the next sweep finds the row again.
    OutgoingMail.objects.filter(pk__in=due).update(
        next_attempt_at=now + timedelta(seconds=settings.OUTBOX_STALE_SECONDS)
    )
    for pk in due:
        _enqueue(pk)
    return f"{len(due)} queued"


def resend(mails):
    """An officer sends failed messages again: a fresh round of attempts. Returns how many."""
    now = timezone.now()
    pks = list(mails.filter(status=Status.FAILED).values_list("pk", flat=True))
    OutgoingMail.objects.filter(pk__in=pks, status=Status.FAILED).update(
        status=Status.QUEUED,
        attempts=0,
        claimed_at=None,
        smtp_started_at=None,
        next_attempt_at=now + timedelta(seconds=settings.OUTBOX_STALE_SECONDS),
    )
    for mail in OutgoingMail.objects.filter(pk__in=pks):
        _report(mail)
        after_commit(lambda pk=mail.pk: _enqueue(pk))
    return len(pks)


def _report(mail):
    if mail.on_result:
        import_string(mail.on_result)(mail)
