"""The release fingerprint follows what pages are rendered with, and nothing else."""

import pytest

from caching import release


@pytest.fixture
def checkout(tmp_path, settings):
    for path, text in {
        "templates/pages/news_page.html": "<h1>{{ page.title }}</h1>",
        "newsroom/models.py": "TITLE = 'ข่าว'",
        "static/css/site.css": "body { font-family: Sarabun; }",
        "requirements.txt": "wagtail==8.0.1",
        "tests/test_news.py": "def test(): pass",
        "media/images/cover.py": "uploaded",
        "db.sqlite3": "rows",
        ".venv/lib/site.py": "installed",
    }.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    settings.BASE_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    release.fingerprint.cache_clear()
    yield tmp_path
    release.fingerprint.cache_clear()


def fresh_fingerprint():
    release.fingerprint.cache_clear()
    return release.fingerprint()


@pytest.mark.parametrize(
    "changed",
    ["templates/pages/news_page.html", "newsroom/models.py", "static/css/site.css", "requirements.txt"],
)
def test_a_change_to_code_templates_styles_or_requirements_is_a_new_release(checkout, changed):
    before = fresh_fingerprint()
    (checkout / changed).write_text((checkout / changed).read_text() + "\n# ฉบับแก้ไข")
    assert fresh_fingerprint() != before


@pytest.mark.parametrize(
    "changed", ["tests/test_news.py", "media/images/cover.py", "db.sqlite3", ".venv/lib/site.py"]
)
def test_tests_uploads_data_and_the_virtual_environment_are_not(checkout, changed):
    before = fresh_fingerprint()
    (checkout / changed).write_text("changed")
    assert fresh_fingerprint() == before


def test_contents_count_not_file_times(checkout):
    before = fresh_fingerprint()
    template = checkout / "templates/pages/news_page.html"
    template.write_text(template.read_text())  # a new modification time, the same contents
    assert fresh_fingerprint() == before
