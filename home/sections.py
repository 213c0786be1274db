"""Sections of the home page, contributed by the apps that own their content.

An app registers a provider with Wagtail's hook registry::

    @hooks.register("home_page_sections")
    def latest_news(request, home_page):
        return HomeSection(order=20, template="newsroom/sections/latest_news.html",
                           context={"items": ...})

A provider returns ``None`` when it has nothing to show, so a section whose content type does
not exist yet, or has no items, renders nothing. Each provider must run a fixed number of queries.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "home_page_sections"


@dataclass
class HomeSection:
    order: int
    template: str
    context: dict = field(default_factory=dict)


def home_sections(request, home_page):
    sections = []
    for provider in hooks.get_hooks(HOOK_NAME):
        section = provider(request, home_page)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
