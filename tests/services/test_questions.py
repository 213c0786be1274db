"""The public Q&A page: answered questions the office chose to publish, by topic, without the person."""

import pytest

from services.models import Case, CaseStatus, QuestionTopic
from services.workflow import change_status

pytestmark = pytest.mark.django_db


def test_published_questions_by_topic_without_the_person(services, client):
    html = client.get("/services/questions/").content.decode()
    assert "การรับนักเรียน" in html
    assert "เด็กที่เกิดเดือนมิถุนายน 2564" in html
    published = Case.objects.get(tracking_code="Q69-DQ2R01")
    assert published.name not in html
    assert published.email not in html
    assert published.message not in html  # the person's own words stay private
    # An answered question the office did not publish, and an open one, are absent.
    assert "กำหนดการสอบครูผู้ช่วย" not in html


def test_publishing_needs_a_rewritten_question_and_a_topic(services, make_case, login):
    case = make_case("question")
    change_status(case, CaseStatus.ANSWERED, services.users["editor"], public_answer="ใช้ใบย้ายและทะเบียนบ้าน")
    client = login(services.users["editor"])
    url = f"/admin/services/cases/edit/{case.pk}/"
    response = client.post(url, {"publish_answer": "on", "public_answer": case.public_answer})
    assert response.status_code == 200
    assert "โปรดเรียบเรียงคำถามที่จะเผยแพร่" in response.content.decode()
    topic = QuestionTopic.objects.get(name="การรับนักเรียน")
    response = client.post(
        url,
        {
            "publish_answer": "on",
            "public_answer": case.public_answer,
            "public_question": "ย้ายโรงเรียนกลางภาคเรียนต้องใช้เอกสารอะไร",
            "topic": topic.pk,
        },
    )
    assert response.status_code == 302
    assert "ย้ายโรงเรียนกลางภาคเรียนต้องใช้เอกสารอะไร" in client.get("/services/questions/").content.decode()


def test_the_qa_page_has_a_fixed_number_of_queries(services, client, django_assert_max_num_queries):
    client.get("/services/questions/")  # warm the site and settings caches
    with django_assert_max_num_queries(8):
        client.get("/services/questions/")
    topic = QuestionTopic.objects.first()
    for number in range(40):
        Case.objects.create(
            kind="question",
            tracking_code=f"Q-MANY-{number}",
            subject="คำถาม",
            message="ข้อความ",
            status=CaseStatus.ANSWERED,
            publish_answer=True,
            public_question=f"คำถามที่ {number}",
            public_answer="คำตอบ",
            topic=topic,
            acknowledge_due="2026-01-01",
            answer_due="2026-01-01",
        )
    with django_assert_max_num_queries(8):
        client.get("/services/questions/")
