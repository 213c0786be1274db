"""The journal: preloaded columns, covers by BE year, the issue's table of contents, the home section."""

import re
from datetime import date

import pytest

from newsroom.models import JournalColumn, JournalIssuePage
from newsroom.skeleton import ensure_indexes
from tests import factories

pytestmark = pytest.mark.django_db

STANDING_COLUMNS = [
    "บก.แถลง",
    "จากใจ ผอ.สพป.",
    "ร้อยรสบทกวี",
    "คุยเฟื่องเรื่องนิเทศ",
    "รอบรั้วโรงเรียน",
    "เก็บสิ่งดี ๆ มาฝาก",
    "มุมเผยแพร่นวัตกรรม",
    "รู้เรื่องเมืองลุง",
    "มุม...สบาย ๆ",
    "แวดวงเสมา",
]


def test_the_ten_standing_columns_are_preloaded_in_order(db):
    assert list(JournalColumn.objects.values_list("name", flat=True)) == STANDING_COLUMNS


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (date(2026, 10, 1), date(2026, 11, 1), "ตุลาคม–พฤศจิกายน 2569"),
        (date(2026, 10, 1), None, "ตุลาคม 2569"),
        (date(2025, 12, 1), date(2026, 1, 1), "ธันวาคม 2568–มกราคม 2569"),
    ],
)
def test_period_is_shown_in_buddhist_era(start, end, label):
    assert JournalIssuePage(period_start=start, period_end=end).period_label == label


def test_period_end_before_start_is_refused():
    from django.core.exceptions import ValidationError

    issue = JournalIssuePage(
        title="x", slug="x", volume=1, number=1, period_start=date(2026, 10, 1), period_end=date(2026, 9, 1)
    )
    with pytest.raises(ValidationError) as error:
        issue.clean()
    assert error.value.message_dict["period_end"] == ["เดือนสุดท้ายต้องไม่ก่อนเดือนที่เริ่ม"]


def test_index_shows_covers_grouped_by_buddhist_era_year(newsroom, make_issue, client):
    cover = newsroom.image("ปกวารสารทดสอบ", seed=7, size=(600, 848))
    make_issue(11, 1, date(2025, 12, 1), date(2026, 1, 1), cover_image=cover)
    make_issue(11, 2, date(2026, 2, 1), date(2026, 3, 1), cover_image=cover)
    make_issue(12, 1, date(2026, 10, 1), date(2026, 11, 1), cover_image=cover)

    response = client.get("/journal/")

    html = response.content.decode()
    years = [(year, [issue.issue_label for issue in issues]) for year, issues in response.context["years"]]
    assert years == [(2569, ["ปีที่ 12 ฉบับที่ 1", "ปีที่ 11 ฉบับที่ 2"]), (2568, ["ปีที่ 11 ฉบับที่ 1"])]
    assert '<h2 id="journal-year-2569">พ.ศ. 2569</h2>' in html
    assert "ตุลาคม–พฤศจิกายน 2569" in html
    assert len(re.findall(r'src="[^"]+fill-300x424[^"]*"', html)) == 3
    assert 'href="/journal/contribute/"' in html


def test_issue_page_shows_toc_by_column_and_download_with_size(newsroom, make_issue, client):
    pdf = newsroom.document("วารสาร ปีที่ 12 ฉบับที่ 1", ["วารสารประชาสัมพันธ์"])
    issue = make_issue(
        12,
        1,
        date(2026, 10, 1),
        date(2026, 11, 1),
        pdf=pdf,
        print_run=450,
        articles=[
            ("รอบรั้วโรงเรียน", "กีฬาสีโรงเรียนบ้านป่าบอน", "ครูสมใจ", 12),
            ("บก.แถลง", "สวัสดีผู้อ่าน", "บรรณาธิการ", 1),
            ("รอบรั้วโรงเรียน", "ทัศนศึกษาทะเลน้อย", "ครูวันดี", 14),
        ],
    )

    response = client.get(issue.url)

    html = response.content.decode()
    toc = [(column.name, [a.title for a in articles]) for column, articles in response.context["toc"]]
    assert toc == [("บก.แถลง", ["สวัสดีผู้อ่าน"]), ("รอบรั้วโรงเรียน", ["กีฬาสีโรงเรียนบ้านป่าบอน", "ทัศนศึกษาทะเลน้อย"])]
    assert '<h3 class="journal-toc__column">รอบรั้วโรงเรียน</h3>' in html
    assert "หน้า 12" in html and "— ครูสมใจ" in html
    assert "ปีที่ 12 ฉบับที่ 1" in html and "ตุลาคม–พฤศจิกายน 2569" in html and "450 เล่ม" in html
    size = re.search(
        r'<a class="button" href="(/documents/[^"]+)">ดาวน์โหลดวารสารฉบับเต็ม <span[^>]*>\(PDF, ([^)]+)\)', html
    )
    assert size, "download link with type and size"
    assert re.fullmatch(r"[\d.,]+\s\S+", size.group(2)), size.group(2)
    assert "{% block page_notices %}" not in html


def test_latest_issue_is_on_the_home_page(newsroom, make_issue, client):
    make_issue(11, 5, date(2026, 8, 1), date(2026, 9, 1), title="วารสารฉบับสิงหาคม")
    make_issue(12, 1, date(2026, 10, 1), date(2026, 11, 1), title="วารสารฉบับตุลาคม")
    html = client.get("/").content.decode()
    assert "วารสารฉบับล่าสุด" in html
    assert "วารสารฉบับตุลาคม" in html
    assert "วารสารฉบับสิงหาคม" not in html


def test_home_page_without_newsroom_content_shows_no_empty_sections(newsroom, client):
    html = client.get("/").content.decode()
    assert "วารสารฉบับล่าสุด" not in html
    assert "ข่าวประชาสัมพันธ์ล่าสุด" not in html


def test_each_office_home_page_shows_its_own_latest_issue(newsroom, make_issue, client):
    """Two offices in one installation (a Wagtail Site each): the journal section of a home page
    comes from that site's own journal, not from the first journal index in the tree."""
    from wagtail.models import Page, Site

    from home.models import HomePage
    from home.skeleton import ensure_page

    make_issue(12, 1, date(2026, 10, 1), date(2026, 11, 1), title="วารสาร สพป.ทดสอบ เขต 1")
    other_home = ensure_page(Page.get_first_root_node(), HomePage, "office-2", title="สพป.ทดสอบ เขต 2")
    Site.objects.create(hostname="office2.example.go.th", port=80, root_page=other_home, site_name="เขต 2")
    other_journal = ensure_indexes(other_home)[1]
    factories.journal_issue(other_journal, 3, 4, date(2026, 9, 1), title="วารสาร สพป.ทดสอบ เขต 2")

    first = client.get("/").content.decode()
    second = client.get("/", headers={"host": "office2.example.go.th"}).content.decode()
    assert "วารสาร สพป.ทดสอบ เขต 1" in first and "วารสาร สพป.ทดสอบ เขต 2" not in first
    assert "วารสาร สพป.ทดสอบ เขต 2" in second and "วารสาร สพป.ทดสอบ เขต 1" not in second
