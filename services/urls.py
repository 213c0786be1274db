from django.urls import path

from services.models import CaseKind
from services.views import public

urlpatterns = [
    path("services/", public.index, name="services_index"),
    path("services/question/", public.case_form, {"kind": CaseKind.QUESTION}, name="services_question"),
    path("services/complaint/", public.case_form, {"kind": CaseKind.COMPLAINT}, name="services_complaint"),
    path(
        "services/information-request/",
        public.case_form,
        {"kind": CaseKind.INFORMATION_REQUEST},
        name="services_information_request",
    ),
    path("services/information-center/", public.information_center, name="services_information_center"),
    path("services/submitted/", public.submitted, name="services_submitted"),
    path("services/track/", public.track, name="services_track"),
    path("services/track/file/<str:token>/", public.answer_document, name="services_answer_document"),
    path("services/questions/", public.questions, name="services_questions"),
    path("services/complaints/statistics/", public.statistics, name="services_statistics"),
    path("services/complaints/statistics/<int:year>/", public.statistics, name="services_statistics_year"),
]
