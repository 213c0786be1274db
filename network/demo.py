"""Demo register: the 22-entry media register of seed 001 §2.2, a PR network of schools and
partners (002 §4), order 295/2557, two recipient lists, a few channel logs and clippings.

Outlet names are the real ones of the seed; every person, phone number and e-mail is FICTIONAL
(08x-000-xxxx numbers, addresses at example.com). Idempotent: found by name before created.
"""

import datetime

from network.models import (
    Appointment,
    AppointmentOrder,
    Channel,
    ChannelKind,
    ChannelLog,
    CommitteeRole,
    CoverageClipping,
    MediaContact,
    MediaOutlet,
    MemberKind,
    MemberScope,
    MemberStatus,
    MemberType,
    NetworkMember,
    OutletKind,
    RecipientList,
    RelayChannel,
)
from network.pages import news_pages

# outlet, kind
OUTLETS = [
    ("หนังสือพิมพ์ไทยรัฐ", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์เดลินิวส์", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์ข่าวสด", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์อาชญากรรม", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์แนวหน้า", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์บ้านเมือง", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์คม ชัด ลึก", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์พิมพ์ไทย", OutletKind.NEWSPAPER),
    ("นิตยสารเลดีไทม์ฉบับเมืองใต้", OutletKind.NEWSPAPER),
    ("หนังสือพิมพ์มติไทย", OutletKind.NEWSPAPER),
    ("สถานีโทรทัศน์ช่อง 3", OutletKind.TELEVISION),
    ("สถานีโทรทัศน์ช่อง 5", OutletKind.TELEVISION),
    ("สถานีโทรทัศน์ช่อง 7", OutletKind.TELEVISION),
    ("สถานีโทรทัศน์ช่อง 9", OutletKind.TELEVISION),
    ("ไทยพีบีเอส (Thai PBS)", OutletKind.TELEVISION),
    ("สถานีวิทยุเกษตร", OutletKind.RADIO),
    ("หอกระจายข่าวจังหวัดพัทลุง", OutletKind.LOUDSPEAKER),
    ("สำนักงานประชาสัมพันธ์จังหวัดพัทลุง", OutletKind.PR_AGENCY),
    ("สถานีเสียงตามสายเทศบาลเมืองพัทลุง", OutletKind.LOUDSPEAKER),
    ("สถานีวิทยุชุมชนคนเมืองลุง", OutletKind.COMMUNITY_RADIO),
]

# prefix, name, outlet, role, consent, active  (22 entries, as in seed 001 §2.2)
CONTACTS = [
    ("นาย", "สมศักดิ์ ทองสุข", "หนังสือพิมพ์ไทยรัฐ", "ผู้สื่อข่าวประจำจังหวัดพัทลุง", True, True),
    ("นาย", "วีระพงษ์ แก้วประเสริฐ", "หนังสือพิมพ์ไทยรัฐ", "ช่างภาพข่าว", True, True),
    ("นาง", "จิราพร ศรีวงศ์", "หนังสือพิมพ์เดลินิวส์", "ผู้สื่อข่าวประจำจังหวัดพัทลุง", True, True),
    ("นาย", "ประยุทธ มณีรัตน์", "หนังสือพิมพ์ข่าวสด", "ผู้สื่อข่าว", True, True),
    ("นาย", "ธีรวัฒน์ ชูช่วย", "หนังสือพิมพ์อาชญากรรม", "ผู้สื่อข่าว", True, True),
    ("นางสาว", "พิมพ์ชนก รักษ์ทอง", "หนังสือพิมพ์แนวหน้า", "ผู้สื่อข่าว", True, True),
    ("นาย", "อำนาจ เพชรรัตน์", "หนังสือพิมพ์บ้านเมือง", "ผู้สื่อข่าว", True, True),
    ("นาย", "กิตติศักดิ์ หนูแก้ว", "หนังสือพิมพ์คม ชัด ลึก", "ผู้สื่อข่าว", True, True),
    ("นาย", "สุชาติ บุญแก้ว", "หนังสือพิมพ์พิมพ์ไทย", "ผู้สื่อข่าว", False, True),
    ("นาง", "วันเพ็ญ ขาวสุวรรณ", "นิตยสารเลดีไทม์ฉบับเมืองใต้", "บรรณาธิการ", True, True),
    ("นาย", "ชัยวัฒน์ จันทร์แก้ว", "หนังสือพิมพ์มติไทย", "ผู้สื่อข่าว", True, True),
    ("นาย", "ณรงค์ศักดิ์ สุวรรณมณี", "สถานีโทรทัศน์ช่อง 3", "ผู้สื่อข่าวภูมิภาค", True, True),
    ("นาย", "พงศกร ทิพย์มณี", "สถานีโทรทัศน์ช่อง 5", "ผู้สื่อข่าวภูมิภาค", True, True),
    ("นาย", "เอกชัย นวลศรี", "สถานีโทรทัศน์ช่อง 7", "ผู้สื่อข่าวภูมิภาค", True, True),
    ("นางสาว", "รัชนี ด้วงสุด", "สถานีโทรทัศน์ช่อง 9", "ผู้สื่อข่าวภูมิภาค", True, False),
    ("นาย", "ศุภชัย เกื้อสกุล", "ไทยพีบีเอส (Thai PBS)", "ผู้สื่อข่าวภาคใต้", True, True),
    ("นาง", "อรุณี พรหมแก้ว", "สถานีวิทยุเกษตร", "ผู้ประกาศข่าว", True, True),
    ("นาย", "บุญเลิศ ช่วยชูหนู", "หอกระจายข่าวจังหวัดพัทลุง", "ประธานหอกระจายข่าวจังหวัดพัทลุง", True, True),
    ("นาง", "สุนีย์ รัตนพันธ์", "สำนักงานประชาสัมพันธ์จังหวัดพัทลุง", "ประชาสัมพันธ์จังหวัดพัทลุง", True, True),
    ("นางสาว", "ปิยะนุช ทองขาว", "สำนักงานประชาสัมพันธ์จังหวัดพัทลุง", "นักประชาสัมพันธ์ชำนาญการ", True, True),
    ("นาย", "ไพโรจน์ คงหนู", "สถานีเสียงตามสายเทศบาลเมืองพัทลุง", "หัวหน้าสถานีเสียงตามสาย", False, True),
    ("นาย", "สมพร แสงจันทร์", "สถานีวิทยุชุมชนคนเมืองลุง", "ผู้จัดรายการ", True, True),
]

# name, type, scope, kind, contact person, position, status, relay channels
MEMBERS = [
    (
        "โรงเรียนบ้านตะโหมด",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL,
        "นางสุภาพร นิลรัตน์",
        "ครูชำนาญการพิเศษ",
        MemberStatus.ACTIVE,
        ["facebook", "line", "board"],
    ),
    (
        "โรงเรียนวัดควนเผยอ",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL,
        "นายจักรพันธ์ ศรีเมือง",
        "ครู",
        MemberStatus.ACTIVE,
        ["facebook", "meeting"],
    ),
    (
        "โรงเรียนบ้านคลองใหญ่",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL,
        "นางสาวอัญชลี ขุนทอง",
        "ครูผู้ช่วย",
        MemberStatus.ACTIVE,
        ["line", "website"],
    ),
    (
        "โรงเรียนบ้านลานข่อย",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL,
        "นายสมบูรณ์ เพชรสุวรรณ",
        "ผู้อำนวยการโรงเรียน",
        MemberStatus.ACTIVE,
        ["facebook"],
    ),
    (
        "โรงเรียนวัดป่าบอน",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL,
        "นางเพ็ญศรี ชูแก้ว",
        "ครูชำนาญการ",
        MemberStatus.ACTIVE,
        ["newsletter", "board"],
    ),
    (
        "กลุ่มโรงเรียนตะโหมด",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL_CLUSTER,
        "นายวิชัย ทองมา",
        "ประธานกลุ่มโรงเรียน",
        MemberStatus.ACTIVE,
        ["line", "meeting"],
    ),
    (
        "กลุ่มโรงเรียนป่าบอน",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL_CLUSTER,
        "นางจันทร์เพ็ญ บุญมาก",
        "เลขานุการกลุ่มโรงเรียน",
        MemberStatus.ACTIVE,
        ["line"],
    ),
    (
        "นางสาวศิริพร ใจดี",
        MemberType.PERSON,
        MemberScope.INTERNAL,
        MemberKind.INDIVIDUAL,
        "",
        "นักวิชาการศึกษา",
        MemberStatus.ACTIVE,
        ["facebook", "line"],
    ),
    (
        "องค์การบริหารส่วนตำบลตะโหมด",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.LOCAL_GOVERNMENT,
        "นายประสิทธิ์ หนูทอง",
        "นักประชาสัมพันธ์",
        MemberStatus.ACTIVE,
        ["loudspeaker", "facebook"],
    ),
    (
        "เทศบาลตำบลป่าบอน",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.LOCAL_GOVERNMENT,
        "นางสาวกาญจนา เรืองศรี",
        "เจ้าพนักงานธุรการ",
        MemberStatus.ACTIVE,
        ["loudspeaker", "website"],
    ),
    (
        "สำนักงานสาธารณสุขอำเภอตะโหมด",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.PUBLIC_AGENCY,
        "นายอดิศักดิ์ แก้วเกตุ",
        "นักวิชาการสาธารณสุข",
        MemberStatus.ACTIVE,
        ["line"],
    ),
    (
        "ชุมชนบ้านหัวช้าง",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.COMMUNITY,
        "นายเลิศ ชุมทอง",
        "ผู้ใหญ่บ้าน",
        MemberStatus.ACTIVE,
        ["loudspeaker", "meeting"],
    ),
    (
        "ห้างหุ้นส่วนจำกัด ทะเลน้อยการพิมพ์",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.PRIVATE,
        "นางวรรณา ศักดิ์สิทธิ์",
        "หุ้นส่วนผู้จัดการ",
        MemberStatus.ACTIVE,
        ["newsletter"],
    ),
    (
        "เพจข่าวคนตะโหมด",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.MEDIA,
        "นายธนากร ศรีสุวรรณ",
        "ผู้ดูแลเพจ",
        MemberStatus.PENDING,
        ["facebook"],
    ),
    (
        "โรงเรียนบ้านทุ่งยาว",
        MemberType.ORGANISATION,
        MemberScope.INTERNAL,
        MemberKind.SCHOOL,
        "นายภานุวัฒน์ รอดทอง",
        "ครู",
        MemberStatus.PENDING,
        ["facebook", "line"],
    ),
    (
        "ร้านถ่ายเอกสารหน้าอำเภอ",
        MemberType.ORGANISATION,
        MemberScope.EXTERNAL,
        MemberKind.PRIVATE,
        "นายสุเมธ ใจงาม",
        "เจ้าของร้าน",
        MemberStatus.REFUSED,
        ["board"],
    ),
]

# the committee of order 295/2557: member name -> role
COMMITTEE = [
    ("กลุ่มโรงเรียนตะโหมด", CommitteeRole.CHAIR),
    ("กลุ่มโรงเรียนป่าบอน", CommitteeRole.VICE_CHAIR),
    ("โรงเรียนบ้านตะโหมด", CommitteeRole.MEMBER),
    ("โรงเรียนวัดควนเผยอ", CommitteeRole.MEMBER),
    ("โรงเรียนบ้านคลองใหญ่", CommitteeRole.MEMBER),
    ("องค์การบริหารส่วนตำบลตะโหมด", CommitteeRole.MEMBER),
    ("เทศบาลตำบลป่าบอน", CommitteeRole.MEMBER),
    ("ชุมชนบ้านหัวช้าง", CommitteeRole.MEMBER),
    ("นางสาวศิริพร ใจดี", CommitteeRole.SECRETARY),
]


def _phone(n):
    return f"08{1 + n % 9}-000-{1000 + n:04d}"


def load(ctx):
    outlets = _outlets()
    contacts = _contacts(ctx, outlets)
    members = _members(ctx)
    _order(ctx, members)
    _lists(contacts, members)
    _channels(ctx, outlets)
    ctx.log(
        f"network: {len(outlets)} outlets, {len(contacts)} media contacts, {len(members)} network members"
    )


def _outlets():
    outlets = {}
    for number, (name, kind) in enumerate(OUTLETS, start=1):
        outlet, _ = MediaOutlet.objects.get_or_create(
            name=name, defaults={"kind": kind, "province": "พัทลุง", "phone": f"074-000-{300 + number:03d}"}
        )
        outlets[name] = outlet
    return outlets


def _contacts(ctx, outlets):
    contacts = []
    for number, (prefix, name, outlet, role, consent, active) in enumerate(CONTACTS, start=1):
        contact, _ = MediaContact.objects.get_or_create(
            name=name,
            outlet=outlets[outlet],
            defaults={
                "name_prefix": prefix,
                "role": role,
                "phones": _phone(number),
                "email": f"media{number:02d}@example.com",
                "line_id": f"media{number:02d}",
                "address": f"{number} ถนนราเมศวร์ ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000",
                "consent": consent,
                "consent_date": ctx.days_ago(400).date() if consent else None,
                "active": active,
            },
        )
        contacts.append(contact)
    return contacts


def _members(ctx):
    members = {}
    for number, (name, mtype, scope, kind, person, position, status, channels) in enumerate(MEMBERS, start=1):
        survey = status != MemberStatus.ACTIVE
        member, _ = NetworkMember.objects.get_or_create(
            name=name,
            defaults={
                "member_type": mtype,
                "scope": scope,
                "kind": kind,
                "contact_person": person,
                "position": position,
                "phones": _phone(100 + number),
                "email": f"network{number:02d}@example.com",
                "address": "อำเภอตะโหมด จังหวัดพัทลุง 93160",
                "joined_on": None if survey else datetime.date(2014, 6, 1),
                "relay_channels": [RelayChannel(c).value for c in channels],
                "status": status,
                "consent": True,
                "consent_date": ctx.days_ago(30).date() if survey else datetime.date(2014, 6, 1),
                "from_survey": survey,
                "submitted_at": ctx.days_ago(3) if survey else None,
            },
        )
        members[name] = member
    return members


def _order(ctx, members):
    order, created = AppointmentOrder.objects.get_or_create(
        number="295/2557",
        defaults={
            "date": datetime.date(2014, 6, 16),
            "title": "แต่งตั้งคณะทำงานเครือข่ายการประชาสัมพันธ์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2",
            "document": ctx.document(
                "คำสั่งที่ 295/2557 แต่งตั้งคณะทำงานเครือข่ายการประชาสัมพันธ์",
                [
                    "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 ที่ 295/2557",
                    "เรื่อง แต่งตั้งคณะทำงานเครือข่ายการประชาสัมพันธ์",
                    # home.demo_files.make_pdf fails on a paragraph that wraps (> 90 characters).
                    "เพื่อให้การประชาสัมพันธ์ของสำนักงานเป็นไปอย่างทั่วถึง",
                    "จึงแต่งตั้งคณะทำงานเครือข่ายการประชาสัมพันธ์ (ฉบับตัวอย่าง)",
                ],
            ),
        },
    )
    if created:
        for sort_order, (name, role) in enumerate(COMMITTEE):
            Appointment.objects.create(order=order, member=members[name], role=role, sort_order=sort_order)


def _lists(contacts, members):
    media, _ = RecipientList.objects.get_or_create(
        name="สื่อมวลชนจังหวัดพัทลุง", defaults={"description": "ทะเบียนสื่อมวลชนจังหวัดพัทลุงทั้งหมด"}
    )
    media.contacts.set(contacts)
    media.save()
    partners, _ = RecipientList.objects.get_or_create(
        name="โรงเรียนและภาคีเครือข่าย", defaults={"description": "สมาชิกเครือข่ายประชาสัมพันธ์ที่ได้รับแต่งตั้ง"}
    )
    partners.members.set([m for m in members.values() if m.status == MemberStatus.ACTIVE])
    partners.save()


# The office's channels (seed 001 §2.5–2.8, seed 004 ผลการดำเนินงาน): name, kind, members, order.
# The newsletter is not one: its issues are pages, counted by the report itself (``newsletter``).
CHANNELS = [
    ("เพจ Facebook สพป.พัทลุง เขต 2", ChannelKind.FACEBOOK, 2450, 20),
    ("หนังสือพิมพ์", ChannelKind.NEWSPAPER, None, 30),
    ("วิทยุ", ChannelKind.RADIO, None, 40),
    ("โทรทัศน์", ChannelKind.TELEVISION, None, 50),
    ("กลุ่ม LINE สพป.พัทลุง เขต 2", ChannelKind.LINE, 61, 60),
    ("กลุ่ม LINE ผู้บริหาร สพป.พัทลุง เขต 2", ChannelKind.LINE, 87, 61),
    ("กลุ่ม LINE ประชาสัมพันธ์", ChannelKind.LINE, 240, 62),
    ("กลุ่ม LINE Family", ChannelKind.LINE, 410, 63),
    ("เสียงตามสายภายในสำนักงาน", ChannelKind.LOUDSPEAKER, None, 70),
    ("บอร์ดประชาสัมพันธ์หน้าสำนักงาน", ChannelKind.BOARD, None, 80),
    ("แผ่นพับประชาสัมพันธ์", ChannelKind.LEAFLET, None, 90),
    ("YouTube สพป.พัทลุง เขต 2", ChannelKind.YOUTUBE, None, 100),
    ("เว็บไซต์ สพฐ.", ChannelKind.WEBSITE, None, 110),
]


def ensure_channels():
    """The office's channels by name (idempotent); returns ``{name: Channel}``."""
    channels = {}
    for name, kind, members, order in CHANNELS:
        channels[name], _ = Channel.objects.get_or_create(
            name=name, defaults={"kind": kind, "members": members, "sort_order": order}
        )
    return channels


def _channels(ctx, outlets):
    channels = ensure_channels()
    items = list(news_pages().order_by("-first_published_at")[:3])
    logged = [channels[name] for name, _, _, _ in CHANNELS[0:1] + CHANNELS[4:8]]
    for days, page in enumerate(items):
        for channel in logged[: 5 - days]:
            if ChannelLog.objects.filter(page=page, channel=channel).exists():
                continue  # idempotent: the reports' demo may log the same page and channel too
            ChannelLog.objects.create(
                page=page,
                channel=channel,
                **{
                    "published_at": page.first_published_at or ctx.days_ago(days),
                    "note": "บันทึกตัวอย่าง",
                    "recorded_by": ctx.users.get("pr"),
                },
            )
    ChannelLog.objects.get_or_create(
        title="โรงเรียนวัดป่าบอนเชิญชวนร่วมงานวันวิทยาศาสตร์",
        channel=channels["กลุ่ม LINE ประชาสัมพันธ์"],
        defaults={
            "published_at": ctx.days_ago(2),
            "note": "ข่าวของโรงเรียนในสังกัด",
            "recorded_by": ctx.users.get("pr"),
        },
    )
    clippings = [
        ("หนังสือพิมพ์ไทยรัฐ", "สพป.พัทลุง เขต 2 ชวนผู้ปกครองพาบุตรหลานสมัครเรียน", "หน้า 12"),
        ("หนังสือพิมพ์เดลินิวส์", "ครูพัทลุงเขต 2 พัฒนาการอ่านออกเขียนได้", "หน้า 8"),
        ("สถานีวิทยุเกษตร", "รายงานข่าวการศึกษาพัทลุง", "07.30 น."),
    ]
    for number, (outlet, headline, where) in enumerate(clippings):
        CoverageClipping.objects.get_or_create(
            outlet=outlets[outlet],
            headline=headline,
            defaults={
                "page": items[number] if number < len(items) else None,
                "published_on": ctx.days_ago(number + 1).date(),
                "page_number": where,
                "recorded_by": ctx.users.get("pr"),
            },
        )
