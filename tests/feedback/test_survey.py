"""The satisfaction survey (000 §6, 003 ≥80%): a Wagtail form page with a five-level rating field,
no login or JavaScript, once per session, rate limited, bots fooled, answers for PR officers only;
and the satisfaction KPI that counts its ratings beside the page ratings."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from feedback.figures import LABEL, PAGE_LABEL, SURVEY_LABEL, satisfaction, satisfaction_parts
from feedback.models import Level, PageRating, SurveyRating, SurveyResponse
from feedback.survey import RATE_LIMIT
from reports.kpis import Scope
from reports.periods import report_period
from tests import factories

pytestmark = pytest.mark.django_db

SUGGESTION = "อยากให้แจ้งข่าวการสอบบรรจุครูผ่านกลุ่ม LINE เร็วขึ้น"
FY2569 = Scope(report_period(2569, "12m"))


@pytest.fixture
def survey(demo):
    return factories.survey_page(demo)


def _names(survey):
    """The form's field names (Wagtail's clean names of the Thai labels), by label."""
    return {question.label: question.clean_name for question in survey.get_form_fields()}


def _answers(survey, overall=Level.VERY_HIGH, accuracy=Level.HIGH, suggestion=SUGGESTION):
    names = _names(survey)
    return {
        names["ท่านเป็น"]: "ผู้ปกครองและนักเรียน",
        names["ข้อมูลข่าวสารถูกต้อง ครบถ้วน น่าเชื่อถือ"]: str(int(accuracy)),
        names["ความพึงพอใจต่อการประชาสัมพันธ์ของสำนักงานโดยรวม"]: str(int(overall)),
        names["ข้อเสนอแนะเพื่อการปรับปรุง"]: suggestion,
    }


def test_the_survey_is_a_plain_form_with_five_levels_a_token_and_no_cache(client, survey):
    response = client.get(survey.url)
    page = response.content.decode()
    assert response.status_code == 200
    assert 'method="post"' in page and "csrfmiddlewaretoken" in page
    assert "<script" not in page.split('<form method="post"')[1].split("</form>")[0]
    for label in ("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"):
        assert f"> {label}</label>" in page
    assert page.count('type="radio"') == 2 + 2 * 5  # who answers (2 choices) + two ratings
    assert 'name="website"' in page  # the honeypot
    assert "ท่านพึงพอใจต่อข้อมูลในหน้านี้เพียงใด" not in page  # no short rating under the survey
    assert "no-cache" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_a_response_is_saved_with_its_ratings_and_the_pr_officers_get_the_suggestion(client, survey):
    response = client.post(survey.url, _answers(survey))
    assert response.status_code == 200
    assert "ขอบคุณ" in response.content.decode()
    saved = SurveyResponse.objects.get(page=survey)
    data = saved.get_data()
    names = _names(survey)
    assert data[names["ความพึงพอใจต่อการประชาสัมพันธ์ของสำนักงานโดยรวม"]] == "มากที่สุด"
    assert data[names["ข้อมูลข่าวสารถูกต้อง ครบถ้วน น่าเชื่อถือ"]] == "มาก"
    assert "website" not in data
    assert len(saved.session_hash) == 64
    assert sorted(SurveyRating.objects.values_list("question", "level")) == [
        ("ข้อมูลข่าวสารถูกต้อง ครบถ้วน น่าเชื่อถือ", 4),
        ("ความพึงพอใจต่อการประชาสัมพันธ์ของสำนักงานโดยรวม", 5),
    ]
    assert [message.to for message in mail.outbox] == [["pr@phatthalung2.example.go.th"]]
    assert SUGGESTION in mail.outbox[0].body
    # Never public: not on the survey, not on the home page.
    assert SUGGESTION not in client.get(survey.url).content.decode()


def test_one_response_per_visitor_session(client, survey):
    client.post(survey.url, _answers(survey))
    again = client.post(survey.url, _answers(survey, overall=Level.VERY_LOW))
    assert "ท่านได้ตอบแบบสำรวจนี้แล้ว" in again.content.decode()
    assert "ท่านได้ตอบแบบสำรวจนี้แล้ว" in client.get(survey.url).content.decode()
    assert SurveyResponse.objects.count() == 1
    assert not SurveyRating.objects.filter(level=Level.VERY_LOW).exists()
    client.cookies.clear()  # another visitor
    assert client.post(survey.url, _answers(survey)).status_code == 200
    assert SurveyResponse.objects.count() == 2


def test_a_missing_rating_is_explained_in_thai_and_nothing_typed_is_lost(client, survey):
    answers = _answers(survey)
    del answers[_names(survey)["ความพึงพอใจต่อการประชาสัมพันธ์ของสำนักงานโดยรวม"]]
    response = client.post(survey.url, answers)
    page = response.content.decode()
    assert "กรุณาเลือกระดับความพึงพอใจ" in page
    assert SUGGESTION in page
    assert not SurveyResponse.objects.exists() and not SurveyRating.objects.exists()


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored(client, survey):
    response = client.post(survey.url, {**_answers(survey), "website": "http://spam.example"})
    assert response.status_code == 200 and "ขอบคุณ" in response.content.decode()
    assert not SurveyResponse.objects.exists()
    assert mail.outbox == []


def test_responses_are_rate_limited_per_address(client, survey):
    for _ in range(RATE_LIMIT):
        client.cookies.clear()
        client.post(survey.url, _answers(survey))
    client.cookies.clear()
    refused = client.post(survey.url, _answers(survey))
    assert refused.status_code == 429
    assert "หลายครั้งเกินไป" in refused.content.decode()
    assert SurveyResponse.objects.count() == RATE_LIMIT


def test_pr_officers_edit_the_questions_and_read_the_answers(client, survey, demo, login):
    client.post(survey.url, _answers(survey))
    pr = login(demo.users["pr"])
    assert pr.get(f"/admin/pages/{survey.pk}/edit/").status_code == 200
    listing = pr.get(f"/admin/forms/submissions/{survey.pk}/")
    assert listing.status_code == 200 and SUGGESTION in listing.content.decode()
    assert pr.get(f"/admin/forms/submissions/{survey.pk}/?export=csv").status_code == 200


@pytest.mark.parametrize("role", ["editor", "editor2", "groupdirector"])
def test_editors_can_neither_edit_the_questions_nor_read_the_answers(client, survey, demo, login, role):
    client.post(survey.url, _answers(survey))
    staff = login(demo.users[role])
    assert staff.get(f"/admin/pages/{survey.pk}/edit/").status_code in (302, 403)
    answers = staff.get(f"/admin/forms/submissions/{survey.pk}/")
    assert answers.status_code in (302, 403) and SUGGESTION not in answers.content.decode()


@pytest.mark.parametrize("role", ["webmaster", "director"])
def test_answers_hold_personal_data_only_pr_officers_and_administrators_read_them(
    client, survey, demo, login, role
):
    """A webmaster edits every page of the site, the survey included, but never reads its answers."""
    client.post(survey.url, _answers(survey))
    staff = login(demo.users[role])
    answers = staff.get(f"/admin/forms/submissions/{survey.pk}/")
    assert answers.status_code in (302, 403) and SUGGESTION not in answers.content.decode()
    assert staff.get(f"/admin/forms/submissions/{survey.pk}/?export=csv").status_code in (302, 403)
    assert login(demo.users["admin"]).get(f"/admin/forms/submissions/{survey.pk}/").status_code == 200


# --- The satisfaction KPI ----------------------------------------------------------------------------


def _survey_rating(survey, level, when):
    response = SurveyResponse.objects.create(page=survey, form_data={}, session_hash="")
    return SurveyRating.objects.create(response=response, question="โดยรวม", level=level, created_at=when)


def test_the_kpi_counts_page_ratings_and_survey_answers_alike_and_shows_both(survey, make_news):
    zone = timezone.get_current_timezone()
    first = dt.datetime(2025, 10, 1, 0, 0, tzinfo=zone)
    news = make_news("ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2569", published=first)
    for n, level in enumerate([Level.VERY_HIGH, Level.HIGH, Level.MEDIUM, Level.LOW]):
        PageRating.objects.create(page=news, level=level, session_hash=f"{n:064d}", created_at=first)
    for level in [Level.VERY_HIGH, Level.VERY_HIGH, Level.HIGH, Level.HIGH, Level.VERY_HIGH, Level.MEDIUM]:
        _survey_rating(survey, level, first)
    _survey_rating(survey, Level.VERY_LOW, dt.datetime(2025, 9, 30, 23, 59, tzinfo=zone))  # fiscal 2568
    pages, answers = satisfaction_parts(FY2569)
    assert (pages.label, pages.hits, pages.total, pages.percent) == (PAGE_LABEL, 2, 4, 50.0)
    assert (answers.label, answers.hits, answers.total, answers.percent) == (SURVEY_LABEL, 5, 6, 83.3)
    together = satisfaction(FY2569)
    assert (together.label, together.hits, together.total, together.percent) == (LABEL, 7, 10, 70.0)
    assert together.meets_target is False

    from reports.report import build_report

    rows = build_report(FY2569.period).table("satisfaction").rows
    assert rows == [
        [PAGE_LABEL, 2, 4, "50.0%", "80%", "ต่ำกว่าเป้าหมาย"],
        [SURVEY_LABEL, 5, 6, "83.3%", "80%", "ผ่านเป้าหมาย"],
        [LABEL, 7, 10, "70.0%", "80%", "ต่ำกว่าเป้าหมาย"],
    ]


def test_a_groups_satisfaction_counts_only_its_page_ratings(survey, demo, make_news):
    zone = timezone.get_current_timezone()
    when = dt.datetime(2026, 1, 5, 10, tzinfo=zone)
    personnel = demo.departments["personnel"]
    news = make_news("ข่าวกลุ่มบุคคล", parent=personnel, published=when)
    PageRating.objects.create(page=news, level=Level.HIGH, session_hash="b" * 64, created_at=when)
    _survey_rating(survey, Level.VERY_LOW, when)
    ratio = satisfaction(Scope(FY2569.period, personnel))
    assert (ratio.hits, ratio.total) == (1, 1)
    assert (satisfaction(FY2569).hits, satisfaction(FY2569).total) == (1, 2)


def test_the_survey_costs_the_same_queries_whatever_its_questions(
    client, demo, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    short = factories.survey_page(demo, ratings=["โดยรวม"], suggestion="")
    long = factories.survey_page(demo, ratings=[f"ข้อคำถามที่ {n}" for n in range(1, 11)])
    client.get(short.url)  # the site's menus and settings, once
    with CaptureQueriesContext(connection) as few:
        client.get(short.url)
    with django_assert_max_num_queries(len(few)):
        assert client.get(long.url).status_code == 200
    with django_assert_max_num_queries(20):
        client.get(long.url)
