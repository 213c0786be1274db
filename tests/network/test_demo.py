"""The demo register: seed 001's 22 media entries (fictional contacts), the network, order 295/2557."""

import pytest

from network import demo as network_demo
from network.models import (
    Appointment,
    AppointmentOrder,
    ChannelLog,
    CoverageClipping,
    MediaContact,
    MediaOutlet,
    NetworkMember,
    RecipientList,
)

pytestmark = pytest.mark.django_db

MODELS = [
    MediaOutlet,
    MediaContact,
    NetworkMember,
    AppointmentOrder,
    Appointment,
    RecipientList,
    ChannelLog,
    CoverageClipping,
]


def test_the_demo_loads_the_media_register_of_seed_001(register):
    assert MediaContact.objects.count() == 22
    names = set(MediaOutlet.objects.values_list("name", flat=True))
    for outlet in [
        "หนังสือพิมพ์ไทยรัฐ",
        "หนังสือพิมพ์เดลินิวส์",
        "หนังสือพิมพ์ข่าวสด",
        "หนังสือพิมพ์คม ชัด ลึก",
        "สถานีโทรทัศน์ช่อง 9",
        "ไทยพีบีเอส (Thai PBS)",
        "สำนักงานประชาสัมพันธ์จังหวัดพัทลุง",
        "สถานีเสียงตามสายเทศบาลเมืองพัทลุง",
        "หอกระจายข่าวจังหวัดพัทลุง",
    ]:
        assert outlet in names
    # Every contact is fictional: example.com addresses and 08x-000-xxxx numbers.
    assert all(c.email.endswith("@example.com") for c in MediaContact.objects.all())
    assert all(c.phones[3:8] == "-000-" for c in MediaContact.objects.all())


def test_the_demo_network_and_order_295_2557(register):
    assert NetworkMember.objects.filter(status="active").count() == 13
    assert NetworkMember.objects.filter(status="pending").count() == 2
    kinds = set(NetworkMember.objects.values_list("kind", flat=True))
    assert {"school", "school_cluster", "local_government", "community", "private", "public_agency"} <= kinds
    order = AppointmentOrder.objects.get(number="295/2557")
    assert order.document is not None
    roles = dict(order.appointments.values_list("member__name", "role"))
    assert roles["กลุ่มโรงเรียนตะโหมด"] == "chair"
    assert roles["นางสาวศิริพร ใจดี"] == "secretary"
    assert RecipientList.objects.get(name="สื่อมวลชนจังหวัดพัทลุง").contacts.count() == 22
    assert RecipientList.objects.get(name="โรงเรียนและภาคีเครือข่าย").members.count() == 13


def test_loading_the_demo_twice_leaves_the_same_counts(register):
    network_demo.load(register)
    before = {model: model.objects.count() for model in MODELS}
    network_demo.load(register)
    assert {model: model.objects.count() for model in MODELS} == before
