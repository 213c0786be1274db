"""``make bench``: the production settings, plus the floor view's URL (``benchmark.urls``).

The Makefile gives the environment production requires (a throwaway SECRET_KEY, ALLOWED_HOSTS,
plain HTTP on 127.0.0.1) and a database, media and static folder of the benchmark's own.
"""

from .production import *  # noqa: F403
from .production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "benchmark"]
ROOT_URLCONF = "benchmark.urls"
