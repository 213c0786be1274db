"""A record of every export of the register, the object its audit-log entry points at."""

from django.conf import settings
from django.db import models


class RegisterExport(models.Model):
    model_name = models.CharField("ทะเบียน", max_length=100)
    file_format = models.CharField("รูปแบบไฟล์", max_length=10)
    row_count = models.PositiveIntegerField("จำนวนแถว", default=0)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ผู้ส่งออก",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("ส่งออกเมื่อ", auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "การส่งออกทะเบียน"
        verbose_name_plural = "การส่งออกทะเบียน"

    def __str__(self):
        return f"ส่งออก{self.model_name} ({self.file_format.upper()}, {self.row_count} แถว)"
