from network.models.audit import RegisterExport
from network.models.channels import Channel, ChannelLog, CoverageClipping
from network.models.choices import (
    ChannelKind,
    CommitteeRole,
    DeliveryStatus,
    MemberKind,
    MemberScope,
    MemberStatus,
    MemberType,
    OutletKind,
    RelayChannel,
)
from network.models.distribution import Delivery, Release
from network.models.register import (
    Appointment,
    AppointmentOrder,
    MediaContact,
    MediaOutlet,
    NetworkMember,
    RecipientList,
)

__all__ = [
    "Appointment",
    "AppointmentOrder",
    "Channel",
    "ChannelKind",
    "ChannelLog",
    "CommitteeRole",
    "CoverageClipping",
    "Delivery",
    "DeliveryStatus",
    "MediaContact",
    "MediaOutlet",
    "MemberKind",
    "MemberScope",
    "MemberStatus",
    "MemberType",
    "NetworkMember",
    "OutletKind",
    "RecipientList",
    "RegisterExport",
    "Release",
    "RelayChannel",
]
