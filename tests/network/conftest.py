"""Fixtures of the network tests: the demo office with its register, and news pages to send."""

import pytest

from network import demo as network_demo
from tests import factories


@pytest.fixture
def register(demo):
    """The demo office with the register of seed 001 and the PR network."""
    network_demo.load(demo)
    return demo


@pytest.fixture
def news_index(demo):
    """``/news/``, where the network's news pages live."""
    return factories.news_index(demo)


@pytest.fixture
def news_page(demo, news_index):
    """A live news page with an intro, a cover image and an attached document."""
    image = demo.image("ภาพข่าวประชุมผู้บริหารสถานศึกษา", "ประชุม", seed=3, size=(800, 500))
    document = demo.document("กำหนดการประชุมผู้บริหารสถานศึกษา", ["กำหนดการ 09.00 น. ลงทะเบียน"])
    return factories.news_page(
        news_index,
        title="ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570",
        slug="meeting-news",
        intro="ผู้อำนวยการ สพป.พัทลุง เขต 2 ประชุมผู้บริหารสถานศึกษาทุกโรงเรียนเพื่อชี้แจงนโยบายปีงบประมาณ 2570",
        cover_image=image,
        body=[("document", {"document": document, "title": "กำหนดการ"})],
    )
