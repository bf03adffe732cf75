"""Private writing, reveal, theming by keyboard, spotlight and actions, as people do them: Fatima on
her laptop, Anna and Bram on their phones, one live Daphne server."""

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console

SECOND = 1000


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")


def send_note(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()


def test_private_writing_then_reveal_then_themes_by_keyboard(open_page, armoede, tmp_path):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid")

    fatima.get_by_role("button", name="Privé schrijven").click()
    anna.locator(".private-hint").wait_for(timeout=3 * SECOND)  # the first refresh of a fresh server is slower
    send_note(anna, "Een huis met een tuin")
    send_note(bram, "Eén loket voor alles")

    anna.locator("#own-notes .note-text", has_text="Een huis met een tuin").wait_for(timeout=SECOND)
    fatima.locator("#board .note.is-private", has_text="Een huis met een tuin").wait_for(timeout=SECOND)
    bram.locator("#waiting-verkennen", has_text="2 briefjes geschreven").wait_for(timeout=SECOND)
    assert "Een huis met een tuin" not in bram.content()
    assert axe_violations(anna) == []
    anna.screenshot(path=str(tmp_path / "phone-private.png"), full_page=True)

    fatima.get_by_role("button", name="Laat alles zien").click()
    bram.locator("#board .note-text", has_text="Een huis met een tuin").wait_for(timeout=SECOND)
    anna.locator("#board .note-text", has_text="Eén loket voor alles").wait_for(timeout=SECOND)
    anna.locator("#own-notes").wait_for(state="hidden", timeout=SECOND)

    # Theming by keyboard only: tick two notes with Space, name the theme, press Enter.
    for text in ("Een huis met een tuin", "Eén loket voor alles"):
        fatima.locator("#board .note", has_text=text).get_by_role("checkbox").focus()
        fatima.keyboard.press("Space")
    fatima.locator("#theme-pick-title-verkennen").focus()
    fatima.keyboard.type("Thuis in de wijk")
    fatima.keyboard.press("Enter")
    theme = bram.locator("#board .theme", has_text="Thuis in de wijk")
    theme.locator(".note-text", has_text="Eén loket voor alles").wait_for(timeout=SECOND)
    assert theme.locator(".note").count() == 2
    assert fatima.locator("#theme-pick-title-verkennen").input_value() == ""  # ready for the next theme
    assert fatima.locator("#board input[name=note_ids]:checked").count() == 0

    # The spotlight from the theme's menu, opened by keyboard.
    menu = fatima.locator(".theme-menu summary").first
    menu.focus()
    fatima.keyboard.press("Enter")
    fatima.locator(".theme-menu").get_by_role("button", name="Zet in de spotlight").click()
    bram.locator("#spotlight", has_text="Thuis in de wijk").wait_for(timeout=SECOND)
    assert axe_violations(fatima) == []
    assert axe_violations(bram) == []
    fatima.screenshot(path=str(tmp_path / "console-themes.png"), full_page=True)


def test_actions_in_verwezenlijken(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna")

    fatima.locator(".phase-status .controls").get_by_role("button", name="Verwezenlijken").click()
    fatima.locator("#action-what-new").fill("Buurtkamer elke ochtend open")
    fatima.locator("#action-who-new").fill("Wijkteam")
    fatima.locator("#action-when-new").fill("2026-12-01")
    fatima.get_by_role("button", name="Voeg de actie toe").click()

    action = anna.locator("#actions .action", has_text="Buurtkamer elke ochtend open")
    action.wait_for(timeout=SECOND)
    assert "Wijkteam" in action.inner_text() and "2026" in action.inner_text()
    assert axe_violations(fatima) == []
    assert axe_violations(anna) == []


def test_on_a_large_screen_a_note_can_also_be_dragged_into_a_theme(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna")
    send_note(anna, "Een huis met een tuin")
    send_note(anna, "Eén loket voor alles")
    first = fatima.locator("#board .note", has_text="Een huis met een tuin")
    first.wait_for(timeout=SECOND)
    first.get_by_role("checkbox").check()
    fatima.locator("#theme-pick-title-verkennen").fill("Thuis")
    fatima.locator("#theme-pick-title-verkennen").press("Enter")
    theme = fatima.locator("#board .theme", has_text="Thuis")
    theme.locator(".note-text", has_text="Een huis met een tuin").wait_for(timeout=SECOND)

    fatima.locator("#board .note", has_text="Eén loket voor alles").drag_to(theme)
    theme.locator(".note-text", has_text="Eén loket voor alles").wait_for(timeout=SECOND)
    anna.locator("#board .theme", has_text="Thuis").locator(".note-text", has_text="Eén loket").wait_for(timeout=SECOND)

    theme.locator(".note", has_text="Een huis met een tuin").drag_to(fatima.locator("#notes-verkennen"))
    fatima.locator("#notes-verkennen .note-text", has_text="Een huis met een tuin").wait_for(timeout=SECOND)
