"""The PR inbox of school news and the members' personal links, under "ข่าวจากโรงเรียน"."""

from django.urls import path
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from schoolnews.models import SchoolNewsLink, SchoolNewsSubmission
from schoolnews.views.admin import DeclineForm, MakeNewsView, PhotoView, SubmissionEditView


class SubmissionViewSet(ModelViewSet):
    model = SchoolNewsSubmission
    name = "schoolnews_submission"
    url_prefix = "school-news/inbox"
    icon = "mail"
    menu_label = "กล่องข่าวจากโรงเรียน"
    edit_view_class = SubmissionEditView
    copy_view_enabled = False
    list_filter = ["status"]
    search_fields = ["title", "sender_name"]
    list_display = [
        "title",
        Column("member", label="ผู้ส่ง"),
        Column("status", label="สถานะ", accessor="get_status_display"),
        DateColumn("submitted_at", label="ส่งเมื่อ"),
    ]

    def get_form_class(self, for_update=False):
        return DeclineForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/make-news/", MakeNewsView.as_view(), name="make_news"),
            path("<int:pk>/photo/<int:photo_pk>/", PhotoView.as_view(), name="photo"),
        ]


class LinkViewSet(ModelViewSet):
    model = SchoolNewsLink
    name = "schoolnews_link"
    url_prefix = "school-news/links"
    icon = "link"
    menu_label = "ลิงก์ส่งข่าวของเครือข่าย"
    form_fields = ["member", "active"]
    list_display = ["member", Column("get_absolute_url", label="ลิงก์ส่วนตัว (ส่งให้สมาชิก)"), "active"]
    copy_view_enabled = False


class SchoolNewsViewSetGroup(ViewSetGroup):
    menu_label = "ข่าวจากโรงเรียน"
    menu_icon = "mail"
    menu_order = 265
    items = (SubmissionViewSet, LinkViewSet)
