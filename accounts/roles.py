"""The office's roles as Django groups. Created by migration ``accounts.0002_roles``.

Each internal group (กลุ่ม) also gets its own pair of groups, made with its page by
``home.departments.ensure_department_groups``: editors who write for it and its director.
A person holds a role group (what they may do) and a department group (where).
"""

ADMINISTRATORS = "ผู้ดูแลระบบ"
OFFICE_DIRECTORS = "ผู้อำนวยการ สพท."
GROUP_DIRECTORS = "ผู้อำนวยการกลุ่ม"
EDITORS = "เจ้าหน้าที่ผู้ดูแลเว็บไซต์ประจำกลุ่ม"
PR_OFFICERS = "นักประชาสัมพันธ์"
WEBMASTERS = "ผู้ดูแลเว็บไซต์"

ALL_ROLES = [ADMINISTRATORS, OFFICE_DIRECTORS, GROUP_DIRECTORS, EDITORS, PR_OFFICERS, WEBMASTERS]

# Roles that work in the Wagtail admin and may upload images and documents.
STAFF_ROLES = ALL_ROLES


def department_editors_name(department_title):
    return f"{department_title} · ผู้เขียน"


def department_directors_name(department_title):
    return f"{department_title} · ผู้อำนวยการกลุ่ม"


def user_has_role(user, *roles):
    """True for superusers and for members of any of the given role groups."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=roles).exists()


def role_emails(*role_names):
    """E-mail addresses of the active members of the given role groups, sorted and unique."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True, groups__name__in=role_names).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))
