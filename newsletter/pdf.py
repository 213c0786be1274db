"""An issue as an A4 PDF in Sarabun (``home.pdf``): masthead, editorial, contents, then each item
with its cover image, group, date, text and the address of the full story."""

import io
import logging

from fpdf import FPDF

from home.models import OfficeSettings
from home.pdf import thai_lines, thai_pdf
from home.site_url import absolute_url
from home.thai_dates import thai_date
from newsletter.listing import MAIL_RENDITION, cover_of

logger = logging.getLogger(__name__)

NAVY = (18, 58, 107)
MUTED = (90, 90, 90)
IMAGE_WIDTH = 62  # mm; renditions are 16:10
GAP = 4


class IssuePDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-12)
        self.set_font_size(9)
        self.set_text_color(*MUTED)
        self.cell(0, 6, f"{self.footer_text}  ·  หน้า {self.page_no()}/{{nb}}", align="C")


def _office(issue):
    site = issue.get_site()
    return OfficeSettings.for_site(site) if site else OfficeSettings()


def _image_bytes(image, spec=MAIL_RENDITION):
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            return io.BytesIO(handle.read())
    except (OSError, ValueError):
        # A missing file must not stop the issue: the item prints without its picture.
        logger.warning("image %s could not be read for the newsletter PDF", image.pk)
        return None


def _lines(pdf, text, line_height, x, width):
    for line in thai_lines(pdf, text, width):
        pdf.set_x(x)
        pdf.cell(width, line_height, line, new_x="LEFT", new_y="NEXT")


def issue_pdf(issue, items):
    """The PDF's bytes; ``items`` as ``newsletter.listing.issue_items`` gives them."""
    office = _office(issue)
    pdf, write = thai_pdf(size=13, pdf_class=IssuePDF)
    pdf.footer_text = write(f"จดหมายข่าว {office.display_name} {issue.issue_label}")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(write(f"จดหมายข่าว {office.display_name} {issue.issue_label}"))
    pdf.set_author(write(office.office_name))
    pdf.add_page()
    _masthead(pdf, write, issue, office)
    cover = cover_of(issue, items)
    if issue.cover_image_id and cover is not None:
        data = _image_bytes(cover, "fill-1200x600|format-jpeg")
        if data is not None:
            pdf.image(data, x=pdf.l_margin, w=pdf.epw, h=pdf.epw / 2)
            pdf.ln(GAP)
    if issue.editorial:
        pdf.set_font_size(13)
        pdf.set_text_color(0, 0, 0)
        _lines(pdf, write(issue.editorial), 7, pdf.l_margin, pdf.epw)
        pdf.ln(GAP)
    if items:
        _contents(pdf, write, items)
    for item in items:
        _item(pdf, write, item)
    return bytes(pdf.output())


def _masthead(pdf, write, issue, office):
    top = pdf.get_y()
    pdf.set_fill_color(*NAVY)
    pdf.rect(pdf.l_margin, top, pdf.epw, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin + 5, top + 3)
    pdf.set_font(style="B", size=24)
    pdf.cell(pdf.epw - 10, 12, write("จดหมายข่าว"), new_x="LEFT", new_y="NEXT")
    pdf.set_font(style="", size=13)
    pdf.cell(pdf.epw - 10, 7, write(office.office_name), new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + 5, top + 4)
    pdf.set_font_size(12)
    pdf.cell(pdf.epw - 10, 6, write(issue.issue_label), align="R", new_x="LEFT", new_y="NEXT")
    pdf.cell(pdf.epw - 10, 6, write(issue.date_label), align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, top + 30 + GAP)
    pdf.set_text_color(*MUTED)
    if issue.period_label:
        pdf.set_font_size(11)
        pdf.cell(0, 6, write(f"ข่าวระหว่างวันที่ {issue.period_label}"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_text_color(0, 0, 0)


def _contents(pdf, write, items):
    pdf.set_font(style="B", size=14)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 8, write("ในฉบับนี้"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(style="", size=12)
    pdf.set_text_color(0, 0, 0)
    for number, item in enumerate(items, start=1):
        _lines(pdf, write(f"{number}. {item.news.title}"), 6.5, pdf.l_margin + 3, pdf.epw - 3)
    pdf.ln(GAP)


def _item(pdf, write, item):
    news = item.news
    image = _image_bytes(news.cover_image) if news.cover_image_id else None
    image_height = IMAGE_WIDTH * 10 / 16
    # Keep a title with the start of its text: a new page when less than this is left.
    if pdf.get_y() + max(image_height, 30) > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(3)
    top, first_page = pdf.get_y(), pdf.page
    x, width = pdf.l_margin, pdf.epw
    if image is not None:
        pdf.image(image, x=pdf.l_margin, y=top, w=IMAGE_WIDTH, h=image_height)
        x, width = pdf.l_margin + IMAGE_WIDTH + GAP, pdf.epw - IMAGE_WIDTH - GAP
    pdf.set_xy(x, top)
    pdf.set_font(style="B", size=14)
    pdf.set_text_color(*NAVY)
    _lines(pdf, write(news.title), 7, x, width)
    pdf.set_font(style="", size=11)
    pdf.set_text_color(*MUTED)
    group = getattr(news, "owning_group", None)
    meta = " · ".join(
        part for part in (group.title if group else "", thai_date(news.first_published_at)) if part
    )
    _lines(pdf, write(meta), 6, x, width)
    pdf.set_font_size(12)
    pdf.set_text_color(0, 0, 0)
    if item.text:
        _lines(pdf, write(item.text), 6.5, x, width)
    link = absolute_url(news)
    if link:
        pdf.set_font_size(10)
        pdf.set_text_color(*NAVY)
        pdf.set_x(x)
        pdf.cell(width, 6, write(f"อ่านต่อ: {link}"), link=link, new_x="LEFT", new_y="NEXT")
    bottom = pdf.get_y()
    if image is not None and pdf.page == first_page:
        bottom = max(bottom, top + image_height)
    pdf.set_xy(pdf.l_margin, bottom + GAP)
