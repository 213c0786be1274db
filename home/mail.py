"""E-mail that never delays a click and is never silently dropped.

``queue_mail`` renders now and hands delivery to django-q2. A failed delivery is rescheduled
with exponential back-off (``MAIL_RETRY_BACKOFF`` seconds, doubled each time) up to
``MAIL_MAX_ATTEMPTS``; every attempt is logged, and the last failure is logged as an error
so it reaches the server's error mail.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django_q.models import Schedule
from django_q.tasks import async_task

logger = logging.getLogger(__name__)


def render_mail(template_base, context):
    """Render ``<base>_subject.txt``, ``<base>.txt`` and, if present, ``<base>.html``."""
    subject = " ".join(render_to_string(f"{template_base}_subject.txt", context).split())
    text = render_to_string(f"{template_base}.txt", context)
    try:
        html = render_to_string(f"{template_base}.html", context)
    except Exception:  # noqa: BLE001 - the HTML part is optional
        html = None
    return subject, text, html


def queue_mail(recipients, subject, text, html=None, attachments=None, reply_to=None):
    """Queue one message per recipient, so one bad address cannot hold up the others."""
    recipients = sorted({address.strip() for address in recipients if address and address.strip()})
    for address in recipients:
        async_task(
            "home.mail.deliver",
            {
                "to": address,
                "subject": subject,
                "text": text,
                "html": html,
                "attachments": attachments or [],
                "reply_to": reply_to or [],
            },
            1,
            task_name=f"mail:{address}"[:100],
            group="mail",
        )
    return recipients


def queue_templated_mail(recipients, template_base, context, **kwargs):
    subject, text, html = render_mail(template_base, context)
    return queue_mail(recipients, subject, text, html, **kwargs)


def deliver(message, attempt=1):
    """Send one message now; on failure schedule the next attempt instead of raising."""
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["text"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message["to"]],
        reply_to=message.get("reply_to") or None,
    )
    if message.get("html"):
        email.attach_alternative(message["html"], "text/html")
    for name, content, mimetype in message.get("attachments") or []:
        email.attach(name, content, mimetype)
    try:
        email.send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any transport error is retried
        return _retry(message, attempt, error)
    logger.info("mail sent to %s (attempt %s)", message["to"], attempt)
    return "sent"


def _retry(message, attempt, error):
    if attempt >= settings.MAIL_MAX_ATTEMPTS:
        logger.error("mail to %s failed after %s attempts: %s", message["to"], attempt, error)
        return f"failed: {error}"
    delay = settings.MAIL_RETRY_BACKOFF * 2 ** (attempt - 1)
    logger.warning(
        "mail to %s failed (attempt %s), retrying in %ss: %s", message["to"], attempt, delay, error
    )
    Schedule.objects.create(
        func="home.mail.deliver",
        args=repr((message, attempt + 1)),
        schedule_type=Schedule.ONCE,
        repeats=1,
        next_run=timezone.now() + timedelta(seconds=delay),
        name=f"mail retry {attempt + 1} {message['to']} {timezone.now().timestamp()}"[:100],
    )
    return f"retry {attempt + 1} scheduled: {error}"
