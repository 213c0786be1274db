"""A release of one page to the register, and its delivery to each recipient.

One ``Release`` per page: sending the page again only adds recipients it has not reached yet, and
the unique (release, e-mail) constraint makes a second click or a retry unable to mail anyone twice.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q

from network.models.choices import DeliveryStatus


class Release(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name="ข่าว", on_delete=models.CASCADE, related_name="network_release"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="ส่งโดย", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("สร้างเมื่อ", auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "การส่งข่าวถึงเครือข่าย"
        verbose_name_plural = "การส่งข่าวถึงเครือข่าย"

    def __str__(self):
        return f"ส่งข่าว: {self.page.title}"

    def progress(self):
        """Deliveries per status, every status present (zero when none)."""
        counts = dict(self.deliveries.values_list("status").annotate(n=Count("pk")).order_by())
        return {status: counts.get(status, 0) for status in DeliveryStatus.values}


class Delivery(models.Model):
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField("อีเมล", blank=True)
    name = models.CharField("ผู้รับ", max_length=300)
    contact = models.ForeignKey(
        "network.MediaContact", null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    member = models.ForeignKey(
        "network.NetworkMember", null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(
        "สถานะ", max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED, db_index=True
    )
    skip_reason = models.CharField("เหตุที่ข้าม", max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField("จำนวนครั้งที่พยายามส่ง", default=0)
    last_error = models.TextField("ข้อผิดพลาดล่าสุด", blank=True)
    queued_at = models.DateTimeField("เข้าคิวเมื่อ", auto_now_add=True)
    sent_at = models.DateTimeField("ส่งสำเร็จเมื่อ", null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "การส่งถึงผู้รับ"
        verbose_name_plural = "การส่งถึงผู้รับ"
        constraints = [
            models.UniqueConstraint(
                fields=["release", "email"], condition=~Q(email=""), name="network_delivery_once_per_email"
            ),
            models.UniqueConstraint(
                fields=["release", "contact"],
                condition=Q(contact__isnull=False),
                name="network_delivery_once_per_contact",
            ),
            models.UniqueConstraint(
                fields=["release", "member"],
                condition=Q(member__isnull=False),
                name="network_delivery_once_per_member",
            ),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>" if self.email else self.name
