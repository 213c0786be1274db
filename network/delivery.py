"""Sending a release to its recipients: one delivery record per recipient, sent by the outbox.

Each queued delivery gets one outbox message with the key ``network-delivery:<pk>``, so a second
click, a duplicate task or a redelivered task never mails a recipient twice; the outbox retries
over hours and re-queues what a killed worker left. The message is built when it is sent (the
page may gain its documents meanwhile), and every change of the message's state is mirrored on
the delivery (``record_outcome``), which the officer's progress screen reads.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue, StructValue
from wagtail.documents import get_document_model
from wagtail.fields import StreamField

from home.site_url import absolute_url
from network.models import Delivery, DeliveryStatus, Release
from outbox import sending
from outbox.models import OutgoingMail

logger = logging.getLogger(__name__)

# Attach the page's documents up to this total; bigger files go out as links only.
MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024
KIND = "network-release"


def recipients(lists=(), contacts=(), members=()):
    """Unique recipients (contacts, then members) of the chosen lists and single picks."""
    seen_contacts, seen_members = set(), set()
    chosen_contacts, chosen_members = list(contacts), list(members)
    for recipient_list in lists:
        chosen_contacts.extend(recipient_list.contacts.select_related("outlet"))
        chosen_members.extend(recipient_list.members.all())
    for contact in chosen_contacts:
        if contact.pk not in seen_contacts:
            seen_contacts.add(contact.pk)
            yield contact
    for member in chosen_members:
        if member.pk not in seen_members:
            seen_members.add(member.pk)
            yield member


def send_release(page, user, lists=(), contacts=(), members=()):
    """Create the page's release (once) and a delivery for every recipient it has not had yet.

    Returns ``(release, new_deliveries, already)``: deliveries created now (queued or skipped)
    and the number of chosen recipients who already had one.
    """
    release, _ = Release.objects.get_or_create(page=page, defaults={"created_by": user})
    created, already = [], 0
    emails_taken = set(release.deliveries.exclude(email="").values_list("email", flat=True))
    for recipient in recipients(lists, contacts, members):
        is_contact = recipient._meta.model_name == "mediacontact"
        owner = {"contact": recipient} if is_contact else {"member": recipient}
        email = (recipient.email or "").strip().lower()
        if release.deliveries.filter(**owner).exists() or (email and email in emails_taken):
            already += 1
            continue
        reason = recipient.skip_reason()
        try:
            with transaction.atomic():
                delivery = Delivery.objects.create(
                    release=release,
                    email=email,
                    name=_recipient_name(recipient),
                    status=DeliveryStatus.SKIPPED if reason else DeliveryStatus.QUEUED,
                    skip_reason=reason,
                    **owner,
                )
        except IntegrityError:
            # A concurrent click created it first: that one will (or did) send.
            already += 1
            continue
        if email:
            emails_taken.add(email)
        created.append(delivery)
    for delivery in created:
        if delivery.status == DeliveryStatus.QUEUED:
            queue_delivery(delivery)
    return release, created, already


def retry_failed(release):
    """Send the failed deliveries again (a fresh round of attempts); returns how many."""
    keys = [
        _key(pk)
        for pk in release.deliveries.filter(status=DeliveryStatus.FAILED).values_list("pk", flat=True)
    ]
    return sending.resend(OutgoingMail.objects.filter(key__in=keys))


def _key(delivery_id):
    return f"network-delivery:{delivery_id}"


def queue_delivery(delivery):
    """The delivery's outbox message (created once, then queued); returns it."""
    return sending.queue(
        delivery.email,
        kind=KIND,
        key=_key(delivery.pk),
        builder="network.delivery.build_message_for",
        builder_arg=delivery.pk,
        on_result="network.delivery.record_outcome",
    )


STATUS_OF_MAIL = {
    OutgoingMail.Status.QUEUED: DeliveryStatus.QUEUED,
    OutgoingMail.Status.SENDING: DeliveryStatus.SENDING,
    OutgoingMail.Status.SENT: DeliveryStatus.SENT,
    OutgoingMail.Status.FAILED: DeliveryStatus.FAILED,
    OutgoingMail.Status.CANCELLED: DeliveryStatus.SKIPPED,
}
WITHDRAWN = "ข่าวถูกถอนการเผยแพร่แล้ว"


def record_outcome(mail):
    """Mirror the outbox message's state on its delivery."""
    deliveries = Delivery.objects.filter(pk=int(mail.builder_arg))
    if mail.status == OutgoingMail.Status.CANCELLED:
        deliveries.update(status=DeliveryStatus.SKIPPED, skip_reason=mail.last_error, attempts=mail.attempts)
        return
    deliveries.update(
        status=STATUS_OF_MAIL[mail.status],
        attempts=mail.attempts,
        last_error=mail.last_error,
        sent_at=mail.sent_at,
    )


