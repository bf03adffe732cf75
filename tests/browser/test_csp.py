"""Under the real Content-Security-Policy the live board still works (htmx, its ws extension,
room.js), the viewer's own notes are marked by the nonce'd style, and the browser reports no
violation at all."""

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import join_from_phone, open_console


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede")


def watch_csp(page) -> list[str]:
    seen = []
    page.on("console", lambda message: seen.append(message.text) if "Content Security Policy" in message.text else None)
    return seen


def test_the_live_board_works_under_the_policy_without_violations(open_page, armoede):
    anna = join_from_phone(open_page, armoede, name="Anna")
    anna_violations = watch_csp(anna)
    anna.reload()
    anna.wait_for_selector("#room[data-live]", state="attached")
    console = open_console(open_page, armoede)
    console_violations = watch_csp(console)
    console.reload()
    console.wait_for_selector("#room[data-live]", state="attached")

    anna.locator("#note-text").fill("Werkt onder de CSP")
    anna.locator("#composer button[type=submit]").click()
    own = anna.locator(".note", has_text="Werkt onder de CSP")
    own.wait_for()
    console.locator(".note-text", has_text="Werkt onder de CSP").wait_for()

    # The nonce'd <style> applied: Anna's own note has the "own" border colour.
    own_colour = own.evaluate("el => getComputedStyle(el).borderLeftColor")
    own_var = anna.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--own').trim()")
    assert own_colour == anna.evaluate(
        "v => { const d = document.createElement('div'); d.style.color = v; document.body.append(d);"
        " const c = getComputedStyle(d).color; d.remove(); return c; }", own_var)
    assert anna_violations == [] and console_violations == []
