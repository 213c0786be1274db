"""Import of the register from XLSX and CSV in the export layout: a round trip gives the same
rows; any bad row refuses the whole file, each bad row reported in Thai with its number."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from network.models import (
    Appointment,
    AppointmentOrder,
    ChannelLog,
    CoverageClipping,
    MediaContact,
    MediaOutlet,
    NetworkMember,
    RecipientList,
)
from network.spreadsheet import CONTACT_LAYOUT, MEMBER_LAYOUT, OUTLET_LAYOUT

pytestmark = pytest.mark.django_db

LIST_URL = {
    "outlets": "wagtailsnippets_network_mediaoutlet:list",
    "contacts": "wagtailsnippets_network_mediacontact:list",
    "members": "wagtailsnippets_network_networkmember:list",
}


def _rows(layout):
    """The register's rows as exported, without the id column (ids differ after a re-import)."""
    return sorted(tuple(layout.export_row(obj)[1:]) for obj in layout.model.objects.all())


def _export(client, name, file_format):
    response = client.get(reverse(LIST_URL[name]) + f"?export={file_format}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return SimpleUploadedFile(f"{name}.{file_format}", body)


def _import(client, name, upload):
    return client.post(reverse("network_import", args=[name]), {"file": upload})


def _csv(layout, rows, headings=None):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headings or layout.headings)
    writer.writerows(rows)
    return SimpleUploadedFile("contacts.csv", buffer.getvalue().encode("utf-8-sig"), content_type="text/csv")


def _contact_row(**values):
    row = dict.fromkeys(CONTACT_LAYOUT.headings, "")
    row.update(
        {
            "คำนำหน้า": "นาย",
            "ชื่อ-สกุล": "ทดสอบ นำเข้า",
            "สังกัดสื่อ": "หนังสือพิมพ์ไทยรัฐ",
            "หมายเลขโทรศัพท์": "089-555-0001",
            "อีเมล": "new.reporter@example.com",
            "ยินยอมรับข่าวสาร": "ใช่",
            "ใช้งาน": "ใช่",
        }
    )
    row.update(values)
    return [row[h] for h in CONTACT_LAYOUT.headings]


@pytest.fixture
def pr_client(register, login):
    return login(register.users["pr"])


def _empty_the_register():
    for model in (
        Appointment,
        AppointmentOrder,
        RecipientList,
        CoverageClipping,
        ChannelLog,
        MediaContact,
        NetworkMember,
        MediaOutlet,
    ):
        model.objects.all().delete()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_register_gives_the_same_rows(pr_client, file_format):
    before = {layout.name: _rows(layout) for layout in (OUTLET_LAYOUT, CONTACT_LAYOUT, MEMBER_LAYOUT)}
    assert len(before["contacts"]) == 22 and len(before["outlets"]) == 20 and len(before["members"]) == 16
    files = {name: _export(pr_client, name, file_format) for name in ("outlets", "contacts", "members")}
    _empty_the_register()
    assert not MediaOutlet.objects.exists()

    for name in ("outlets", "contacts", "members"):  # outlets first: contacts name them
        response = _import(pr_client, name, files[name])
        assert response.status_code == 302, response.content.decode()[:2000]
    after = {layout.name: _rows(layout) for layout in (OUTLET_LAYOUT, CONTACT_LAYOUT, MEMBER_LAYOUT)}
    assert after == before


def test_the_listing_offers_import_and_export(pr_client):
    page = pr_client.get(reverse(LIST_URL["contacts"])).content.decode()
    assert reverse("network_import", args=["contacts"]) in page
    assert "?export=xlsx" in page and "?export=csv" in page


