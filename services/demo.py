"""Demo cases: every kind in every state in fiscal year 2569 (so the O18 page for 2569 shows figures),
a corruption complaint and an anonymous one, published Q&A, the routes of the demo office, and the ITA
pages of the contact, complaint-channel and complaint-statistics items pointing at the services.

Idempotent: cases are found by their fixed tracking codes; ITA pages are changed only once.
"""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from services.models import (
    Case,
    CaseEvent,
    CaseKind,
    CaseRoute,
    CaseStatus,
    ComplaintType,
    DeliveryMethod,
    QuestionTopic,
    RouteKey,
)
from services.workflow import apply_route

ROUTES = {
    RouteKey.QUESTION: "general-administration",
    RouteKey.COMPLAINT: "general-administration",
    RouteKey.CORRUPTION: "legal-affairs",
    RouteKey.INFORMATION_REQUEST: "general-administration",
}
TOPICS = ["การรับนักเรียน", "บุคลากรและการบรรจุแต่งตั้ง", "การเงินและสวัสดิการ", "ข้อมูลทั่วไปของสำนักงาน"]

# A legal officer of กลุ่มกฎหมายและคดี: one of the staff designated for corruption complaints.
LEGAL_USER = ("legal", "นาย", "วีระพงษ์", "ยุติธรรม", "นิติกรชำนาญการ")

ANSWERS = {
    CaseStatus.ANSWERED: "สำนักงานได้พิจารณาแล้ว ขอเรียนชี้แจงว่าได้ดำเนินการตามระเบียบที่เกี่ยวข้องเรียบร้อยแล้ว",
    CaseStatus.REFUSED: "เรื่องนี้ไม่อยู่ในอำนาจหน้าที่ของสำนักงานเขตพื้นที่การศึกษา จึงไม่รับไว้พิจารณา",
    CaseStatus.TRANSFERRED: "สำนักงานส่งเรื่องให้หน่วยงานที่มีอำนาจหน้าที่พิจารณาแล้ว",
}

