"""The newsroom's part of an office's skeleton (``setup_office`` and the demo): ``/news/`` and
``/journal/`` under the home page, with the PR officers' rights on both. Idempotent."""

from home.skeleton import ensure_page
from newsroom.models import JournalIndexPage, NewsIndexPage
from newsroom.permissions import ensure_pr_page_permissions


def ensure_indexes(home, user=None):
    news_index = ensure_page(
        home,
        NewsIndexPage,
        "news",
        user=user,
        title="ข่าวประชาสัมพันธ์",
        show_in_menus=True,
        intro="ข่าวสาร กิจกรรม และผลการดำเนินงานของสำนักงานและโรงเรียนในสังกัด",
    )
    journal_index = ensure_page(
        home,
        JournalIndexPage,
        "journal",
        user=user,
        title="วารสาร",
        show_in_menus=True,
        intro="วารสารประชาสัมพันธ์ของสำนักงาน เผยแพร่ให้โรงเรียนและหน่วยงานในพื้นที่",
        contribution_intro="ครูและบุคลากรส่งบทความ บทกวี นวัตกรรม หรือข่าวกิจกรรมของโรงเรียนได้ตามคอลัมน์ที่เปิดรับ",
    )
    # Signals grant these when the pages are created; repeated here for indexes made before them.
    ensure_pr_page_permissions(news_index, journal_index)
    return news_index, journal_index
