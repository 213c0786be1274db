"""Readers' satisfaction with each public page (000 §6, 003: at least 80% satisfied).

One rating per page per visitor session, kept without personal data: the session is stored only as
a keyed hash. Comments go to the PR officers and are never shown on the site. The fuller survey
(``SurveyPage``) is a Wagtail form page with a five-level rating field type.
"""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractFormField,
    AbstractFormSubmission,
    FormMixin,
)
from wagtail.fields import RichTextField
from wagtail.models import Page

from feedback.forms import SurveyFormBuilder
from feedback.levels import SATISFIED_LEVELS, Level
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage

__all__ = [
    "Level",
    "SATISFIED_LEVELS",
    "PageRating",
    "SurveyPage",
    "SurveyQuestion",
    "SurveyRating",
    "SurveyResponse",
]


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


# --- The satisfaction survey (แบบสำรวจความพึงพอใจของผู้ใช้บริการ) ------------------------------------
# A Wagtail form page whose questions the PR officers edit; its one addition to Wagtail's field
# types is the five-level rating, whose answers also go to ``SurveyRating`` so the PR report can
# count them in the database (``feedback.figures``).

RATING_FIELD = "rating"
SURVEY_FIELD_CHOICES = (*FORM_FIELD_CHOICES, (RATING_FIELD, "ระดับความพึงพอใจ 5 ระดับ (มากที่สุด–น้อยที่สุด)"))


class SurveyQuestion(AbstractFormField):
    page = ParentalKey("feedback.SurveyPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        "ชนิดคำถาม",
        max_length=16,
        choices=SURVEY_FIELD_CHOICES,
        help_text="ระดับความพึงพอใจ 5 ระดับนับรวมในตัวชี้วัดความพึงพอใจของรายงานผลการดำเนินงาน",
    )
    field_type.required_on_save = True

    class Meta(AbstractFormField.Meta):
        verbose_name = "คำถาม"
        verbose_name_plural = "คำถาม"


class SurveyResponse(AbstractFormSubmission):
    """One visitor's answers. Rating answers are stored with their Thai label, so the admin's list
    and its export read as the visitor saw them; the levels themselves are in ``SurveyRating``."""

    session_hash = models.CharField(max_length=64, editable=False, blank=True)

    class Meta:
        verbose_name = "คำตอบแบบสำรวจความพึงพอใจ"
        verbose_name_plural = "คำตอบแบบสำรวจความพึงพอใจ"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "session_hash"],
                condition=~models.Q(session_hash=""),
                name="feedback_one_survey_response_per_session",
            )
        ]


class SurveyRating(models.Model):
    """One rating answer of a survey response: the unit the satisfaction KPI counts."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="ratings")
    question = models.CharField("คำถาม", max_length=255)
    level = models.PositiveSmallIntegerField("ระดับความพึงพอใจ", choices=Level.choices)
    # The response's submit time, kept here so the report filters one indexed column.
    created_at = models.DateTimeField("เมื่อ", db_index=True)

    class Meta:
        verbose_name = "คะแนนความพึงพอใจในแบบสำรวจ"
        verbose_name_plural = "คะแนนความพึงพอใจในแบบสำรวจ"

    def __str__(self):
        return f"{self.question}: {self.get_level_display()}"


class SurveyPage(FormMixin, BasePage):
    """The office's satisfaction survey for service users (000 §6, 003: at least 80% satisfied).

    A Wagtail form page: the PR officers edit its questions (any of Wagtail's field types plus the
    five-level rating) and read the answers under แบบฟอร์ม in the admin. No login, no JavaScript;
    one response per visitor session, rate limited, a honeypot against bots (``feedback.survey``).
    Answers are never shown on the site.
    """

    intro = RichTextField("คำชี้แจง", blank=True, features=RICH_TEXT_FEATURES, help_text="แสดงเหนือคำถาม")
    thank_you_text = RichTextField(
        "ข้อความขอบคุณ",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="แสดงหลังผู้ตอบส่งแบบสำรวจ",
    )

    form_builder = SurveyFormBuilder
    landing_page_template = "pages/survey_page_landing.html"
    template = "pages/survey_page.html"
    # Shows only itself (``caching.headers.CachedPageMixin``); the form itself is never cached.
    cache_lists = ()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", heading="คำถาม", label="คำถาม"),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = "แบบสำรวจความพึงพอใจ"
        verbose_name_plural = "แบบสำรวจความพึงพอใจ"

    def get_submission_class(self):
        return SurveyResponse

    def process_form_submission(self, form, session_hash=""):
        from feedback.survey import save_response

        return save_response(self, form, session_hash)

    def serve(self, request, *args, **kwargs):
        from feedback.survey import serve_survey

        return serve_survey(self, request, *args, **kwargs)