# code, kind, received (a date in fiscal year 2569), status, subject, message, extra fields
CASES = [
    (
        "Q69-DQ2R01",
        CaseKind.QUESTION,
        dt.date(2025, 11, 10),
        CaseStatus.ANSWERED,
        "เกณฑ์อายุเด็กเข้าเรียนชั้นอนุบาล 2",
        "ลูกเกิดเดือนมิถุนายน 2564 จะสมัครเข้าเรียนอนุบาล 2 ในปีการศึกษา 2569 ได้หรือไม่",
        {
            "topic": "การรับนักเรียน",
            "publish_answer": True,
            "public_question": "เด็กที่เกิดเดือนมิถุนายน 2564 สมัครเข้าเรียนชั้นอนุบาล 2 ในปีการศึกษา 2569 ได้หรือไม่",
            "public_answer": "ได้ เด็กที่มีอายุย่างเข้าปีที่ 5 ในปีการศึกษา 2569 (เกิดระหว่าง 1 มกราคม – 31 ธันวาคม 2564) "
            "สมัครเข้าเรียนชั้นอนุบาล 2 ได้ตามประกาศรับนักเรียนของ สพฐ.",
        },
    ),
    (
        "Q69-DQ2R02",
        CaseKind.QUESTION,
        dt.date(2026, 1, 14),
        CaseStatus.ANSWERED,
        "การขอหนังสือรับรองการเป็นข้าราชการครู",
        "ต้องการหนังสือรับรองเพื่อยื่นกู้ธนาคาร ต้องติดต่อที่ใดและใช้เวลากี่วัน",
        {
            "topic": "บุคลากรและการบรรจุแต่งตั้ง",
            "publish_answer": True,
            "public_question": "ขอหนังสือรับรองการเป็นข้าราชการครูเพื่อใช้ยื่นกู้ธนาคารได้ที่ใด ใช้เวลากี่วัน",
            "public_answer": "ยื่นคำขอที่กลุ่มบริหารงานบุคคล พร้อมสำเนาบัตรประจำตัวเจ้าหน้าที่ของรัฐ "
            "สำนักงานออกหนังสือรับรองภายใน 3 วันทำการ",
        },
    ),
    (
        "Q69-DQ2R03",
        CaseKind.QUESTION,
        dt.date(2026, 5, 6),
        CaseStatus.RECEIVED,
        "กำหนดการสอบครูผู้ช่วย",
        "ปีนี้จะเปิดสอบครูผู้ช่วยในเขตพื้นที่หรือไม่",
        {},
    ),
    (
        "Q69-DQ2R04",
        CaseKind.QUESTION,
        dt.date(2026, 6, 2),
        CaseStatus.IN_PROGRESS,
        "ค่าเล่าเรียนบุตร",
        "เบิกค่าเล่าเรียนบุตรที่เรียนโรงเรียนเอกชนได้เท่าใด",
        {"topic": "การเงินและสวัสดิการ"},
    ),
    (
        "Q69-DQ2R05",
        CaseKind.QUESTION,
        dt.date(2026, 2, 9),
        CaseStatus.REFUSED,
        "สอบถามผลสลากกินแบ่ง",
        "ขอทราบผลสลากกินแบ่งรัฐบาลงวดล่าสุด",
        {},
    ),
    (
        "Q69-DQ2R06",
        CaseKind.QUESTION,
        dt.date(2026, 3, 3),
        CaseStatus.TRANSFERRED,
        "ทุนการศึกษาระดับมหาวิทยาลัย",
        "มีทุนเรียนต่อมหาวิทยาลัยสำหรับนักเรียนยากจนหรือไม่",
        {"transferred_to": "สำนักงานศึกษาธิการจังหวัดพัทลุง"},
    ),
    (
        "C69-DC2R01",
        CaseKind.COMPLAINT,
        dt.date(2025, 12, 2),
        CaseStatus.ANSWERED,
        "เจ้าหน้าที่ให้บริการล่าช้า",
        "ยื่นเอกสารขอย้ายตั้งแต่เดือนตุลาคม ยังไม่ได้รับการติดต่อกลับ",
        {"complaint_type": ComplaintType.SERVICE},
    ),
    (
        "C69-DC2R02",
        CaseKind.COMPLAINT,
        dt.date(2026, 1, 22),
        CaseStatus.IN_PROGRESS,
        "ข้อสงสัยการจัดซื้อวัสดุของโรงเรียน",
        "พบการจัดซื้อวัสดุราคาสูงกว่าท้องตลาดหลายรายการ ขอให้ตรวจสอบ",
        {
            "complaint_type": ComplaintType.CORRUPTION,
            "subject_person": "เจ้าหน้าที่พัสดุโรงเรียนแห่งหนึ่ง",
            "anonymous": True,
        },
    ),
    (
        "C69-DC2R03",
        CaseKind.COMPLAINT,
        dt.date(2026, 4, 20),
        CaseStatus.RECEIVED,
        "เรียกรับเงินในการบรรจุแต่งตั้ง",
        "มีผู้อ้างว่าสามารถช่วยให้บรรจุได้หากจ่ายเงิน",
        {"complaint_type": ComplaintType.CORRUPTION, "subject_person": "บุคคลภายนอกที่อ้างชื่อสำนักงาน"},
    ),
    (
        "C69-DC2R04",
        CaseKind.COMPLAINT,
        dt.date(2026, 3, 16),
        CaseStatus.REFUSED,
        "ร้องเรียนเพื่อนบ้านส่งเสียงดัง",
        "เพื่อนบ้านเปิดเพลงเสียงดังทุกคืน",
        {"complaint_type": ComplaintType.OTHER},
    ),
    (
        "C69-DC2R05",
        CaseKind.COMPLAINT,
        dt.date(2026, 7, 8),
        CaseStatus.TRANSFERRED,
        "การเก็บเงินบำรุงการศึกษาของโรงเรียน",
        "โรงเรียนเรียกเก็บเงินบำรุงการศึกษาโดยไม่แจ้งรายละเอียด",
        {"complaint_type": ComplaintType.SCHOOL, "transferred_to": "คณะกรรมการสถานศึกษาขั้นพื้นฐานของโรงเรียน"},
    ),
    (
        "C69-DC2R06",
        CaseKind.COMPLAINT,
        dt.date(2026, 8, 11),
        CaseStatus.ANSWERED,
        "ใช้รถราชการไปธุระส่วนตัว",
        "พบรถราชการจอดที่ตลาดนัดนอกเวลาราชการ",
        {"complaint_type": ComplaintType.CORRUPTION, "subject_person": "พนักงานขับรถของสำนักงาน"},
    ),
    (
        "R69-DR2R01",
        CaseKind.INFORMATION_REQUEST,
        dt.date(2025, 10, 20),
        CaseStatus.ANSWERED,
        "แผนปฏิบัติการประจำปีงบประมาณ 2569",
        "ขอสำเนาแผนปฏิบัติการประจำปีงบประมาณ 2569 ของสำนักงาน",
        {"purpose": "ใช้ประกอบการทำวิทยานิพนธ์", "delivery_method": DeliveryMethod.EMAIL},
    ),
    (
        "R69-DR2R02",
        CaseKind.INFORMATION_REQUEST,
        dt.date(2026, 2, 24),
        CaseStatus.IN_PROGRESS,
        "ผลการจัดซื้อจัดจ้างเดือนมกราคม 2569",
        "ขอรายงานสรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนมกราคม 2569",
        {"purpose": "ตรวจสอบการใช้จ่ายงบประมาณ", "delivery_method": DeliveryMethod.POST},
    ),
    (
        "R69-DR2R03",
        CaseKind.INFORMATION_REQUEST,
        dt.date(2026, 6, 15),
        CaseStatus.RECEIVED,
        "รายชื่อโรงเรียนในสังกัด",
        "ขอรายชื่อโรงเรียนในสังกัดพร้อมจำนวนนักเรียน",
        {"purpose": "ใช้วางแผนโครงการของมูลนิธิ", "delivery_method": DeliveryMethod.EMAIL},
    ),
    (
        "R69-DR2R04",
        CaseKind.INFORMATION_REQUEST,
        dt.date(2026, 5, 27),
        CaseStatus.REFUSED,
        "ประวัติส่วนตัวของครูในโรงเรียน",
        "ขอประวัติและที่อยู่ของครูทุกคนในโรงเรียนบ้านควนขนุน",
        {"purpose": "ติดต่อส่วนตัว", "delivery_method": DeliveryMethod.IN_PERSON},
    ),
    (
        "R69-DR2R05",
        CaseKind.INFORMATION_REQUEST,
        dt.date(2026, 9, 1),
        CaseStatus.TRANSFERRED,
        "ผลสอบ O-NET ของจังหวัด",
        "ขอผลสอบ O-NET รายโรงเรียนของทั้งจังหวัด",
        {
            "purpose": "ศึกษาวิจัย",
            "delivery_method": DeliveryMethod.EMAIL,
            "transferred_to": "สถาบันทดสอบทางการศึกษาแห่งชาติ (สทศ.)",
        },
    ),
]

