"""Reinstating a withdrawn page: who asked, what to fix, who approved it back online.

Asking for reinstatement (``change_pagewithdrawal``) is for the office directors and the
administrators only; webmasters may withdraw a page but not bring it back.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from accounts import roles
from accounts.migration_utils import grant, revoke

REINSTATERS = [roles.OFFICE_DIRECTORS, roles.ADMINISTRATORS]


def forwards(apps, schema_editor):
    for role in REINSTATERS:
        grant(apps, role, "publishing", ["change_pagewithdrawal", "view_pagewithdrawal"])


def backwards(apps, schema_editor):
    for role in REINSTATERS:
        revoke(apps, role, "publishing", ["change_pagewithdrawal"])


class Migration(migrations.Migration):

    dependencies = [
        ('publishing', '0004_verification_history'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='pagewithdrawal',
            name='reinstated_at',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='ยกเลิกการถอนเมื่อ'),
        ),
        migrations.AddField(
            model_name='pagewithdrawal',
            name='reinstated_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='ผู้อนุมัติให้เผยแพร่อีกครั้ง'),
        ),
        migrations.AddField(
            model_name='pagewithdrawal',
            name='reinstatement_note',
            field=models.TextField(blank=True, help_text='ผู้ดูแลเนื้อหาของหน้าเห็นข้อความนี้ในหน้าแก้ไข', verbose_name='สิ่งที่ต้องแก้ไขก่อนเผยแพร่อีกครั้ง'),
        ),
        migrations.AddField(
            model_name='pagewithdrawal',
            name='reinstatement_requested_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='ขอยกเลิกการถอนเมื่อ'),
        ),
        migrations.AddField(
            model_name='pagewithdrawal',
            name='reinstatement_requested_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='ผู้ขอยกเลิกการถอน'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
