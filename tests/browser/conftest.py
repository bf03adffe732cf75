"""Browser harness: one Daphne server (websockets included) in a child process against the test
database, and one headless system Chromium for the whole session. Each phone or console is its own
browser context, so each has its own cookies, exactly like separate devices.

Only on the default path (SQLite + in-memory layer): the in-memory layer lives in the server
process, so every change a test makes must go through the server (a page), not a service call
from the test process."""

from pathlib import Path

import pytest
from django.db import connections

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def _serve_test_database(django_db_blocker):
    """Runs in the (forked) server process: use the test database the parent created, which
    pytest-django's blocker would otherwise forbid outside a test."""
    from django.conf import settings

    settings.DATABASES["default"]["NAME"] = settings.DATABASES["default"]["TEST"]["NAME"]
    django_db_blocker.unblock()


@pytest.fixture(scope="package")
def live_server_url(django_db_setup, django_db_blocker):
    """A real Daphne serving HTTP, static files and websockets on a free port."""
    from functools import partial

    from channels.testing.live import make_application
    from daphne.testing import DaphneProcess
    from django.conf import settings
    from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.fail("Browser tests run on the default path only (unset DATABASE_URL and REDIS_URL).")
    with django_db_blocker.unblock():
        connections.close_all()  # never share an open SQLite handle with the forked server
    server = DaphneProcess("127.0.0.1", partial(make_application, static_wrapper=ASGIStaticFilesHandler),
                           setup=partial(_serve_test_database, django_db_blocker))
    server.daemon = True
    server.start()
    if not server.ready.wait(timeout=15):
        error = server.errors.get(False) if not server.errors.empty() else "no error reported"
        raise RuntimeError(f"Daphne did not start: {error}")
    yield f"http://127.0.0.1:{server.port.value}"
    server.terminate()
    server.join(timeout=5)


@pytest.fixture(scope="package")
def chromium(live_server_url):
    # Started after the server: forking a process that already runs Playwright's driver is asking for trouble.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _orm_beside_playwright(monkeypatch):
    """Playwright's sync API keeps an event loop running in the test thread, so Django would refuse
    the ORM there (and pytest-django's flush after the test). Allowed for browser tests only, and
    only while they run: set for the whole process, it would hide real async bugs in the socket
    tests (and in the forked server)."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def server(live_server_url, transactional_db):
    """The live server's URL, with a database that is emptied after the test."""
    return live_server_url


@pytest.fixture
def open_page(chromium, server):
    """open_page(path, locale="nl-NL", viewport=PHONE) -> a Page in a new context (a new device)."""
    contexts = []

    def open_(path="/", *, locale="nl-NL", viewport=None, context=None):
        if context is None:
            context = chromium.new_context(locale=locale, viewport=viewport or PHONE, base_url=server)
            context.set_default_timeout(5000)
            contexts.append(context)
        page = context.new_page()
        page.goto(path if path.startswith("http") else server + path)
        return page

    yield open_
    for context in contexts:
        context.close()


def axe_violations(page) -> list[str]:
    """axe-core on the page as it is now; one readable line per violation and node."""
    # Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
    # govern (add_script_tag would insert an inline <script>, which the policy rightly refuses).
    page.evaluate(AXE.read_text())
    result = page.evaluate("tags => axe.run(document, {runOnly: tags})", AXE_TAGS)
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node.get('failureSummary', '')}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def join_from_phone(open_page, room, *, name="", perspective="", link=None, **kwargs):
    """A phone opens the join link (what the QR code points to), fills in the short form and
    arrives on the board with a live socket."""
    page = open_page(link or f"/j/{room.code}/", **kwargs)
    if name:
        page.locator("#name").fill(name)
    if perspective:
        page.locator(f'input[name="perspective"][value="{perspective}"]').check()
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url(f"**/r/{room.code}/")
    wait_until_live(page)
    return page


def open_console(open_page, room, **kwargs):
    viewport = kwargs.pop("viewport", DESKTOP)
    page = open_page(f"/f/{room.code}/{room.facilitator_token}/", viewport=viewport, **kwargs)
    page.wait_for_url(f"**/f/{room.code}/")
    wait_until_live(page)
    return page


def wait_until_live(page, timeout=None):
    """The socket is open and its first snapshot has been swapped in."""
    page.wait_for_selector("#room[data-live]", state="attached", timeout=timeout)
