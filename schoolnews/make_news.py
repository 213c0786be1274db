""" "Make news": a draft news page in the PR officer's area from what a school sent.

The photos are imported into the image library, in a collection per sender under "ข่าวจากโรงเรียน",
and laid out as a gallery; the sender is credited; the page stays a draft that goes through the
approval workflow like any other news.
"""

import io

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from wagtail.images import get_image_model
from wagtail.models import Collection

from schoolnews.models import SubmissionStatus

ROOT_COLLECTION = "ข่าวจากโรงเรียน"


def _child_collection(parent, name):
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(instance=Collection(name=name))


def collection_for(member):
    root = Collection.get_first_root_node()
    return _child_collection(_child_collection(root, ROOT_COLLECTION), member.name[:255])


def news_index():
    from newsroom.models import NewsIndexPage

    return NewsIndexPage.objects.first()


def import_photos(submission):
    Image = get_image_model()
    collection = collection_for(submission.member)
    images = []
    for number, photo in enumerate(submission.photos.all(), start=1):
        with photo.file.open("rb") as handle:
            data = handle.read()
        image = Image(
            title=f"{submission.title} ({number})"[:255],
            description=f"ภาพกิจกรรม {submission.title} จาก {submission.member.name}"[:255],
            collection=collection,
            file=ImageFile(io.BytesIO(data), name=photo.original_filename),
        )
        image.save()
        images.append(image)
    return images


def make_news(submission, user):
    """Create the draft, mark the submission used and return the page."""
    from newsroom.models import NewsPage

    index = news_index()
    if index is None:
        raise LookupError("ยังไม่มีหน้ารวมข่าว สร้างหน้ารวมข่าวก่อน")
    member = submission.member
    with transaction.atomic():
        images = import_photos(submission)
        credit = f"ข่าวและภาพ: {member.name}" + (
            f" ({submission.sender_name})" if submission.sender_name else ""
        )
        body = [("paragraph", linebreaks(escape(submission.text)))]
        if images:
            body.append(
                (
                    "gallery",
                    {
                        "title": submission.title,
                        "images": [
                            {"image": image, "alt_text": "", "caption": "", "credit": member.name}
                            for image in images
                        ],
                    },
                )
            )
        page = NewsPage(
            title=submission.title,
            intro=submission.text.strip().split("\n")[0][:300],
            body=body,
            credits=credit[:255],
            sources=f"{member.name} ส่งผ่านช่องทางรับแจ้งข่าวสารของสำนักงาน",
            photo_consent=submission.faces_consent,
            cover_image=images[0] if images else None,
            cover_alt=submission.title[:250] if images else "",
            live=False,
        )
        index.add_child(instance=page)
        page.save_revision(user=user)
        submission.status = SubmissionStatus.USED
        submission.news_page = page
        submission.handled_by = user
        submission.handled_at = timezone.now()
        submission.save(update_fields=["status", "news_page", "handled_by", "handled_at"])
    return page


def decline(submission, user, reason):
    submission.status = SubmissionStatus.DECLINED
    submission.decline_reason = reason
    submission.handled_by = user
    submission.handled_at = timezone.now()
    submission.save(update_fields=["status", "decline_reason", "handled_by", "handled_at"])
