from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm

EXTRA_FIELDS = ("name_prefix", "position", "phone")


class ThaiUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = (*UserCreationForm.Meta.fields, *EXTRA_FIELDS)
        widgets = {"name_prefix": forms.Select}


class ThaiUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = (*UserEditForm.Meta.fields, *EXTRA_FIELDS)
        widgets = {"name_prefix": forms.Select}
