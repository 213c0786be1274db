"""Document titles and text (PDF, DOCX) are searched through the pages that publish them."""

import io

import docx
import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from home.demo_files import wagtail_document
from newsroom.models import NewsAttachment
from search.documents import extract_document_text
from search.models import DocumentText
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


def _attach(page, document):
    page.attachments.add(NewsAttachment(document=document))
    page.save_revision().publish()


def test_pdf_text_is_extracted_by_the_worker_and_finds_the_page(
    newsroom, make_news, search, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = wagtail_document("คำสั่งแต่งตั้งคณะทำงาน", ["แต่งตั้งคณะทำงานขับเคลื่อนหลักสูตรฐานสมรรถนะ"])
    extracted = DocumentText.objects.get(document=document)
    assert extracted.status == DocumentText.Status.DONE
    assert "สมรรถนะ" in extracted.text

    page = make_news("ข่าวประกาศคำสั่ง", intro="")
    _attach(page, document)
    response = search("สมรรถนะ", type="news")
    assert titles(response) == ["ข่าวประกาศคำสั่ง"]
    assert "<mark>สมรรถนะ</mark>" in response.content.decode()
    assert titles(search("คำสั่งแต่งตั้ง", type="news")) == ["ข่าวประกาศคำสั่ง"]  # the document's title


def test_a_docx_extracted_after_publication_reindexes_its_page(newsroom, make_news, search):
    buffer = io.BytesIO()
    word = docx.Document()
    word.add_paragraph("รายงานผลการนิเทศติดตามการจัดการเรียนรู้ภาษาอังกฤษ")
    word.save(buffer)
    document = Document(title="รายงานผล")
    document.file.save("report.docx", ContentFile(buffer.getvalue()), save=False)
    document.save()  # the worker has not run yet (no commit in a test)
    page = make_news("ข่าวรายงานผล", intro="")
    _attach(page, document)
    assert titles(search("นิเทศ", type="news")) == []

    extract_document_text(document.pk)
    assert titles(search("นิเทศ", type="news")) == ["ข่าวรายงานผล"]


def test_unsupported_or_damaged_files_are_recorded_not_raised(newsroom):
    broken = Document(title="ไฟล์เสีย")
    broken.file.save("broken.pdf", ContentFile(b"%PDF-1.4 not really"), save=False)
    broken.save()
    sheet = Document(title="ตาราง")
    sheet.file.save("sheet.csv", ContentFile(b"a,b\n"), save=False)
    sheet.save()
    extract_document_text(broken.pk)
    extract_document_text(sheet.pk)
    assert DocumentText.objects.get(document=broken).status == DocumentText.Status.FAILED
    assert DocumentText.objects.get(document=sheet).status == DocumentText.Status.UNSUPPORTED
