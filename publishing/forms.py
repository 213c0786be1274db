"""The admin form of every disclosable page: the disclosure category is required to submit."""

from wagtail.admin.forms import WagtailAdminPageForm

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


class DisclosablePageForm(WagtailAdminPageForm):
    """Saving a draft never needs the category; asking for approval does, because the publication
    request form (and its printed memo) names it."""

    def clean(self):
        cleaned = super().clean()
        submitting = any(self.data.get(action) for action in SUBMIT_ACTIONS)
        if submitting and "disclosure_category" in self.fields and not cleaned.get("disclosure_category"):
            self.add_error(
                "disclosure_category",
                "กรุณาเลือกหมวดการเปิดเผยข้อมูลก่อนส่งขออนุมัติ (หมวดนี้พิมพ์ในแบบขออนุญาตเผยแพร่)",
            )
        return cleaned
