"""The lists the register and the channel log choose from."""

from django.db import models


class OutletKind(models.TextChoices):
    NEWSPAPER = "newspaper", "หนังสือพิมพ์"
    TELEVISION = "television", "โทรทัศน์"
    RADIO = "radio", "วิทยุ"
    ONLINE = "online", "สื่อออนไลน์"
    COMMUNITY_RADIO = "community_radio", "วิทยุชุมชน"
    LOUDSPEAKER = "loudspeaker", "เสียงตามสาย"
    PR_AGENCY = "pr_agency", "หน่วยงานประชาสัมพันธ์"
    OTHER = "other", "อื่น ๆ"


class MemberKind(models.TextChoices):
    SCHOOL = "school", "โรงเรียน"
    SCHOOL_CLUSTER = "school_cluster", "กลุ่มโรงเรียน"
    PUBLIC_AGENCY = "public_agency", "หน่วยงานภาครัฐ"
    PRIVATE = "private", "ภาคเอกชน"
    LOCAL_GOVERNMENT = "local_government", "องค์กรปกครองส่วนท้องถิ่น"
    COMMUNITY = "community", "ชุมชน"
    MEDIA = "media", "สื่อมวลชน"
    INDIVIDUAL = "individual", "บุคคล"


class MemberType(models.TextChoices):
    ORGANISATION = "organisation", "หน่วยงาน/องค์กร"
    PERSON = "person", "บุคคล"


class MemberScope(models.TextChoices):
    INTERNAL = "internal", "เครือข่ายภายใน"
    EXTERNAL = "external", "เครือข่ายภายนอก"


class MemberStatus(models.TextChoices):
    PENDING = "pending", "รอพิจารณา"
    ACTIVE = "active", "เป็นสมาชิก"
    REFUSED = "refused", "ไม่รับเป็นสมาชิก"


class RelayChannel(models.TextChoices):
    """Where a network member can pass our news on."""

    FACEBOOK = "facebook", "เพจ Facebook"
    LINE = "line", "กลุ่ม LINE"
    WEBSITE = "website", "เว็บไซต์"
    LOUDSPEAKER = "loudspeaker", "เสียงตามสาย/หอกระจายข่าว"
    RADIO = "radio", "วิทยุ/วิทยุชุมชน"
    NEWSLETTER = "newsletter", "จดหมายข่าว/วารสาร"
    BOARD = "board", "บอร์ดประชาสัมพันธ์"
    MEETING = "meeting", "การประชุม/หน้าเสาธง"


class CommitteeRole(models.TextChoices):
    ADVISER = "adviser", "ที่ปรึกษา"
    CHAIR = "chair", "ประธานกรรมการ"
    VICE_CHAIR = "vice_chair", "รองประธานกรรมการ"
    MEMBER = "member", "กรรมการ"
    SECRETARY = "secretary", "กรรมการและเลขานุการ"
    ASSISTANT_SECRETARY = "assistant_secretary", "กรรมการและผู้ช่วยเลขานุการ"


class ChannelKind(models.TextChoices):
    """What kind of channel an office channel is (the channels themselves are ``network.Channel`` rows)."""

    FACEBOOK = "facebook", "เพจ Facebook"
    LINE = "line", "กลุ่ม LINE"
    YOUTUBE = "youtube", "YouTube"
    NEWSLETTER = "newsletter", "จดหมายข่าว"
    NEWSPAPER = "newspaper", "หนังสือพิมพ์"
    RADIO = "radio", "วิทยุ"
    TELEVISION = "television", "โทรทัศน์"
    LOUDSPEAKER = "loudspeaker", "เสียงตามสาย/หอกระจายข่าว"
    LEAFLET = "leaflet", "แผ่นพับ/ใบปลิว"
    BOARD = "board", "บอร์ดประชาสัมพันธ์"
    WEBSITE = "website", "เว็บไซต์อื่น"
    OTHER = "other", "อื่น ๆ"


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", "รอส่ง"
    SENDING = "sending", "กำลังส่ง"
    SENT = "sent", "ส่งแล้ว"
    FAILED = "failed", "ส่งไม่สำเร็จ"
    SKIPPED = "skipped", "ข้าม"


NAME_PREFIXES = ["นาย", "นาง", "นางสาว", "ดร.", "ว่าที่ร้อยตรี", "จ่าเอก"]
