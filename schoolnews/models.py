"""News that schools and units of the PR network send in (รับแจ้งข้อมูลข่าวสาร, seed 002 ๕.๑, ๗.๒).

A network member gets a personal link (no password) from the PR officer; what it sends waits in
the PR inbox until the PR officer makes a draft news page of it or declines it.
"""

import os
import secrets
import uuid

from django.conf import settings
from django.db import models, transaction
from django.db.models import Min, OuterRef, Subquery
from django.db.models.functions import Coalesce, Least
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

from home.storage import PrivateFileSystemStorage


def new_token():
    return secrets.token_urlsafe(24)


class SchoolNewsLink(models.Model):
    """A network member's personal link to the news form. Deactivate it to shut the door."""

    member = models.ForeignKey(
        "network.NetworkMember",
        verbose_name="สมาชิกเครือข่าย",
        on_delete=models.CASCADE,
        related_name="news_links",
    )
    token = models.CharField("รหัสลิงก์", max_length=64, unique=True, default=new_token, editable=False)
    active = models.BooleanField("ใช้งานได้", default=True, help_text="ยกเลิกการติ๊กเพื่อปิดลิงก์นี้")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField("สร้างเมื่อ", auto_now_add=True)

    class Meta:
        ordering = ["member__name"]
        verbose_name = "ลิงก์ส่งข่าว"
        verbose_name_plural = "ลิงก์ส่งข่าวของเครือข่าย"

    def __str__(self):
        return f"ลิงก์ส่งข่าวของ {self.member.name}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("schoolnews_send", args=[self.token])


class SubmissionStatus(models.TextChoices):
    NEW = "new", "ใหม่"
    USED = "used", "นำไปทำข่าวแล้ว"
    DECLINED = "declined", "ไม่นำไปใช้"


class SubmissionQuerySet(models.QuerySet):
    def relayed(self):
        """Submissions made into news that went out, each with ``relayed_at``: the first moment the
        news page did so on one of the office's channels (its publication on the website while it is
        live, a release e-mail sent, an entry of the channel log). The PR report counts them."""
        from network.models import ChannelLog, Delivery, DeliveryStatus
        from newsroom.models import NewsPage

        published = NewsPage.objects.live().filter(pk=OuterRef("news_page")).values("first_published_at")
        mailed = (
            Delivery.objects.filter(release__page=OuterRef("news_page"), status=DeliveryStatus.SENT)
            .order_by()
            .values("release__page")
            .annotate(first=Min("sent_at"))
            .values("first")
        )
        logged = (
            ChannelLog.objects.filter(page=OuterRef("news_page"))
            .order_by()
            .values("page")
            .annotate(first=Min("published_at"))
            .values("first")
        )
        moments = [
            Subquery(query[:1], output_field=models.DateTimeField()) for query in (published, mailed, logged)
        ]
        # The earliest moment that exists: LEAST ignores NULLs on PostgreSQL but not on SQLite, so
        # each argument falls back on the others first.
        first = Least(*(Coalesce(*moments[index:], *moments[:index]) for index in range(len(moments))))
        return (
            self.filter(status=SubmissionStatus.USED, news_page__isnull=False)
            .annotate(relayed_at=first)
            .filter(relayed_at__isnull=False)
        )


class SchoolNewsSubmission(models.Model):
    link = models.ForeignKey(
        SchoolNewsLink, on_delete=models.PROTECT, related_name="submissions", editable=False
    )
    member = models.ForeignKey(
        "network.NetworkMember",
        verbose_name="ผู้ส่ง (หน่วยงาน)",
        on_delete=models.PROTECT,
        related_name="news_submissions",
        editable=False,
    )
    sender_name = models.CharField("ชื่อผู้ส่ง", max_length=200)
    sender_position = models.CharField("ตำแหน่งผู้ส่ง", max_length=200, blank=True)
    title = models.CharField("หัวข้อข่าว", max_length=255)
    text = models.TextField("เนื้อข่าว")
    event_date = models.DateField("วันที่จัดกิจกรรม", null=True, blank=True)
    faces_consent = models.BooleanField("ผู้ปกครองยินยอมให้เผยแพร่ภาพใบหน้าเด็ก", default=False)
    submitted_at = models.DateTimeField("ส่งเมื่อ", default=timezone.now)
    status = models.CharField(
        "สถานะ", max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.NEW, db_index=True
    )
    decline_reason = models.TextField("เหตุผลที่ไม่นำไปใช้", blank=True)
    news_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="ข่าวที่สร้าง",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    handled_at = models.DateTimeField("พิจารณาเมื่อ", null=True, blank=True, editable=False)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "ข่าวจากโรงเรียน"
        verbose_name_plural = "ข่าวจากโรงเรียนและหน่วยงาน"

    def __str__(self):
        return f"{self.title} — {self.member.name}"


def photo_upload_to(instance, filename):
    return f"school_news/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{os.path.splitext(filename)[1].lower()}"


def private_storage():
    return PrivateFileSystemStorage()


class SchoolNewsPhoto(models.Model):
    """A photo as sent: kept privately until the PR officer imports it into the image library."""

    submission = models.ForeignKey(SchoolNewsSubmission, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField("ไฟล์ภาพ", upload_to=photo_upload_to, storage=private_storage)
    original_filename = models.CharField("ชื่อไฟล์เดิม", max_length=255)

    class Meta:
        ordering = ["id"]
        verbose_name = "ภาพข่าวที่ส่งมา"
        verbose_name_plural = "ภาพข่าวที่ส่งมา"

    def __str__(self):
        return self.original_filename


@receiver(post_delete, sender=SchoolNewsPhoto)
def delete_photo_file(sender, instance, **kwargs):
    if instance.file:
        file = instance.file
        transaction.on_commit(lambda: file.delete(save=False))
