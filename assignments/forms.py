"""The desk's admin forms. Both are Wagtail admin model forms, so dates are typed in the Buddhist Era
(``thaiinput`` overrides the date widgets of every admin model form) and pages are chosen with the
page chooser."""

from django import forms
from django.contrib.auth import get_user_model
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.models import formfield_for_dbfield

from accounts import roles
from assignments.models import AgendaItem, Assignment
from home.departments import user_departments
from home.models import DepartmentPage
from thaiinput.fields import BEDateTimeField
from thaiinput.widgets import BEDateTimeInput


class AgendaItemForm(WagtailAdminModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "kind", "starts_at", "ends_at", "place", "executive", "executive_name", "note"]
        # Wagtail applies its overrides to the forms it builds from panels; a form class of our own
        # asks for them (``formfield_callback``) and names the BE date fields itself.
        formfield_callback = formfield_for_dbfield
        field_classes = {"starts_at": BEDateTimeField, "ends_at": BEDateTimeField}
        widgets = {
            "note": forms.Textarea(attrs={"rows": 3}),
            "starts_at": BEDateTimeInput,
            "ends_at": BEDateTimeInput,
        }


def staff_users():
    """Who may be given an assignment: active users of the office's roles."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=roles.ALL_ROLES)
        .distinct()
        .order_by("first_name", "last_name")
    )


class AssignmentForm(WagtailAdminModelForm):
    """Pick an agenda item for news and give it to a staff member (or reassign it)."""

    class Meta:
        model = Assignment
        fields = ["agenda_item", "assignee", "department", "note", "news_page"]
        formfield_callback = formfield_for_dbfield  # the page chooser for the news page
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        items = AgendaItem.objects.run_by(for_user) if for_user else AgendaItem.objects.none()
        if self.instance.pk:
            self.fields["agenda_item"].disabled = True
            self.fields["agenda_item"].queryset = AgendaItem.objects.filter(pk=self.instance.agenda_item_id)
        else:
            self.fields["agenda_item"].queryset = items.filter(assignment__isnull=True).order_by("starts_at")
            # The news is written after the assignment exists ("เขียนข่าว").
            del self.fields["news_page"]
        self.fields["agenda_item"].error_messages["invalid_choice"] = (
            "กำหนดการนี้มอบหมายแล้ว หรือไม่อยู่ในความรับผิดชอบของท่าน"
        )
        self.fields["assignee"].queryset = staff_users()
        self.fields["assignee"].label_from_instance = lambda user: f"{user.get_full_name()} ({user.position})"
        self.fields["department"].queryset = DepartmentPage.objects.order_by("path")
        self.fields["department"].required = False
        self.fields["department"].help_text = "ว่างไว้เพื่อใช้กลุ่มงานของผู้รับผิดชอบ (หรือกลุ่มงานประชาสัมพันธ์ของสำนักงาน)"

    def clean(self):
        cleaned = super().clean()
        assignee = cleaned.get("assignee")
        item = cleaned.get("agenda_item") or getattr(self.instance, "agenda_item", None)
        if assignee and not cleaned.get("department") and item:
            department = default_department(assignee, item.site)
            if department is None:
                self.add_error("department", "ผู้รับผิดชอบไม่ได้สังกัดกลุ่มงานใด โปรดเลือกกลุ่มงานเจ้าของข่าว")
            cleaned["department"] = department
        return cleaned


def default_department(user, site):
    """The assignee's own group, else the office's main group (where the PR officer's news belong)."""
    from home.models import OfficeSettings

    own = user_departments(user).order_by("path").first()
    if own:
        return own
    main_id = OfficeSettings.for_site(site).main_department_id
    return DepartmentPage.objects.filter(pk=main_id).first() if main_id else None
