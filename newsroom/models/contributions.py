"""Teachers' contributions to the journal: received through the public form, never published by themselves."""

import os
import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

__all__ = ["JournalContribution"]


class ContributionStatus(models.TextChoices):
    NEW = "new", "ใหม่"
    ACCEPTED = "accepted", "รับพิจารณาลงวารสาร"
    DECLINED = "declined", "ไม่รับ"


def contribution_upload_to(instance, filename):
    # A random name on disk: the sender's file name (kept in `original_filename`) may carry a
    # person's name, and must not be needed to build a path. The extension stays for the PR officer.
    extension = os.path.splitext(filename)[1].lower()
    return f"journal_contributions/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


def private_storage():
    # A callable, so the migration records this function, not the folder of one machine, and the
    # storage is looked up when used (tests point PRIVATE_MEDIA_ROOT at a temporary folder).
    return storages["private"]


class JournalContribution(models.Model):
    name = models.CharField("ชื่อ-นามสกุล", max_length=200)
    school = models.CharField("โรงเรียน/หน่วยงาน", max_length=255)
    email = models.EmailField("อีเมล")
    column = models.ForeignKey(
        "newsroom.JournalColumn",
        verbose_name="คอลัมน์ที่ต้องการส่ง",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    title = models.CharField("ชื่อเรื่อง", max_length=255)
    text = models.TextField("เนื้อหา", blank=True)
    # Personal data: kept on the private storage (outside MEDIA_ROOT, no URL); PR officers download it
    # through the inbox (`newsroom_contribution:download`), which checks their permission.
    file = models.FileField("ไฟล์แนบ", upload_to=contribution_upload_to, storage=private_storage, blank=True)
    original_filename = models.CharField(
        "ชื่อไฟล์เดิม",
        max_length=255,
        blank=True,
        editable=False,
        help_text="ชื่อไฟล์ตามที่ผู้ส่งแนบมา ใช้เป็นชื่อไฟล์เมื่อเจ้าหน้าที่ดาวน์โหลด",
    )
    # What the sender declared, kept as evidence beside the work (the journal prints it).
    authorship_confirmed = models.BooleanField(
        "ยืนยันว่าเป็นผลงานของผู้ส่ง",
        default=False,
        help_text="ข้าพเจ้าขอรับรองว่าผลงานนี้เป็นผลงานของข้าพเจ้าเอง ไม่ได้คัดลอกผลงานของผู้อื่น "
        "และภาพหรือข้อความที่อ้างอิงได้ระบุแหล่งที่มาแล้ว",
    )
    consent_to_publish = models.BooleanField(
        "ยินยอมให้เผยแพร่",
        default=False,
        help_text="ข้าพเจ้ายินยอมให้สำนักงานปรับแก้ตามความเหมาะสม และเผยแพร่ผลงานนี้พร้อมชื่อและโรงเรียนของข้าพเจ้า "
        "ในวารสารและเว็บไซต์ของสำนักงาน",
    )
    status = models.CharField(
        "สถานะ", max_length=20, choices=ContributionStatus.choices, default=ContributionStatus.NEW
    )
    staff_note = models.TextField("บันทึกของเจ้าหน้าที่", blank=True, help_text="ไม่แสดงต่อผู้ส่ง")
    submitted_at = models.DateTimeField("วันที่ส่ง", auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ผู้พิจารณา",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "บทความที่ครูส่ง"
        verbose_name_plural = "บทความที่ครูส่ง"

    def __str__(self):
        return f"{self.title} — {self.name}"

    @property
    def download_name(self):
        """The name the PR officer's browser saves the file under: the sender's own, if known."""
        return self.original_filename or os.path.basename(self.file.name)


@receiver(post_delete, sender=JournalContribution)
def delete_contribution_file(sender, instance, **kwargs):
    # Deleting a contribution (the PDPA retention rule) must not leave the teacher's file on disk;
    # only once the deletion is committed, so a rolled-back delete keeps it.
    if instance.file:
        file = instance.file
        transaction.on_commit(lambda: file.delete(save=False))
