"""Fixtures of the desk's tests: the demo office and its people by role."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from tests import factories

BANGKOK = ZoneInfo("Asia/Bangkok")


def bangkok(*args):
    return datetime(*args, tzinfo=BANGKOK)


@pytest.fixture
def office(demo):
    """The demo office with ``/news/`` and two more people: the personnel group's director and a
    member of the administrators' role who is not a superuser."""
    factories.news_index(demo)
    personnel = demo.departments["personnel"]
    demo.users["personneldirector"] = factories.user(
        "personneldirector",
        roles=[roles.GROUP_DIRECTORS],
        groups=[personnel.directors_group],
        first_name="ประภาพร",
        last_name="ศรีเมือง",
        position="ผู้อำนวยการกลุ่มบริหารงานบุคคล",
    )
    demo.users["sysadmin"] = factories.user(
        "sysadmin", groups=[Group.objects.get(name=roles.ADMINISTRATORS)], first_name="วีระ", last_name="ใจมั่น"
    )
    return demo
