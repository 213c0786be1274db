"""Readers' satisfaction with each public page (000 §6, 003: at least 80% satisfied).

One rating per page per visitor session, kept without personal data: the session is stored only as
a keyed hash. Comments go to the PR officers and are never shown on the site.
"""

from django.db import models
from django.utils import timezone


class Level(models.IntegerChoices):
    VERY_HIGH = 5, "มากที่สุด"
    HIGH = 4, "มาก"
    MEDIUM = 3, "ปานกลาง"
    LOW = 2, "น้อย"
    VERY_LOW = 1, "น้อยที่สุด"


# "Satisfied" for the KPI: the top two levels.
SATISFIED_LEVELS = (Level.VERY_HIGH, Level.HIGH)


class PageRating(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="หน้าเว็บ", on_delete=models.CASCADE, related_name="ratings"
    )
    level = models.PositiveSmallIntegerField("ระดับความพึงพอใจ", choices=Level.choices)
    comment = models.TextField("ข้อเสนอแนะ", blank=True, max_length=1000)
    session_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField("เมื่อ", default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "ความพึงพอใจต่อหน้าเว็บ"
        verbose_name_plural = "ความพึงพอใจต่อหน้าเว็บ"
        constraints = [
            models.UniqueConstraint(fields=["page", "session_hash"], name="feedback_one_rating_per_session")
        ]

    def __str__(self):
        return f"{self.page.title}: {self.get_level_display()}"

    def page_title(self):
        return self.page.title

    page_title.short_description = "หน้าเว็บ"
