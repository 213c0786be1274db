"""Fixtures of the services tests: the demo office with its routes and cases, users per role."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles
from services import demo as services_demo
from services.forms import ComplaintForm, InformationRequestForm, QuestionForm
from services.workflow import open_case


@pytest.fixture
def services(demo):
    """The demo office with its routes, Q&A topics, the legal officer and the demo cases."""
    services_demo.load(demo)
    return demo


@pytest.fixture
def administrator(demo):
    """A member of the administrators' role who is not a superuser."""
    user = get_user_model().objects.create_user("sysadmin", email="sysadmin@example.go.th", password="x")
    user.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return user


QUESTION = {
    "subject": "การย้ายนักเรียนกลางภาคเรียน",
    "message": "ย้ายบ้านไปต่างอำเภอ ต้องใช้เอกสารอะไรบ้างในการย้ายโรงเรียน",
    "name": "นางสาวมณีรัตน์ ศรีทอง",
    "email": "maneerat@example.com",
    "phone": "0812345678",
    "consent": "on",
    "website": "",
}
COMPLAINT = {
    "complaint_type": "corruption",
    "subject": "เรียกรับเงินค่าฝากเข้าเรียน",
    "subject_person": "เจ้าหน้าที่โรงเรียนแห่งหนึ่ง",
    "message": "มีการเรียกรับเงิน 5,000 บาทเพื่อรับนักเรียนเข้าเรียน เมื่อวันที่ 3 พฤษภาคม",
    "name": "นายประยุทธ แก้วประเสริฐ",
    "email": "prayut.k@example.com",
    "phone": "",
    "consent": "on",
    "website": "",
}
INFORMATION_REQUEST = {
    "subject": "แผนปฏิบัติการประจำปี",
    "message": "ขอสำเนาแผนปฏิบัติการประจำปีงบประมาณ 2570",
    "purpose": "ใช้ประกอบการศึกษาค้นคว้า",
    "delivery_method": "email",
    "name": "นางจันทร์เพ็ญ ทองดี",
    "address": "",
    "email": "janpen@example.com",
    "phone": "",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def make_case(services):
    """``make_case(kind_data, **overrides)`` opens a case through the public form's own code path."""
    forms = {
        "question": QuestionForm,
        "complaint": ComplaintForm,
        "information_request": InformationRequestForm,
    }

    def _make(kind="question", **overrides):
        data = {"question": QUESTION, "complaint": COMPLAINT, "information_request": INFORMATION_REQUEST}[
            kind
        ]
        form = forms[kind]({**data, **overrides})
        assert form.is_valid(), form.errors
        return open_case(form.save(), attachments=form.attachments())

    return _make
