"""Headless Debian chromium through Playwright, against pytest-django's live server.

``make test`` installs chromium when it is missing (never a browser download of Playwright's).
"""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import DEFAULT_DB_ALIAS, connections
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 360, "height": 740}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(django_db_setup, django_db_blocker):
    # Once Playwright's loop is running, Django hands this thread a new connection object, which
    # lacks the snapshot that serialized rollback restores after each transactional test: carry
    # it over, so data made by migrations (root page, roles, workflow) survives every test.
    with django_db_blocker.unblock():
        snapshot = getattr(connections[DEFAULT_DB_ALIAS], "_test_serialized_contents", None)
    with sync_playwright() as playwright:
        if snapshot is not None:
            connections[DEFAULT_DB_ALIAS]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _refuse_csp_violations(tab):
    """Every test runs under the site's Content-Security-Policy: a blocked script, style, frame or
    image is reported by chromium on the console and fails the test at teardown."""
    violations = []
    tab.on(
        "console",
        lambda message: (
            violations.append(f"{tab.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return violations


@pytest.fixture
def browser_page(browser, live_server):
    """A fresh browser tab (own cookies) with ``base_url`` set to the live server."""
    context = browser.new_context(base_url=live_server.url, locale="th-TH", timezone_id="Asia/Bangkok")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    violations = _refuse_csp_violations(tab)
    yield tab
    context.close()
    assert not violations, violations


@pytest.fixture
def phone_page(browser, live_server):
    """A tab sized like a small phone (360 px wide), with touch."""
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True, locale="th-TH"
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    violations = _refuse_csp_violations(tab)
    yield tab
    context.close()
    assert not violations, violations


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """``assert_accessible(tab)``: axe-core finds no WCAG 2.1 A/AA violation on the open page.

    The tab must run JavaScript: axe schedules its checks with ``setTimeout``, which never fires in a
    context made with ``java_script_enabled=False``, and ``evaluate`` would wait forever.
    """

    def _check(tab):
        results = axe.run(tab, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
        assert results.violations_count == 0, f"{tab.url}\n{results.generate_report()}"
        return results

    return _check


@pytest.fixture
def browser_login(live_server):
    """``browser_login(tab, user)``: log a tab into the admin through the real login form."""

    def _login(tab, username, password="demo1234"):
        tab.goto("/admin/login/")
        tab.fill("input[name=username]", username)
        tab.fill("input[name=password]", password)
        tab.click("button[type=submit]")
        # "**/admin/**" would match the login page itself: wait until the form has let the user in.
        tab.wait_for_url(lambda url: "/admin/login/" not in url)
        return tab

    return _login