PEOPLE = [
    ("นางสาวมณีรัตน์ ศรีทอง", "maneerat@example.com", "081-234-5678"),
    ("นายประยุทธ แก้วประเสริฐ", "prayut.k@example.com", "089-765-4321"),
    ("นางจันทร์เพ็ญ ทองดี", "", "086-111-2233"),
]


def load(ctx):
    _legal_officer(ctx)
    _routes(ctx)
    topics = {
        name: QuestionTopic.objects.get_or_create(name=name, defaults={"sort_order": i})[0]
        for i, name in enumerate(TOPICS)
    }
    for index, (code, kind, received, status, subject, message, extra) in enumerate(CASES):
        if Case.objects.filter(tracking_code=code).exists():
            continue
        _case(ctx, index, code, kind, received, status, subject, message, dict(extra), topics)
    _ita_pages(ctx)


def _legal_officer(ctx):
    username, prefix, first, last, position = LEGAL_USER
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "name_prefix": prefix,
            "first_name": first,
            "last_name": last,
            "position": position,
            "email": f"{username}@phatthalung2.example.go.th",
        },
    )
    if created or ctx.reset_passwords:
        user.set_password(ctx.password)
        user.save()
    legal = ctx.departments.get("legal-affairs")
    user.groups.add(*Group.objects.filter(name=roles.EDITORS))
    if legal and legal.editors_group_id:
        user.groups.add(legal.editors_group)
    ctx.users[username] = user


