"""Sending a release to its recipients: one delivery record and one django-q2 task per recipient.

A task first *claims* its delivery (queued → sending in one UPDATE), so a duplicate task, a retry
that crosses a second click, or two workers can never mail the same recipient twice. A failed
attempt is recorded (attempts, last error) and rescheduled with exponential back-off through a q2
Schedule, like ``home.mail``; after ``MAIL_MAX_ATTEMPTS`` the delivery is marked failed and the
officer may retry it from the admin.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from django_q.models import Schedule
from django_q.tasks import async_task
from wagtail.blocks import StreamValue, StructValue
from wagtail.documents import get_document_model
from wagtail.fields import StreamField

from home.site_url import absolute_url
from network.models import Delivery, DeliveryStatus, Release

logger = logging.getLogger(__name__)

# Attach the page's documents up to this total; bigger files go out as links only.
MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024


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
            _enqueue(delivery.pk, 1)
    return release, created, already


def retry_failed(release):
    """Put the failed deliveries back in the queue; returns how many."""
    ids = list(release.deliveries.filter(status=DeliveryStatus.FAILED).values_list("pk", flat=True))
    Delivery.objects.filter(pk__in=ids, status=DeliveryStatus.FAILED).update(status=DeliveryStatus.QUEUED)
    for pk in ids:
        _enqueue(pk, 1)
    return len(ids)


def _enqueue(delivery_id, attempt):
    async_task(
        "network.delivery.deliver",
        delivery_id,
        attempt,
        task_name=f"release-delivery:{delivery_id}",
        group="network",
    )


def deliver(delivery_id, attempt=1):
    """The q2 task: send one delivery unless it is no longer queued."""
    claimed = Delivery.objects.filter(pk=delivery_id, status=DeliveryStatus.QUEUED).update(
        status=DeliveryStatus.SENDING, attempts=F("attempts") + 1
    )
    if not claimed:
        return "not queued"
    delivery = Delivery.objects.select_related("release__page").get(pk=delivery_id)
    if not delivery.release.page.live:
        # Withdrawn (or unpublished) since it was queued: the network never gets it.
        Delivery.objects.filter(pk=delivery_id).update(
            status=DeliveryStatus.SKIPPED, skip_reason="ข่าวถูกถอนการเผยแพร่แล้ว"
        )
        return "page not live"
    try:
        build_message(delivery).send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any transport error is recorded and retried
        return _failed(delivery, attempt, error)
    Delivery.objects.filter(pk=delivery_id).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error=""
    )
    return "sent"


def _failed(delivery, attempt, error):
    message = f"{type(error).__name__}: {error}"[:1000]
    if attempt >= settings.MAIL_MAX_ATTEMPTS:
        Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, last_error=message)
        logger.error(
            "release delivery %s to %s failed after %s attempts: %s",
            delivery.pk,
            delivery.email,
            attempt,
            message,
        )
        return f"failed: {message}"
    Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.QUEUED, last_error=message)
    delay = settings.MAIL_RETRY_BACKOFF * 2 ** (attempt - 1)
    Schedule.objects.create(
        func="network.delivery.deliver",
        args=repr((delivery.pk, attempt + 1)),
        schedule_type=Schedule.ONCE,
        repeats=1,
        next_run=timezone.now() + timedelta(seconds=delay),
        name=f"release delivery {delivery.pk} retry {attempt + 1} {timezone.now().timestamp()}"[:100],
    )
    logger.warning(
        "release delivery %s failed (attempt %s), retry in %ss: %s", delivery.pk, attempt, delay, message
    )
    return f"retry {attempt + 1} scheduled"


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


def build_message(delivery):
    context = {**release_context(delivery.release.page), "recipient_name": delivery.name}
    subject = " ".join(render_to_string("network/mail/release_subject.txt", context).split())
    text = render_to_string("network/mail/release.txt", context)
    html = render_to_string("network/mail/release.html", context)
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