def test_a_good_file_is_imported_and_the_officer_told_how_many(pr_client):
    response = _import(
        pr_client,
        "contacts",
        _csv(
            CONTACT_LAYOUT,
            [
                _contact_row(),
                _contact_row(
                    **{"ชื่อ-สกุล": "สอง", "อีเมล": "two@example.com", "หมายเลขโทรศัพท์": "+66 89 555 0002"}
                ),
            ],
        ),
    )
    assert response.status_code == 302
    new = MediaContact.objects.get(email="two@example.com")
    assert new.phones == "089-555-0002"
    assert new.outlet.name == "หนังสือพิมพ์ไทยรัฐ"
    assert new.consent and new.consent_date
    messages = pr_client.get(response["Location"]).content.decode()
    assert "นำเข้าทะเบียนสื่อมวลชนเรียบร้อยแล้ว: เพิ่ม 2 รายการ แก้ไข 0 รายการ" in messages


REFUSALS = [
    ({"ชื่อ-สกุล": ""}, "ไม่มีชื่อ-สกุล"),
    ({"อีเมล": "not-an-email"}, "อีเมล “not-an-email” ไม่ถูกต้อง"),
    ({"หมายเลขโทรศัพท์": "12345"}, "หมายเลขโทรศัพท์ “12345” ไม่ถูกต้อง"),
    ({"สังกัดสื่อ": "หนังสือพิมพ์ที่ไม่มีจริง"}, "ไม่พบสื่อ “หนังสือพิมพ์ที่ไม่มีจริง” ในทะเบียนสื่อมวลชน"),
    (
        {"อีเมล": "media01@example.com"},
        "ซ้ำกับข้อมูลที่มีอยู่แล้ว (อีเมล media01@example.com: นายสมศักดิ์ ทองสุข (หนังสือพิมพ์ไทยรัฐ))",
    ),
    ({"หมายเลขโทรศัพท์": "083 000 1002"}, "ซ้ำกับข้อมูลที่มีอยู่แล้ว (โทรศัพท์ 083-000-1002: นายวีระพงษ์ แก้วประเสริฐ"),
    ({"ยินยอมรับข่าวสาร": "อาจจะ"}, "ยินยอมรับข่าวสาร: ค่า “อาจจะ” ต้องเป็น “ใช่” หรือ “ไม่ใช่”"),
    ({"วันที่ให้ความยินยอม": "31/02/2569"}, "ไม่มีวันที่ “31/02/2569” ในปฏิทิน"),
]


@pytest.mark.parametrize(("values", "reason"), REFUSALS, ids=[r[1][:20] for r in REFUSALS])
def test_one_bad_row_refuses_the_whole_file_and_says_why(pr_client, values, reason):
    count = MediaContact.objects.count()
    upload = _csv(
        CONTACT_LAYOUT,
        [
            _contact_row(**{"ชื่อ-สกุล": "แถวดี", "อีเมล": "good@example.com", "หมายเลขโทรศัพท์": "089-555-0100"}),
            _contact_row(**values),
        ],
    )
    response = _import(pr_client, "contacts", upload)
    assert response.status_code == 200
    page = response.content.decode()
    assert "ยังไม่ได้นำเข้า: พบ 1 แถวที่ต้องแก้ไข" in page
    assert "<td>3</td>" in page  # the heading is row 1, the good row 2
    assert reason in page
    assert MediaContact.objects.count() == count
    assert not MediaContact.objects.filter(email="good@example.com").exists()


def test_duplicates_within_the_file_are_refused_with_both_row_numbers(pr_client):
    upload = _csv(
        CONTACT_LAYOUT,
        [
            _contact_row(),
            _contact_row(**{"ชื่อ-สกุล": "คนละคน", "หมายเลขโทรศัพท์": "089-555-0999"}),
            _contact_row(**{"ชื่อ-สกุล": "อีกคน", "อีเมล": "x@example.com"}),
        ],
    )
    response = _import(pr_client, "contacts", upload)
    page = response.content.decode()
    assert "พบ 2 แถวที่ต้องแก้ไข" in page
    assert "ซ้ำกับแถวที่ 2 ในไฟล์ (อีเมล new.reporter@example.com)" in page
    assert "ซ้ำกับแถวที่ 2 ในไฟล์ (โทรศัพท์ 089-555-0001)" in page
    assert not MediaContact.objects.filter(name__in=["ทดสอบ นำเข้า", "คนละคน", "อีกคน"]).exists()