def _routes(ctx):
    for key, slug in ROUTES.items():
        route, _ = CaseRoute.objects.get_or_create(key=key)
        if route.department_id is None and slug in ctx.departments:
            route.department = ctx.departments[slug]
            route.save(update_fields=["department"])


def _at(day, hour):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 15)))


def _case(ctx, index, code, kind, received, status, subject, message, extra, topics):
    name, email, phone = PEOPLE[index % len(PEOPLE)]
    topic = extra.pop("topic", None)
    case = Case(
        kind=kind,
        tracking_code=code,
        subject=subject,
        message=message,
        name=name,
        email=email,
        phone=phone,
        consent=True,
        received_at=_at(received, 9),
        topic=topics.get(topic),
        **extra,
    )
    if case.anonymous:
        case.name = ""
    apply_route(case, ctx.site)
    handler = _handler(ctx, case)
    steps = [(CaseStatus.RECEIVED, None, "ยื่นเรื่องผ่านแบบฟอร์มบนเว็บไซต์", case.received_at)]
    if status != CaseStatus.RECEIVED:
        acknowledged = _at(case.acknowledge_due, 10)
        steps.append((CaseStatus.IN_PROGRESS, handler, "รับเรื่องและมอบหมายผู้รับผิดชอบ", acknowledged))
        case.acknowledged_at = acknowledged
    if status in ANSWERS:
        closed = _at(case.answer_due - dt.timedelta(days=2), 14)
        case.public_answer = case.public_answer or ANSWERS[status]
        case.closed_at = closed
        steps.append((status, handler, "ตรวจสอบข้อเท็จจริงและแจ้งผลแล้ว", closed))
    case.status = status
    case.save()
    CaseEvent.objects.bulk_create(
        CaseEvent(case=case, status=step, user=user, note=note, created_at=moment)
        for step, user, note, moment in steps
    )


def _handler(ctx, case):
    if case.route_key == RouteKey.CORRUPTION:
        return ctx.users.get("legal")
    return ctx.users.get("groupdirector")


def _ita_pages(ctx):
    """Point the ITA pages at the services, found by their items' titles (codes change every round)."""
    from transparency.models import TransparencyPage

    for page in TransparencyPage.objects.select_related("item"):
        title = page.item.title
        if "สถิติเรื่องร้องเรียน" in title:
            changes = {
                "automatic_content": TransparencyPage.AutomaticContent.COMPLAINT_STATISTICS,
                "nothing_to_report": "",
            }
        elif "ช่องทางแจ้งเรื่องร้องเรียน" in title:
            changes = {
                "body": _links_body(
                    "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านแบบฟอร์มของสำนักงาน", "/services/complaint/"
                )
            }
        elif "ข้อมูลการติดต่อ" in title:
            changes = {
                "body": _links_body(
                    "ถาม-ตอบ: ส่งคำถามถึงสำนักงาน",
                    "/services/question/",
                    ("คำถามและคำตอบที่เผยแพร่", "/services/questions/"),
                    ("ศูนย์ข้อมูลข่าวสารราชการ", "/services/information-center/"),
                )
            }
        else:
            continue
        _update_page(ctx, page, changes)


def _links_body(text, url, *more):
    links = "".join(f'<li><a href="{href}">{label}</a></li>' for label, href in ((text, url), *more))
    return [("paragraph", f"<ul>{links}</ul>")]


def _update_page(ctx, page, changes):
    """Apply ``changes`` once: a page whose body or automatic content is already set is left alone."""
    if page.automatic_content or (page.body and "body" in changes):
        return
    for field, value in changes.items():
        setattr(page, field, value)
    revision = page.save_revision(user=ctx.users.get("admin"), log_action=False)
    if page.live:
        revision.publish(log_action=False)
