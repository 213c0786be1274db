"""The phone book as an A4 PDF (สมุดโทรศัพท์) in Sarabun: one table per section."""

from fpdf.fonts import FontFace

from home.pdf import thai_pdf
from home.thai_dates import thai_date


def phone_book_pdf(office_name, sections, staff_sections=(), today=None):
    pdf, write = thai_pdf(size=12)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(write(f"สมุดโทรศัพท์ {office_name}"))
    pdf.add_page()
    pdf.set_font_size(18)
    pdf.multi_cell(0, 10, write(f"สมุดโทรศัพท์ {office_name}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(11)
    if today:
        pdf.multi_cell(0, 7, write(f"ข้อมูล ณ วันที่ {thai_date(today)}"), new_x="LMARGIN", new_y="NEXT")
    for section in sections:
        _table(
            pdf, write, section.title, [(p.full_name, p.position, p.phone, p.email) for p in section.people]
        )
    if staff_sections:
        pdf.add_page()
        pdf.set_font_size(14)
        pdf.multi_cell(0, 9, write("ส่วนสำหรับเจ้าหน้าที่ (ห้ามเผยแพร่)"), new_x="LMARGIN", new_y="NEXT")
        for section in staff_sections:
            rows = [
                (
                    entry.name,
                    " ".join(part for part in (entry.position, entry.organisation) if part),
                    ", ".join(part for part in (entry.office_phone, entry.printed_mobile) if part),
                    entry.email,
                )
                for entry in section.people
            ]
            _table(pdf, write, section.title, rows)
    return bytes(pdf.output())


def _table(pdf, write, title, rows):
    pdf.ln(3)
    pdf.set_font_size(13)
    pdf.multi_cell(0, 8, write(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(10)
    heading = FontFace(emphasis=None, fill_color=(225, 232, 240))
    with pdf.table(col_widths=(45, 70, 32, 33), headings_style=heading, line_height=6) as table:
        header = table.row()
        for label in ("ชื่อ-นามสกุล", "ตำแหน่ง", "โทรศัพท์", "อีเมล"):
            header.cell(write(label))
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(write(value or "-"))
