"""Admin registration for the newsroom: its screens (news, journal, contributions) and the
approval workflow's hooks. Wagtail imports this package; each module registers its own hooks."""

from newsroom.wagtail_hooks import news, workflow  # noqa: F401
