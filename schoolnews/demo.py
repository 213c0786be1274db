"""Demo school news: a personal link for a school of the PR network, and one submission waiting, one
made into a draft news page and one declined. Idempotent (nothing is added once the link has news)."""

import datetime as dt

from django.core.files.base import ContentFile

from home.demo_files import make_png
from network.models import MemberKind, MemberStatus, NetworkMember
from schoolnews.make_news import decline, make_news
from schoolnews.models import SchoolNewsLink, SchoolNewsPhoto, SchoolNewsSubmission

SUBMISSIONS = [
    (
        "โรงเรียนบ้านควนขนุนจัดกิจกรรมวันวิทยาศาสตร์",
        "นักเรียนชั้นประถมศึกษาปีที่ 4–6 ร่วมทดลองวิทยาศาสตร์ 12 ฐาน\nผู้ปกครองและชุมชนร่วมชมนิทรรศการ",
        2,
        None,
    ),
    (
        "ปลูกป่าชายเลนเฉลิมพระเกียรติ",
        "ครูและนักเรียนร่วมกับ อบต. ปลูกต้นโกงกาง 500 ต้น",
        1,
        "make",
    ),
    (
        "ขอประชาสัมพันธ์การขายสินค้าของร้านค้าในชุมชน",
        "ร้านค้าในชุมชนลดราคาสินค้า",
        0,
        "ข่าวเชิงพาณิชย์ ไม่อยู่ในขอบข่ายข่าวของสำนักงาน",
    ),
]


def load(ctx):
    member = _school(ctx)
    link, _ = SchoolNewsLink.objects.get_or_create(
        member=member, defaults={"created_by": ctx.users.get("pr")}
    )
    if link.submissions.exists():
        return
    for index, (title, text, photos, outcome) in enumerate(SUBMISSIONS):
        submission = SchoolNewsSubmission.objects.create(
            link=link,
            member=member,
            sender_name=member.contact_person or "ครูผู้รับผิดชอบงานประชาสัมพันธ์",
            sender_position="ครูชำนาญการ",
            title=title,
            text=text,
            event_date=dt.date(2026, 11, 20 + index),
            faces_consent=bool(photos),
        )
        for number in range(photos):
            photo = SchoolNewsPhoto(submission=submission, original_filename=f"กิจกรรม-{number + 1}.png")
            photo.file.save(
                f"demo-{index}-{number}.png",
                ContentFile(make_png(title, size=(800, 533), seed=number)),
                save=True,
            )
        if outcome == "make":
            make_news(submission, ctx.users.get("pr"))
        elif outcome:
            decline(submission, ctx.users.get("pr"), outcome)


def _school(ctx):
    school = (
        NetworkMember.objects.filter(kind=MemberKind.SCHOOL, status=MemberStatus.ACTIVE)
        .order_by("id")
        .first()
    )
    if school:
        return school
    school, _ = NetworkMember.objects.get_or_create(
        name="โรงเรียนบ้านควนขนุน",
        defaults={
            "kind": MemberKind.SCHOOL,
            "status": MemberStatus.ACTIVE,
            "contact_person": "นางสาวสุดารัตน์ ทองเนื้อดี",
        },
    )
    return school
