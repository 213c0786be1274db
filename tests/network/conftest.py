"""Fixtures of the network tests: the demo office with its register, and news pages to send."""

import pytest

from home.models import StandardPage
from network import demo as network_demo
from network import pages


@pytest.fixture
def register(demo):
    """The demo office with the register of seed 001 and the PR network."""
    network_demo.load(demo)
    return demo


@pytest.fixture
def news_model(monkeypatch):
    """Treat StandardPage as the news model, so the tests do not depend on newsroom's progress."""
    monkeypatch.setattr(pages, "news_page_model", lambda: StandardPage)
    return StandardPage


@pytest.fixture
def news_page(demo, news_model):
    """A live news page with an intro, a share image and an attached document."""
    image = demo.image("ภาพข่าวประชุมผู้บริหารสถานศึกษา", "ประชุม", seed=3, size=(800, 500))
    document = demo.document("กำหนดการประชุมผู้บริหารสถานศึกษา", ["กำหนดการ 09.00 น. ลงทะเบียน"])
    return demo.page(
        demo.home_page,
        StandardPage,
        "meeting-news",
        title="ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570",
        intro="ผู้อำนวยการ สพป.พัทลุง เขต 2 ประชุมผู้บริหารสถานศึกษาทุกโรงเรียนเพื่อชี้แจงนโยบายปีงบประมาณ 2570",
        social_image=image,
        body=[("document", {"document": document, "title": "กำหนดการ"})],
    )
