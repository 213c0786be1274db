"""Preload the journal's ten standing columns (001, DOMAIN.md) and give PR officers their model rights."""

from django.db import migrations

from accounts import roles
from accounts.migration_utils import grant, revoke

COLUMNS = [
    ("บก.แถลง", "บทบรรณาธิการ"),
    ("จากใจ ผอ.สพป.", "สารจากผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"),
    ("ร้อยรสบทกวี", "บทกวีและร้อยกรองของครูและนักเรียน"),
    ("คุยเฟื่องเรื่องนิเทศ", "ความรู้และประสบการณ์การนิเทศการศึกษา"),
    ("รอบรั้วโรงเรียน", "ข่าวและกิจกรรมของโรงเรียนในสังกัด"),
    ("เก็บสิ่งดี ๆ มาฝาก", "เรื่องดี ๆ ข้อคิด และความรู้รอบตัว"),
    ("มุมเผยแพร่นวัตกรรม", "นวัตกรรมและแนวปฏิบัติที่ดีของครู"),
    ("รู้เรื่องเมืองลุง", "ประวัติศาสตร์ ศิลปวัฒนธรรม และของดีจังหวัดพัทลุง"),
    ("มุม...สบาย ๆ", "เรื่องเบา ๆ อ่านสบาย"),
    ("แวดวงเสมา", "ความเคลื่อนไหวของบุคลากรในสังกัดกระทรวงศึกษาธิการ"),
]

PR_PERMISSIONS = [
    "add_journalcolumn",
    "change_journalcolumn",
    "view_journalcolumn",
    "change_journalcontribution",
    "view_journalcontribution",
    "delete_journalcontribution",
]


def forwards(apps, schema_editor):
    JournalColumn = apps.get_model("newsroom", "JournalColumn")
    for order, (name, description) in enumerate(COLUMNS, start=1):
        JournalColumn.objects.get_or_create(
            name=name, defaults={"description": description, "sort_order": order * 10}
        )
    grant(apps, roles.PR_OFFICERS, "newsroom", PR_PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, roles.PR_OFFICERS, "newsroom", PR_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