def test_every_bad_row_is_reported_not_only_the_first(pr_client):
    upload = _csv(
        CONTACT_LAYOUT,
        [
            _contact_row(**{"ชื่อ-สกุล": ""}),
            _contact_row(**{"อีเมล": "bad", "ชื่อ-สกุล": "x", "หมายเลขโทรศัพท์": "1"}),
        ],
    )
    page = _import(pr_client, "contacts", upload).content.decode()
    assert "พบ 2 แถวที่ต้องแก้ไข" in page
    assert "ไม่มีชื่อ-สกุล" in page
    assert "อีเมล “bad” ไม่ถูกต้อง" in page and "หมายเลขโทรศัพท์ “1” ไม่ถูกต้อง" in page


def test_an_xlsx_with_a_bad_row_is_refused_too(pr_client):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(CONTACT_LAYOUT.headings)
    sheet.append(_contact_row(**{"อีเมล": "ผิด@"}))
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = _import(pr_client, "contacts", SimpleUploadedFile("contacts.xlsx", buffer.getvalue()))
    assert "อีเมล “ผิด@” ไม่ถูกต้อง" in response.content.decode()
    assert not MediaContact.objects.filter(name="ทดสอบ นำเข้า").exists()


FILE_REFUSALS = [
    (SimpleUploadedFile("contacts.pdf", b"%PDF-1.4"), "รองรับเฉพาะไฟล์ .xlsx และ .csv"),
    (SimpleUploadedFile("contacts.xlsx", b"name,email\n"), "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) ที่ถูกต้อง"),
    (SimpleUploadedFile("contacts.csv", b"PK\x03\x04zip"), "ไฟล์นี้ไม่ใช่ไฟล์ CSV ที่ถูกต้อง"),
    (SimpleUploadedFile("contacts.csv", b"a" * (2 * 1024 * 1024 + 1)), "ไฟล์มีขนาดเกิน 2 MB"),
    (
        SimpleUploadedFile("contacts.csv", "ชื่อ,อีเมล\nก,a@example.com\n".encode()),
        "หัวตารางไม่ตรงกับแบบฟอร์มส่งออก ขาดคอลัมน์: คำนำหน้า",
    ),
    (
        SimpleUploadedFile("contacts.csv", ",".join(CONTACT_LAYOUT.headings).encode()),
        "ไม่มีข้อมูลในไฟล์ นอกจากหัวตาราง",
    ),
    (SimpleUploadedFile("contacts.xlsx", b"PK\x03\x04 broken zip"), "เปิดไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย"),
]


@pytest.mark.parametrize(("upload", "reason"), FILE_REFUSALS, ids=[r[1][:24] for r in FILE_REFUSALS])
def test_a_wrong_file_is_refused_with_a_thai_reason(pr_client, upload, reason):
    count = MediaContact.objects.count()
    response = _import(pr_client, "contacts", upload)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert MediaContact.objects.count() == count


def test_a_windows_874_csv_from_thai_excel_is_read(pr_client):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([CONTACT_LAYOUT.headings, _contact_row(**{"ชื่อ-สกุล": "สมหญิง ใจงาม"})])
    upload = SimpleUploadedFile("contacts.csv", buffer.getvalue().encode("cp874"))
    assert _import(pr_client, "contacts", upload).status_code == 302
    assert MediaContact.objects.filter(name="สมหญิง ใจงาม").exists()


