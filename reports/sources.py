"""The records the report reads, imported in one place (the approval records move between apps)."""

from newsroom.models import NewsPage
from newsroom.models.news import Stream
from newsroom.time_standards import STANDARDS, Kind
from publishing.models import PublicationRequest, VerificationCheck

__all__ = ["Kind", "NewsPage", "PublicationRequest", "STANDARDS", "Stream", "VerificationCheck"]
