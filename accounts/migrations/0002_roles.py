"""The office's role groups, with admin access and image/document rights.

Apps add their own model permissions to these groups in their own migrations.
"""

from django.db import migrations

from accounts.migration_utils import ensure_permissions

ROLES = [
    "ผู้ดูแลระบบ",
    "ผู้อำนวยการ สพท.",
    "ผู้อำนวยการกลุ่ม",
    "เจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม",
    "นักประชาสัมพันธ์",
    "ผู้ดูแลเว็บไซต์",
]
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "choose_image"],
    "wagtaildocs": ["add_document", "choose_document"],
}


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    root_collection = Collection.objects.filter(depth=1).first()
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        if root_collection is None:
            continue
        for app_label, codenames in MEDIA_PERMISSIONS.items():
            model = "image" if app_label == "wagtailimages" else "document"
            content_type = ContentType.objects.get(app_label=app_label, model=model)
            for codename in codenames:
                permission = Permission.objects.get(content_type=content_type, codename=codename)
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0066_collection_management_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