def test_members_import_refuses_unknown_choices(pr_client):
    row = dict(
        zip(MEMBER_LAYOUT.headings, MEMBER_LAYOUT.export_row(NetworkMember.objects.first()), strict=True)
    )
    row.update({"ชื่อหน่วยงาน/บุคคล": "โรงเรียนใหม่", "อีเมล": "", "หมายเลขโทรศัพท์": "", "ประเภท": "ดาวอังคาร"})
    response = _import(pr_client, "members", _csv(MEMBER_LAYOUT, [[row[h] for h in MEMBER_LAYOUT.headings]]))
    assert "ประเภท: “ดาวอังคาร” ไม่ใช่ตัวเลือกที่กำหนด" in response.content.decode()
    assert not NetworkMember.objects.filter(name="โรงเรียนใหม่").exists()


@pytest.mark.parametrize(
    ("phones", "stored"),
    [
        ("074-695911-17", ", ".join(f"074-695-91{n}" for n in range(1, 8))),
        ("074-611234 ต่อ 101", "074-611-234 ต่อ 101"),
        ("74611234", "074-611-234"),  # Excel dropped the leading 0
        ("895550009", "089-555-0009"),
        ("089-555-0009, 074-611234 หรือ 074-611235", "089-555-0009, 074-611-234, 074-611-235"),
        ("089-555-0009\n074-611234", "089-555-0009, 074-611-234"),
    ],
)
def test_thai_phone_numbers_as_offices_write_them(pr_client, phones, stored):
    row = _contact_row(**{"หมายเลขโทรศัพท์": phones, "อีเมล": "phones@example.com"})
    response = _import(pr_client, "contacts", _csv(CONTACT_LAYOUT, [row]))
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert MediaContact.objects.get(email="phones@example.com").phones == stored


@pytest.mark.parametrize(
    ("consent", "active", "expected"),
    [("ใช่", "✓", (True, True)), ("มี", "ไม่", (True, False)), ("ไม่มี", "ไม่ใช่", (False, False))],
)
def test_yes_no_columns_take_the_words_offices_use(pr_client, consent, active, expected):
    row = _contact_row(**{"ยินยอมรับข่าวสาร": consent, "ใช้งาน": active, "อีเมล": "yesno@example.com"})
    if not expected[0]:
        row = _contact_row(
            **{"ยินยอมรับข่าวสาร": consent, "ใช้งาน": active, "อีเมล": "yesno@example.com", "วันที่ให้ความยินยอม": ""}
        )
    response = _import(pr_client, "contacts", _csv(CONTACT_LAYOUT, [row]))
    assert response.status_code == 302, response.content.decode()[-2000:]
    contact = MediaContact.objects.get(email="yesno@example.com")
    assert (contact.consent, contact.active) == expected


@pytest.mark.parametrize(
    "typed", ["22/08/2567", "2567-08-22", "22 ส.ค. 2567", "2024-08-22", datetime.datetime(2024, 8, 22)]
)
def test_consent_dates_in_every_layout_staff_use_and_excel_date_cells(pr_client, typed):
    row = _contact_row(**{"วันที่ให้ความยินยอม": typed, "อีเมล": "dates@example.com"})
    workbook = Workbook()
    workbook.active.append(CONTACT_LAYOUT.headings)
    workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("contacts.xlsx", buffer.getvalue())
    response = _import(pr_client, "contacts", upload)
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert MediaContact.objects.get(email="dates@example.com").consent_date == datetime.date(2024, 8, 22)


def _edited_export(client, name, edit):
    """The register's export as CSV, with ``edit(row_dict)`` applied to its rows."""
    upload = _export(client, name, "csv")
    reader = list(csv.DictReader(io.StringIO(upload.read().decode("utf-8-sig"))))
    rows = [edit(dict(row)) or row for row in reader]
    rows = [row for row in rows if row]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(reader[0]))
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(f"{name}.csv", buffer.getvalue().encode("utf-8-sig"))


