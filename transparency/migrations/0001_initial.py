from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="DisclosureCategory",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=200, unique=True, verbose_name="หมวดการเปิดเผยข้อมูล")),
                (
                    "needs_detail",
                    models.BooleanField(
                        default=False,
                        help_text="เช่น หมวด “อื่น ๆ (ระบุ)” ที่ผู้ขอต้องพิมพ์รายละเอียดเพิ่ม",
                        verbose_name="ต้องระบุรายละเอียด",
                    ),
                ),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="ลำดับ")),
            ],
            options={
                "verbose_name": "หมวดการเปิดเผยข้อมูล",
                "verbose_name_plural": "หมวดการเปิดเผยข้อมูล",
                "ordering": ["sort_order", "name"],
            },
        ),
    ]
