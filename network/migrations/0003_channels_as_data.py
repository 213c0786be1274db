"""Channels become data the office edits (``network.Channel``); the log may describe items that are
not pages of the site. Existing log entries move to a channel row named as their old fixed choice."""

import django.db.models.deletion
from django.db import migrations, models

from accounts import roles
from accounts.migration_utils import grant, revoke

# The fixed list this migration retires: value -> (name, kind, order).
OLD_CHANNELS = {
    "facebook": ("เพจ Facebook", "facebook", 10),
    "line_office": ("กลุ่ม LINE สำนักงาน", "line", 20),
    "line_pr": ("กลุ่ม LINE ประชาสัมพันธ์", "line", 21),
    "line_family": ("กลุ่ม LINE Family", "line", 22),
    "newsletter": ("จดหมายข่าว", "newsletter", 30),
    "newspaper": ("หนังสือพิมพ์", "newspaper", 40),
    "radio": ("วิทยุ", "radio", 50),
    "television": ("โทรทัศน์", "television", 60),
    "loudspeaker": ("เสียงตามสาย", "loudspeaker", 70),
    "obec_website": ("เว็บไซต์ สพฐ.", "website", 80),
}
CODENAMES = [f"{action}_channel" for action in ("add", "change", "delete", "view")]


def move_logs(apps, schema_editor):
    Channel = apps.get_model("network", "Channel")
    ChannelLog = apps.get_model("network", "ChannelLog")
    for value in ChannelLog.objects.values_list("old_channel", flat=True).distinct():
        name, kind, order = OLD_CHANNELS.get(value, (value, "other", 90))
        channel, _ = Channel.objects.get_or_create(name=name, defaults={"kind": kind, "sort_order": order})
        ChannelLog.objects.filter(old_channel=value).update(channel=channel)


def restore_logs(apps, schema_editor):
    ChannelLog = apps.get_model("network", "ChannelLog")
    by_name = {name: value for value, (name, _, _) in OLD_CHANNELS.items()}
    for log in ChannelLog.objects.select_related("channel"):
        log.old_channel = by_name.get(log.channel.name, "facebook")
        log.save(update_fields=["old_channel"])


def grant_rights(apps, schema_editor):
    for role in (roles.PR_OFFICERS, roles.ADMINISTRATORS):
        grant(apps, role, "network", CODENAMES)


def revoke_rights(apps, schema_editor):
    for role in (roles.PR_OFFICERS, roles.ADMINISTRATORS):
        revoke(apps, role, "network", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0002_roles"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.CreateModel(
            name="Channel",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "name",
                    models.CharField(
                        help_text="เช่น กลุ่ม LINE ประชาสัมพันธ์ สพป.พัทลุง เขต 2",
                        max_length=150,
                        unique=True,
                        verbose_name="ชื่อช่องทาง",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("facebook", "เพจ Facebook"),
                            ("line", "กลุ่ม LINE"),
                            ("youtube", "YouTube"),
                            ("newsletter", "จดหมายข่าว"),
                            ("newspaper", "หนังสือพิมพ์"),
                            ("radio", "วิทยุ"),
                            ("television", "โทรทัศน์"),
                            ("loudspeaker", "เสียงตามสาย/หอกระจายข่าว"),
                            ("leaflet", "แผ่นพับ/ใบปลิว"),
                            ("board", "บอร์ดประชาสัมพันธ์"),
                            ("website", "เว็บไซต์อื่น"),
                            ("other", "อื่น ๆ"),
                        ],
                        default="other",
                        max_length=20,
                        verbose_name="ประเภท",
                    ),
                ),
                (
                    "members",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="เช่น จำนวนสมาชิกกลุ่ม LINE (ถ้ามี)",
                        null=True,
                        verbose_name="จำนวนสมาชิก/ผู้ติดตาม",
                    ),
                ),
                ("link", models.URLField(blank=True, help_text="ลิงก์เพจหรือกลุ่ม (ถ้ามี)", verbose_name="ลิงก์")),
                (
                    "active",
                    models.BooleanField(
                        default=True,
                        help_text="ช่องทางที่เลิกใช้จะไม่แสดงให้เลือกเมื่อบันทึกใหม่",
                        verbose_name="ใช้งานอยู่",
                    ),
                ),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="ลำดับในรายงาน")),
            ],
            options={
                "verbose_name": "ช่องทางการเผยแพร่",
                "verbose_name_plural": "ช่องทางการเผยแพร่",
                "ordering": ["sort_order", "name"],
            },
        ),
        migrations.RenameField("channellog", "channel", "old_channel"),
        migrations.AddField(
            model_name="channellog",
            name="channel",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="logs",
                to="network.channel",
                verbose_name="ช่องทาง",
            ),
        ),
        migrations.RunPython(move_logs, restore_logs),
        migrations.RemoveField("channellog", "old_channel"),
        migrations.AlterField(
            model_name="channellog",
            name="channel",
            field=models.ForeignKey(
                limit_choices_to={"active": True},
                on_delete=django.db.models.deletion.PROTECT,
                related_name="logs",
                to="network.channel",
                verbose_name="ช่องทาง",
            ),
        ),
        migrations.AlterField(
            model_name="channellog",
            name="page",
            field=models.ForeignKey(
                blank=True,
                help_text="ว่างไว้เมื่อเรื่องที่เผยแพร่ไม่ใช่หน้าในเว็บไซต์ แล้วกรอกชื่อเรื่องแทน",
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="channel_logs",
                to="wagtailcore.page",
                verbose_name="ข่าว/เรื่องในเว็บไซต์",
            ),
        ),
        migrations.AddField(
            model_name="channellog",
            name="title",
            field=models.CharField(
                blank=True,
                help_text="สำหรับเรื่องที่ไม่ใช่หน้าในเว็บไซต์ เช่น ข่าวของโรงเรียนในสังกัด",
                max_length=255,
                verbose_name="ชื่อเรื่อง",
            ),
        ),
        migrations.AddField(
            model_name="channellog",
            name="file",
            field=models.ForeignKey(
                blank=True,
                help_text="เช่น ภาพหน้าจอโพสต์ หรือไฟล์ข่าวที่ส่งต่อ",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtaildocs.document",
                verbose_name="ไฟล์หลักฐาน",
            ),
        ),
        migrations.RunPython(grant_rights, revoke_rights),
    ]
