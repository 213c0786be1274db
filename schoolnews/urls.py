from django.urls import path

from schoolnews.views import public

urlpatterns = [
    path("school-news/thanks/", public.thanks, name="schoolnews_thanks"),
    path("school-news/<str:token>/", public.send, name="schoolnews_send"),
]
