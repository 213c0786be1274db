"""Demo phone book: school directors and members of the area's boards, some with consented personal
numbers. Idempotent (found by board and name)."""

from directory.models import Board, DirectoryEntry

# board, name, position, organisation, office phone, mobile, consented
ENTRIES = [
    (
        Board.SCHOOL_DIRECTORS,
        "นายอำนาจ ชูแก้ว",
        "ผู้อำนวยการโรงเรียน",
        "โรงเรียนบ้านควนขนุน",
        "074-610-101",
        "081-555-0101",
        True,
    ),
    (
        Board.SCHOOL_DIRECTORS,
        "นางสุภาพร มีสุข",
        "ผู้อำนวยการโรงเรียน",
        "โรงเรียนวัดตะโหมด",
        "074-610-102",
        "089-555-0102",
        False,
    ),
    (
        Board.SCHOOL_DIRECTORS,
        "นายสมพงษ์ ทองขาว",
        "ผู้อำนวยการโรงเรียน",
        "โรงเรียนบ้านป่าบอน",
        "074-610-103",
        "",
        False,
    ),
    (
        Board.AREA_COMMITTEE,
        "นายวิชัย รัตนพันธ์",
        "ประธานกรรมการเขตพื้นที่การศึกษา",
        "ผู้ทรงคุณวุฒิ",
        "",
        "086-555-0201",
        True,
    ),
    (
        Board.AREA_COMMITTEE,
        "นางอรุณี เพชรรัตน์",
        "กรรมการผู้แทนองค์กรปกครองส่วนท้องถิ่น",
        "อบต.ตะโหมด",
        "074-611-200",
        "",
        False,
    ),
    (Board.AKKS, "นายธีระ สงวนศักดิ์", "อนุกรรมการผู้ทรงคุณวุฒิ", "อ.ก.ค.ศ. เขตพื้นที่การศึกษา", "", "087-555-0301", True),
    (Board.KTPN, "ผศ.ดร.กมล ศรีวิชัย", "กรรมการผู้ทรงคุณวุฒิ", "มหาวิทยาลัยทักษิณ", "074-609-600", "082-555-0401", False),
]


def load(ctx):
    for order, (board, name, position, organisation, office_phone, mobile, consent) in enumerate(ENTRIES):
        DirectoryEntry.objects.get_or_create(
            board=board,
            name=name,
            defaults={
                "position": position,
                "organisation": organisation,
                "office_phone": office_phone,
                "mobile_phone": mobile,
                "mobile_consent": consent,
                "sort_order": order,
            },
        )
