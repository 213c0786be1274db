from django.urls import path

from network.views.public import join, join_thanks

urlpatterns = [
    path("network/join/", join, name="network_join"),
    path("network/join/thanks/", join_thanks, name="network_join_thanks"),
]
