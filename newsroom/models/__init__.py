"""Newsroom models, one module per concern: news, the journal, contributions to the journal."""

from .contributions import *  # noqa: F403
from .journal import *  # noqa: F403
from .news import *  # noqa: F403