def build_message_for(delivery_id):
    delivery = Delivery.objects.select_related("release__page").get(pk=int(delivery_id))
    if not delivery.release.page.live:
        # Withdrawn (or unpublished) since it was queued: the network never gets it.
        raise sending.Cancel(WITHDRAWN)
    return build_message(delivery)


def _recipient_name(recipient):
    if recipient._meta.model_name == "mediacontact":
        return recipient.full_name + (f" ({recipient.outlet.name})" if recipient.outlet_id else "")
    if recipient.contact_person:
        return f"{recipient.contact_person} ({recipient.name})"
    return recipient.name


# --- the message -----------------------------------------------------------------------------


def release_context(page):
    """What the e-mail shows of a page: title, intro, image (absolute URL), link, documents."""
    page = page.specific
    intro = getattr(page, "intro", "") or getattr(page, "share_description", "") or page.search_description
    image = _page_image(page)
    image_url = ""
    if image is not None:
        image_url = absolute_url(image.get_rendition("fill-1200x630|format-jpeg").url)
    return {
        "page": page,
        "title": page.title,
        "intro": strip_tags(str(intro or "")).strip(),
        "image_url": image_url,
        "image_alt": getattr(image, "title", "") if image else "",
        "link": absolute_url(page),
        "documents": [
            {"title": d.title, "url": absolute_url(d.url), "document": d} for d in page_documents(page)
        ],
    }


def _page_image(page):
    getter = getattr(page, "get_share_image", None)
    image = getter() if getter else None
    for name in ("image", "cover_image", "listing_image", "feed_image"):
        if image is None:
            image = getattr(page, name, None)
    if image is None:
        image = next(_values_of_type(page, "wagtailimages.Image"), None)
    return image


def page_documents(page):
    """Wagtail documents the page links to: document fields and documents inside its StreamFields."""
    found, seen = [], set()
    for document in _values_of_type(page, "wagtaildocs.Document"):
        if document.pk not in seen:
            seen.add(document.pk)
            found.append(document)
    return found


def _values_of_type(page, label):
    from django.apps import apps

    wanted = apps.get_model(label) if label != "wagtaildocs.Document" else get_document_model()
    for field in page._meta.get_fields():
        if getattr(field, "related_model", None) is wanted and field.many_to_one:
            value = getattr(page, field.name, None)
            if value is not None:
                yield value
        elif isinstance(field, StreamField):
            yield from _walk(getattr(page, field.name), wanted)


def _walk(value, wanted):
    if isinstance(value, wanted):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _walk(child.value, wanted)
    elif isinstance(value, (StructValue, dict)):
        for child in value.values():
            yield from _walk(child, wanted)
    elif isinstance(value, (list, tuple)) or type(value).__name__ == "ListValue":
        for child in value:
            yield from _walk(getattr(child, "value", child), wanted)


RELEASE_TEMPLATE = "network/mail/release"


def mail_of(page):
    """``(template prefix, context)`` of the e-mail a page goes out as.

    A news item goes out as a release; a page type with its own message (the newsletter's
    issues) says so with a ``network_mail()`` method returning the same pair.
    """
    page = page.specific
    own = getattr(page, "network_mail", None)
    return own() if own else (RELEASE_TEMPLATE, release_context(page))


def render_mail(template, context):
    """``(subject, text, html)`` from ``<template>_subject.txt``, ``<template>.txt`` and ``.html``."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    text = render_to_string(f"{template}.txt", context)
    html = render_to_string(f"{template}.html", context)
    return subject, text, html


def build_message(delivery):
    template, context = mail_of(delivery.release.page)
    context = {**context, "recipient_name": delivery.name}
    subject, text, html = render_mail(template, context)
    email = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[delivery.email]
    )
    email.attach_alternative(html, "text/html")
    total = 0
    for link in context["documents"]:
        document = link["document"]
        try:
            size = document.file.size
            if total + size > MAX_ATTACHMENT_BYTES:
                continue
            with document.file.open("rb") as handle:
                email.attach(document.filename, handle.read(), _mimetype(document.filename))
            total += size
        except (OSError, ValueError):
            # A missing file must not stop the news: the link is in the message anyway.
            logger.warning(
                "document %s of page %s could not be attached", document.pk, delivery.release.page_id
            )
    return email


def _mimetype(filename):
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"
