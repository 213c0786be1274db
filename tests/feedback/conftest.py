from tests.newsroom.conftest import make_news, newsroom  # noqa: F401 - fixtures shared with newsroom
