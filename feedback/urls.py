from django.urls import path

from feedback.views import rate, thanks

urlpatterns = [
    path("feedback/<int:page_id>/", rate, name="feedback_rate"),
    path("feedback/<int:page_id>/thanks/", thanks, name="feedback_thanks"),
]
