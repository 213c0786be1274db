"""The spreadsheet layouts of the register: one definition serves export and import, so a file the
admin exports can be imported back unchanged (a round trip).
"""

import csv
import io
from dataclasses import dataclass, field

from network.models import (
    MediaContact,
    MediaOutlet,
    MemberKind,
    MemberScope,
    MemberStatus,
    MemberType,
    NetworkMember,
    OutletKind,
)
from thaiinput.dates import ThaiDateError, format_date, parse_date

YES, NO = "ใช่", "ไม่ใช่"


class CellError(ValueError):
    """A cell that cannot be read; the message is Thai and shown to the officer."""


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _yes_no_out(value):
    return YES if value else NO


# What offices write in a yes/no column (a tick from a form, "มี/ไม่มี" from a checklist).
YES_WORDS = {YES, "ใช่ค่ะ", "ใช่ครับ", "มี", "ยินยอม", "y", "yes", "true", "1", "✓", "✔", "/"}
NO_WORDS = {NO, "ไม่", "ไม่มี", "ไม่ยินยอม", "", "-", "n", "no", "false", "0", "✗", "✘"}


def _yes_no_in(value):
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise CellError(f"ค่า “{value}” ต้องเป็น “{YES}” หรือ “{NO}” (หรือ มี/ไม่มี, ✓)")


def _date_out(value):
    return format_date(value)


def _date_in(value):
    # Other systems export Christian-era dates: understood here, unlike in the admin.
    try:
        return parse_date(value, allow_ce=True)
    except ThaiDateError as error:
        raise CellError(str(error)) from None


def _choice(choices):
    by_label = {str(label): key for key, label in choices.choices}

    def parse(value):
        text = _text(value)
        if text in by_label:
            return by_label[text]
        if text in choices.values:
            return text
        raise CellError(f"“{text}” ไม่ใช่ตัวเลือกที่กำหนด ({', '.join(by_label)})")

    def render(value):
        return str(choices(value).label) if value else ""

    return render, parse


@dataclass
class Column:
    attr: str
    heading: str
    render: callable = _text
    parse: callable = _text
    required: bool = False
    # A file may leave the column out (the id: older exports and hand-made files have none).
    optional_heading: bool = False


@dataclass
class Layout:
    model: type
    name: str
    columns: list = field(default_factory=list)

    @property
    def headings(self):
        return [column.heading for column in self.columns]

    def export_row(self, obj):
        return [column.render(getattr(obj, column.attr)) for column in self.columns]


def _id_out(value):
    return str(value) if value else ""


def _id_in(value):
    text = _text(value)
    if not text:
        return None
    if not text.isdigit():
        raise CellError(f"รหัส “{text}” ต้องเป็นตัวเลขจากไฟล์ที่ส่งออก หรือเว้นว่างสำหรับรายการใหม่")
    return int(text)


# First column of every export: a re-imported export updates the rows it names.
ID_HEADING = "รหัส"


def _id_column():
    return Column("pk", ID_HEADING, _id_out, _id_in, optional_heading=True)


def _outlet_render(outlet):
    return outlet.name if outlet else ""


OUTLET_LAYOUT = Layout(
    MediaOutlet,
    "outlets",
    [
        _id_column(),
        Column("name", "ชื่อสื่อ", required=True),
        Column("kind", "ประเภทสื่อ", *_choice(OutletKind), required=True),
        Column("province", "จังหวัด"),
        Column("website", "เว็บไซต์"),
        Column("phone", "โทรศัพท์"),
    ],
)

CONTACT_LAYOUT = Layout(
    MediaContact,
    "contacts",
    [
        _id_column(),
        Column("name_prefix", "คำนำหน้า"),
        Column("name", "ชื่อ-สกุล", required=True),
        # The importer resolves the outlet's name to the outlet itself.
        Column("outlet", "สังกัดสื่อ", _outlet_render),
        Column("role", "ตำแหน่ง/บทบาท"),
        Column("phones", "หมายเลขโทรศัพท์"),
        Column("email", "อีเมล"),
        Column("line_id", "LINE ID"),
        Column("address", "ที่อยู่"),
        Column("consent", "ยินยอมรับข่าวสาร", _yes_no_out, _yes_no_in),
        Column("consent_date", "วันที่ให้ความยินยอม", _date_out, _date_in),
        Column("active", "ใช้งาน", _yes_no_out, _yes_no_in),
        Column("notes", "หมายเหตุ"),
    ],
)


def _channels_render(value):
    return ", ".join(NetworkMember._meta.get_field("relay_channels").labels(value))


def _channels_parse(value):
    from network.models import RelayChannel

    by_label = {str(label): key for key, label in RelayChannel.choices}
    keys = []
    for part in filter(None, (p.strip() for p in _text(value).split(","))):
        key = by_label.get(part, part if part in RelayChannel.values else None)
        if key is None:
            raise CellError(f"ไม่รู้จักช่องทาง “{part}”")
        keys.append(key)
    return keys


MEMBER_LAYOUT = Layout(
    NetworkMember,
    "members",
    [
        _id_column(),
        Column("name", "ชื่อหน่วยงาน/บุคคล", required=True),
        Column("member_type", "ลักษณะ", *_choice(MemberType), required=True),
        Column("scope", "เครือข่าย", *_choice(MemberScope), required=True),
        Column("kind", "ประเภท", *_choice(MemberKind), required=True),
        Column("contact_person", "ผู้ประสานงาน"),
        Column("position", "ตำแหน่งผู้ประสานงาน"),
        Column("phones", "หมายเลขโทรศัพท์"),
        Column("email", "อีเมล"),
        Column("line_id", "LINE ID"),
        Column("address", "ที่อยู่"),
        Column("joined_on", "วันที่เข้าร่วมเครือข่าย", _date_out, _date_in),
        Column("relay_channels", "ช่องทางที่ช่วยเผยแพร่ได้", _channels_render, _channels_parse),
        Column("consent", "ยินยอมรับข่าวสาร", _yes_no_out, _yes_no_in),
        Column("consent_date", "วันที่ให้ความยินยอม", _date_out, _date_in),
        Column("status", "สถานะ", *_choice(MemberStatus), required=True),
        Column("notes", "หมายเหตุ"),
    ],
)

LAYOUTS = {layout.name: layout for layout in (OUTLET_LAYOUT, CONTACT_LAYOUT, MEMBER_LAYOUT)}
LAYOUT_FOR_MODEL = {layout.model: layout for layout in LAYOUTS.values()}


class FileError(ValueError):
    """The file as a whole cannot be read."""


def read_rows(uploaded_file):
    """Rows of a CSV or XLSX upload as lists of cells, the heading row first."""
    name = uploaded_file.name.lower()
    data = uploaded_file.read()
    if name.endswith(".xlsx"):
        return _read_xlsx(data)
    if name.endswith(".csv"):
        return _read_csv(data)
    raise FileError("รองรับเฉพาะไฟล์ .xlsx และ .csv")


def _read_xlsx(data):
    from openpyxl import load_workbook

    if not data.startswith(b"PK"):
        raise FileError("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) ที่ถูกต้อง")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise FileError("เปิดไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย") from None
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def _read_csv(data):
    # Excel in Thailand saves CSV as UTF-8 (with BOM) or as Windows-874 (TIS-620).
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FileError("อ่านไฟล์ CSV ไม่ได้ โปรดบันทึกเป็น UTF-8")
    if "\x00" in text:
        raise FileError("ไฟล์นี้ไม่ใช่ไฟล์ CSV ที่ถูกต้อง")
    return list(csv.reader(io.StringIO(text)))
