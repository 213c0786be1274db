"""The newsletter's part of an office's skeleton: ``/newsletter/`` under the home page. Idempotent."""

from home.skeleton import ensure_page
from newsletter.models import NewsletterIndexPage
from newsletter.permissions import ensure_newsletter_page_permissions


def ensure_index(home, user=None):
    index = ensure_page(
        home,
        NewsletterIndexPage,
        "newsletter",
        user=user,
        title="จดหมายข่าว",
        show_in_menus=True,
        intro="จดหมายข่าวรวมข่าวเด่นของสำนักงานประจำเดือน อ่านบนเว็บไซต์ ดาวน์โหลดฉบับ PDF หรือรับทางอีเมลผ่านเครือข่ายประชาสัมพันธ์",
    )
    # The signal grants these when the page is created; repeated for an archive made before it.
    ensure_newsletter_page_permissions(index)
    return index
