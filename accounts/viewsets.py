from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.forms import ThaiUserCreationForm, ThaiUserEditForm


class UserViewSet(WagtailUserViewSet):
    create_template_name = "accounts/user_create.html"
    edit_template_name = "accounts/user_edit.html"

    def get_form_class(self, for_update=False):
        return ThaiUserEditForm if for_update else ThaiUserCreationForm
