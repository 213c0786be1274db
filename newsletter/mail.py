"""The issue as an e-mail: HTML for mail clients (tables, inline styles, absolute image URLs from
``home.site_url``) and a plain-text alternative. The network distribution sends it
(``NewsletterIssuePage.network_mail`` → ``network.delivery``); the preview shows the same parts."""

from home.models import OfficeSettings
from home.site_url import absolute_url
from home.thai_dates import thai_date
from newsletter.listing import MAIL_RENDITION, cover_of, issue_items

TEMPLATE = "newsletter/mail/issue"


def _image_url(image, spec=MAIL_RENDITION):
    if image is None:
        return ""
    return absolute_url(image.get_rendition(spec).url)


def mail_context(issue, preview=False):
    site = issue.get_site()
    office = OfficeSettings.for_site(site) if site else OfficeSettings()
    items = issue_items(issue, preview=preview)
    link = absolute_url(issue)
    cover = cover_of(issue, items) if issue.cover_image_id else None
    return {
        "issue": issue,
        "office": office,
        "title": f"จดหมายข่าว {office.display_name} {issue.issue_label}",
        "link": link,
        "pdf_link": f"{link}pdf/" if link else "",
        "cover_url": _image_url(cover, "fill-1200x600|format-jpeg"),
        "cover_alt": f"ภาพปกจดหมายข่าว {issue.issue_label}",
        "items": [
            {
                "title": item.news.title,
                "text": item.text,
                "link": absolute_url(item.news),
                "group": item.news.owning_group.title if getattr(item.news, "owning_group", None) else "",
                "date": thai_date(item.news.first_published_at),
                "image_url": _image_url(item.news.cover_image) if item.news.cover_image_id else "",
                "image_alt": item.news.cover_alt,
            }
            for item in items
        ],
        "documents": [],
    }


def mail_parts(issue, preview=False, recipient_name=""):
    """``(subject, text, html)`` exactly as the distribution renders them."""
    from network.delivery import render_mail

    return render_mail(TEMPLATE, {**mail_context(issue, preview), "recipient_name": recipient_name})
