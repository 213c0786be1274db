"""E-mail that never delays a click and is never silently dropped.

``queue_mail`` renders now and records one message per recipient in the outbox
(``outbox.sending``), which sends it through django-q2 after the transaction commits, retries it
over hours and shows a message that still fails on the dashboard for an officer to re-send.
"""

from django.template.loader import render_to_string

from outbox.models import OutgoingMail
from outbox.sending import queue


def render_mail(template_base, context):
    """Render ``<base>_subject.txt``, ``<base>.txt`` and, if present, ``<base>.html``."""
    subject = " ".join(render_to_string(f"{template_base}_subject.txt", context).split())
    text = render_to_string(f"{template_base}.txt", context)
    try:
        html = render_to_string(f"{template_base}.html", context)
    except Exception:  # noqa: BLE001 - the HTML part is optional
        html = None
    return subject, text, html


def queue_mail(recipients, subject, text, html=None, attachments=None, reply_to=None, kind="notification"):
    """Queue one message per recipient, so one bad address cannot hold up the others."""
    recipients = sorted({address.strip() for address in recipients if address and address.strip()})
    message = {
        "text": text,
        "html": html,
        "attachments": OutgoingMail.pack_attachments(attachments),
        "reply_to": reply_to or [],
    }
    for address in recipients:
        queue(address, subject, kind=kind, message=message)
    return recipients


def queue_templated_mail(recipients, template_base, context, **kwargs):
    subject, text, html = render_mail(template_base, context)
    return queue_mail(recipients, subject, text, html, **kwargs)
