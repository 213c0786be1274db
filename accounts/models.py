from django.contrib.auth.models import AbstractUser
from django.db import models


class NamePrefix(models.TextChoices):
    MR = "นาย", "นาย"
    MRS = "นาง", "นาง"
    MISS = "นางสาว", "นางสาว"
    DR = "ดร.", "ดร."
    ACTING_SUB_LT = "ว่าที่ร้อยตรี", "ว่าที่ร้อยตรี"
    ACTING_SUB_LT_F = "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรีหญิง"
    PETTY_OFFICER = "จ่าเอก", "จ่าเอก"


class User(AbstractUser):
    """A member of staff, with what the office's forms print beside a signature."""

    name_prefix = models.CharField(
        "คำนำหน้าชื่อ",
        max_length=30,
        blank=True,
        choices=NamePrefix.choices,
        help_text="พิมพ์หน้าชื่อในแบบฟอร์มและบันทึกข้อความ",
    )
    position = models.CharField("ตำแหน่ง", max_length=200, blank=True, help_text="เช่น นักประชาสัมพันธ์ชำนาญการ")
    phone = models.CharField("โทรศัพท์", max_length=40, blank=True)

    class Meta(AbstractUser.Meta):
        verbose_name = "ผู้ใช้งาน"
        verbose_name_plural = "ผู้ใช้งาน"
        swappable = "AUTH_USER_MODEL"

    @property
    def display_name(self):
        """The name as Thai documents print it: prefix joined to the first name."""
        name = f"{self.first_name} {self.last_name}".strip()
        if not name:
            return self.get_username()
        return f"{self.name_prefix}{name}"

    def get_full_name(self):
        return self.display_name

    def __str__(self):
        return self.display_name
