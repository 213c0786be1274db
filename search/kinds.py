"""The kinds of page the public search finds, as the reader names them ("ข่าว", "กิจกรรม" ...)."""

from dataclasses import dataclass

from django.db.models import Q


@dataclass(frozen=True)
class Kind:
    label: str
    model: str  # app_label.ModelName
    # Narrows the model's pages (news vs activity announcements), as a filter on that model.
    where: Q = Q()


ACTIVITY = Q(kind="activity")

KINDS = {
    "news": Kind("ข่าวประชาสัมพันธ์", "newsroom.NewsPage", ~ACTIVITY),
    "activity": Kind("ข่าวประกาศกิจกรรม", "newsroom.NewsPage", ACTIVITY),
    "journal": Kind("วารสาร", "newsroom.JournalIssuePage"),
    "ita": Kind("การเปิดเผยข้อมูล (ITA)", "transparency.TransparencyPage"),
    "group": Kind("กลุ่มงาน", "home.DepartmentPage"),
    "page": Kind("หน้าเว็บ", "home.StandardPage"),
}


def models():
    from django.apps import apps

    return list(dict.fromkeys(apps.get_model(kind.model) for kind in KINDS.values()))


def kind_of(page):
    """The key of the kind a specific page belongs to."""
    label = page._meta.label
    if label == "newsroom.NewsPage":
        return "activity" if page.kind == "activity" else "news"
    return next(key for key, kind in KINDS.items() if kind.model == label)
