"""Publishing models: the disclosure categories, the workflow's two tasks and the records it keeps."""

from .disclosure import *  # noqa: F403
from .records import *  # noqa: F403
from .tasks import *  # noqa: F403
from .verification import *  # noqa: F403
