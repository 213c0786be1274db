from django.urls import path

from directory import views

urlpatterns = [
    path("directory/", views.directory, name="directory"),
    path("directory/phone-book.pdf", views.phone_book, name="directory_phone_book"),
    path("directory/staff/", views.staff_directory, name="directory_staff"),
    path("directory/staff/phone-book.pdf", views.staff_phone_book, name="directory_staff_phone_book"),
]
