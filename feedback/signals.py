"""A new satisfaction survey page gives the PR officers the right to edit its questions."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from feedback.models import SurveyPage
from newsroom.permissions import ensure_pr_page_permissions


@receiver(post_save, sender=SurveyPage, dispatch_uid="feedback_survey_rights")
def survey_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_pr_page_permissions(instance)
