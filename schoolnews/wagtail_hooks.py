"""Registration only."""

from wagtail import hooks

from schoolnews.views.admin import DECLINE_ACTION, MAKE_NEWS_ACTION
from schoolnews.viewsets import SchoolNewsViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewsets():
    return SchoolNewsViewSetGroup()


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(MAKE_NEWS_ACTION, "สร้างร่างข่าว", "สร้างร่างข่าวจากข่าวที่โรงเรียนส่ง")
    actions.register_action(DECLINE_ACTION, "ไม่นำไปใช้", "ไม่นำข่าวที่โรงเรียนส่งไปใช้")