def test_the_export_names_each_row_by_its_id(pr_client):
    upload = _export(pr_client, "contacts", "csv")
    first = next(csv.DictReader(io.StringIO(upload.read().decode("utf-8-sig"))))
    assert list(first)[0] == "รหัส"
    assert MediaContact.objects.filter(pk=int(first["รหัส"])).exists()


def test_a_re_imported_export_updates_the_rows_it_names_after_a_preview(pr_client):
    target = MediaContact.objects.order_by("pk").first()
    count = MediaContact.objects.count()

    def edit(row):
        if row["รหัส"] == str(target.pk):
            row["ตำแหน่ง/บทบาท"] = "บรรณาธิการข่าวภูมิภาค"
            row["หมายเลขโทรศัพท์"] = "074-611234 ต่อ 12"
        return row

    def file_with_a_new_row():
        upload = _edited_export(pr_client, "contacts", edit)
        text = upload.read().decode("utf-8-sig")
        new = _contact_row(**{"ชื่อ-สกุล": "นางสาวใหม่ ในทะเบียน", "อีเมล": "new.one@example.com"})
        buffer = io.StringIO()
        csv.writer(buffer).writerow(new)
        return SimpleUploadedFile("contacts.csv", (text + buffer.getvalue()).encode("utf-8-sig"))

    # 1. Preview: what would change, and nothing saved.
    response = pr_client.post(
        reverse("network_import", args=["contacts"]), {"file": file_with_a_new_row(), "preview": "on"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "เพิ่ม 1 รายการ แก้ไข 1 รายการ ไม่เปลี่ยนแปลง" in html
    assert f"ตำแหน่ง/บทบาท: “{target.role}” → “บรรณาธิการข่าวภูมิภาค”" in html
    assert "หมายเลขโทรศัพท์:" in html and "074-611-234 ต่อ 12" in html
    assert "นางสาวใหม่ ในทะเบียน" in html
    target.refresh_from_db()
    assert target.role != "บรรณาธิการข่าวภูมิภาค"
    assert MediaContact.objects.count() == count

    # 2. The same file without the preview: one record updated, one added, the rest untouched.
    response = _import(pr_client, "contacts", file_with_a_new_row())
    assert response.status_code == 302, response.content.decode()[-2000:]
    target.refresh_from_db()
    assert (target.role, target.phones) == ("บรรณาธิการข่าวภูมิภาค", "074-611-234 ต่อ 12")
    assert MediaContact.objects.count() == count + 1
    messages = pr_client.get(response["Location"]).content.decode()
    assert "เพิ่ม 1 รายการ แก้ไข 1 รายการ" in messages


def test_an_update_with_a_bad_row_changes_nothing(pr_client):
    first, second = MediaContact.objects.order_by("pk")[:2]

    def edit(row):
        if row["รหัส"] == str(first.pk):
            row["ตำแหน่ง/บทบาท"] = "เปลี่ยนแล้ว"
        if row["รหัส"] == str(second.pk):
            row["อีเมล"] = first.email  # would duplicate another record's e-mail
        return row

    response = _import(pr_client, "contacts", _edited_export(pr_client, "contacts", edit))
    assert response.status_code == 200
    assert "ซ้ำกับข้อมูลที่มีอยู่แล้ว" in response.content.decode()
    first.refresh_from_db()
    assert first.role != "เปลี่ยนแล้ว"


def test_the_same_id_twice_in_a_file_is_refused(pr_client):
    first = MediaContact.objects.order_by("pk").first()
    upload = _export(pr_client, "contacts", "csv")
    text = upload.read().decode("utf-8-sig")
    line = next(line for line in text.splitlines()[1:] if line.startswith(f"{first.pk},"))
    doubled = SimpleUploadedFile("contacts.csv", (text + line + "\r\n").encode("utf-8-sig"))
    response = _import(pr_client, "contacts", doubled)
    assert response.status_code == 200
    assert f"รหัส {first.pk} ซ้ำกับแถวที่" in response.content.decode()
