"""The demo satisfaction survey: its questions, and responses through fiscal 2569 and 2570 so far.

Idempotent: the page is found by its slug, and responses are added only while it has none.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from feedback.levels import Level
from feedback.models import RATING_FIELD, SurveyPage, SurveyQuestion, SurveyRating, SurveyResponse
from home.thai_dates import fiscal_year_period

SLUG = "satisfaction-survey"
RESPONDENTS = [
    "ครูและบุคลากรทางการศึกษา",
    "ผู้บริหารสถานศึกษา",
    "ผู้ปกครองและนักเรียน",
    "ประชาชนทั่วไป",
    "หน่วยงานภาครัฐและเอกชน",
]
RATINGS = [
    "ข้อมูลข่าวสารถูกต้อง ครบถ้วน น่าเชื่อถือ",
    "ข่าวสารเผยแพร่รวดเร็ว ทันต่อเหตุการณ์",
    "ค้นหาข้อมูลบนเว็บไซต์ได้สะดวก",
    "ช่องทางประชาสัมพันธ์ (เว็บไซต์ Facebook LINE จดหมายข่าว) เข้าถึงง่าย",
    "เจ้าหน้าที่ประชาสัมพันธ์ให้บริการด้วยความเต็มใจ",
    "ความพึงพอใจต่อการประชาสัมพันธ์ของสำนักงานโดยรวม",
]
SUGGESTION = "ข้อเสนอแนะเพื่อการปรับปรุง"
SUGGESTIONS = [
    "อยากให้แจ้งข่าวการสอบบรรจุครูผ่านกลุ่ม LINE เร็วขึ้น",
    "ควรเพิ่มภาพกิจกรรมของโรงเรียนขนาดเล็กในจดหมายข่าว",
    "หน้าเว็บไซต์อ่านบนโทรศัพท์ได้สะดวกดี ขอบคุณครับ",
    "อยากให้มีปฏิทินกิจกรรมของเขตพื้นที่ล่วงหน้าทั้งเดือน",
]
# A response's answers cycle through these levels: about 85% at the top two levels, as an office
# that meets its 80% target would see.
LEVELS = [Level.VERY_HIGH, Level.HIGH, Level.VERY_HIGH, Level.HIGH, Level.MEDIUM, Level.VERY_HIGH, Level.HIGH]
RESPONSES_2569 = 120


def load(ctx):
    if ctx.home_page is None:
        return
    page = ctx.page(
        ctx.home_page,
        SurveyPage,
        SLUG,
        title="แบบสำรวจความพึงพอใจของผู้ใช้บริการ",
        intro=(
            "<p>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 ขอความร่วมมือท่านตอบแบบสำรวจ"
            "ความพึงพอใจต่อการประชาสัมพันธ์และการให้บริการข้อมูลข่าวสาร ใช้เวลาประมาณ 2 นาที"
            " ไม่ต้องระบุชื่อ</p>"
        ),
        thank_you_text="<p>ขอบคุณที่สละเวลาตอบแบบสำรวจ ความเห็นของท่านจะนำไปพัฒนาการให้บริการของสำนักงาน</p>",
        form_fields=_questions(),
    )
    if SurveyResponse.objects.filter(page=page).exists():
        return
    today = timezone.localdate()
    year_2569 = fiscal_year_period(2569)
    year_2570 = fiscal_year_period(2570)
    days_2570 = max((min(today, year_2570.end) - year_2570.start).days, 1)
    moments = _spread(year_2569.start, (year_2569.end - year_2569.start).days, RESPONSES_2569)
    moments += _spread(year_2570.start, days_2570, max(RESPONSES_2569 * days_2570 // 365, 1))
    _responses(page, moments)
    ctx.log(f"feedback: survey with {len(moments)} demo responses")


def _questions():
    questions = [
        SurveyQuestion(
            label="ท่านเป็น", field_type="radio", required=True, choices="\n".join(RESPONDENTS), sort_order=0
        )
    ]
    questions += [
        SurveyQuestion(label=label, field_type=RATING_FIELD, required=True, sort_order=n + 1)
        for n, label in enumerate(RATINGS)
    ]
    questions.append(
        SurveyQuestion(
            label=SUGGESTION,
            field_type="multiline",
            required=False,
            help_text="ส่งถึงเจ้าหน้าที่ประชาสัมพันธ์เท่านั้น ไม่แสดงบนเว็บไซต์ กรุณาอย่าใส่ข้อมูลส่วนบุคคล",
            sort_order=len(RATINGS) + 1,
        )
    )
    return questions


def _spread(first_day, days, count):
    zone = timezone.get_current_timezone()
    return [
        datetime.combine(first_day + timedelta(days=days * n // count), time(9 + n % 8, 15), tzinfo=zone)
        for n in range(count)
    ]


def _responses(page, moments):
    questions = list(page.get_form_fields())
    responses = []
    answers = []
    for n, moment in enumerate(moments):
        data = {}
        levels = []
        for k, question in enumerate(questions):
            if question.field_type == RATING_FIELD:
                level = LEVELS[(n + k) % len(LEVELS)]
                data[question.clean_name] = level.label
                levels.append((question.label, level))
            elif question.field_type == "radio":
                data[question.clean_name] = RESPONDENTS[n % len(RESPONDENTS)]
            else:
                data[question.clean_name] = SUGGESTIONS[n // 5 % len(SUGGESTIONS)] if n % 5 == 0 else ""
        responses.append(SurveyResponse(page=page, form_data=data, session_hash=f"demo-survey-{n:052d}"))
        answers.append((moment, levels))
    created = SurveyResponse.objects.bulk_create(responses)
    for response, (moment, _) in zip(created, answers, strict=True):
        response.submit_time = moment  # auto_now_add set it to now; bulk_update keeps this value
    SurveyResponse.objects.bulk_update(created, ["submit_time"])
    SurveyRating.objects.bulk_create(
        SurveyRating(response=response, question=label, level=level, created_at=moment)
        for response, (moment, levels) in zip(created, answers, strict=True)
        for label, level in levels
    )
