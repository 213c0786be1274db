"""Admin registration for the search app."""

from wagtail.snippets.models import register_snippet

from search.viewsets import SearchSynonymViewSet

register_snippet(SearchSynonymViewSet)
