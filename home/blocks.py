"""The one story block every page body shares, and the blocks it is made of."""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="หัวข้อ", max_length=200)
    level = blocks.ChoiceBlock(
        label="ระดับ",
        choices=[("h2", "หัวข้อหลัก"), ("h3", "หัวข้อรอง"), ("h4", "หัวข้อย่อย")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "หัวข้อ"
        template = "components/streamfield/heading_block.html"
        description = "หัวข้อของเนื้อหาส่วนถัดไป"
        preview_value = {"text": "ผลการประชุมผู้บริหารสถานศึกษา", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="ภาพ")
    alt_text = blocks.CharBlock(
        label="คำอธิบายภาพสำหรับผู้พิการทางสายตา",
        max_length=250,
        required=False,
        help_text="ว่างไว้เพื่อใช้คำอธิบายของภาพในคลังภาพ",
    )
    caption = blocks.CharBlock(label="คำบรรยายภาพ", max_length=300, required=False)
    credit = blocks.CharBlock(label="ที่มา/ผู้ถ่ายภาพ", max_length=200, required=False)

    class Meta:
        icon = "image"
        label = "ภาพพร้อมคำบรรยาย"
        template = "components/streamfield/image_block.html"
        description = "ภาพหนึ่งภาพ พร้อมคำบรรยายและที่มา"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="ชื่อชุดภาพ", max_length=200, required=False)
    images = blocks.ListBlock(CaptionedImageBlock(), label="ภาพ", min_num=1, max_num=60)

    class Meta:
        icon = "grip"
        label = "แกลเลอรีภาพ"
        template = "components/streamfield/gallery_block.html"
        description = "ชุดภาพกิจกรรม แสดงเป็นตารางภาพ เปิดดูภาพใหญ่ได้โดยไม่ต้องใช้ JavaScript"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label="ลิงก์วิดีโอ", help_text="เช่น ลิงก์ YouTube หรือ Facebook")
    caption = blocks.CharBlock(label="คำบรรยาย", max_length=300, required=False)

    class Meta:
        icon = "media"
        label = "วิดีโอ"
        template = "components/streamfield/video_block.html"
        description = "วิดีโอจากเว็บไซต์ภายนอก พร้อมลิงก์สำรองสำหรับเปิดดูโดยตรง"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="ข้อความที่อ้างอิง")
    attribution = blocks.CharBlock(label="ผู้กล่าว/ที่มา", max_length=200, required=False)

    class Meta:
        icon = "openquote"
        label = "คำกล่าว"
        template = "components/streamfield/quote_block.html"
        description = "ข้อความที่ยกมา พร้อมระบุผู้กล่าวหรือแหล่งที่มา"
        preview_value = {
            "text": "การศึกษาคือรากฐานของการพัฒนาประเทศ",
            "attribution": "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="เอกสาร")
    title = blocks.CharBlock(label="ชื่อที่แสดง", max_length=250, required=False, help_text="ว่างไว้เพื่อใช้ชื่อเอกสาร")

    class Meta:
        icon = "doc-full"
        label = "ลิงก์เอกสาร"
        template = "components/streamfield/document_block.html"
        description = "ลิงก์ดาวน์โหลดเอกสาร แสดงชนิดและขนาดไฟล์"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="ชื่อลิงก์", max_length=120)
    url = blocks.URLBlock(label="ที่อยู่เว็บ")
    description = blocks.CharBlock(label="คำอธิบายสั้น", max_length=200, required=False)

    class Meta:
        icon = "link"
        label = "ลิงก์"
        template = "components/streamfield/link_block.html"
        description = "ลิงก์ไปยังบริการหรือเว็บไซต์ภายนอก"
        preview_value = {"title": "E-Office", "url": "https://example.go.th/eoffice"}


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="ย่อหน้า",
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="components/streamfield/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    table = TableBlock(
        label="ตาราง",
        template="components/streamfield/table_block.html",
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        },
    )
    document = DocumentLinkBlock()
