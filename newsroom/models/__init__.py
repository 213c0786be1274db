"""Newsroom models, one module per concern.

news/journal/contributions: the public newsroom (issue 3).
workflow/publication_request: the approval workflow and the paper form it replaces (issue 4).
"""

from .contributions import *  # noqa: F403
from .journal import *  # noqa: F403
from .news import *  # noqa: F403
from .publication_request import *  # noqa: F403
from .workflow import *  # noqa: F403
