"""The smaller board, used by hand: the console adds chosen notes to an existing theme from the
bar, by keyboard only; a phone corrects and deletes its own note from one small menu."""

import pytest
from playwright.sync_api import expect

from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console

SECOND = 1000


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")


def send_note(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()


def test_chosen_notes_go_into_an_existing_theme_by_keyboard(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna")
    for text in ("Een huis met een tuin", "Eén loket voor alles", "Koken met de buren"):
        send_note(anna, text)
    fatima.locator("#board .note", has_text="Koken met de buren").wait_for(timeout=3 * SECOND)

    fatima.locator("#board .note", has_text="Een huis met een tuin").get_by_role("checkbox").focus()
    fatima.keyboard.press("Space")
    fatima.locator("#theme-pick-title-verkennen").focus()
    fatima.keyboard.type("Thuis")
    fatima.keyboard.press("Enter")
    anna.locator("#board .theme", has_text="Thuis").wait_for(timeout=SECOND)

    for text in ("Eén loket voor alles", "Koken met de buren"):
        fatima.locator("#board .note", has_text=text).get_by_role("checkbox").focus()
        fatima.keyboard.press("Space")
    choose = fatima.get_by_label("Voeg toe aan")
    choose.focus()
    choose.select_option(label="Thuis")
    fatima.keyboard.press("Tab")  # to "Voeg toe"
    fatima.keyboard.press("Enter")

    theme = anna.locator("#board .theme", has_text="Thuis")
    theme.locator(".note-text", has_text="Koken met de buren").wait_for(timeout=SECOND)
    assert theme.locator(".note").count() == 3
    assert axe_violations(fatima) == []


def test_a_phone_corrects_and_deletes_its_own_note_from_one_menu(open_page, armoede):
    anna = join_from_phone(open_page, armoede, name="Anna")
    bram = join_from_phone(open_page, armoede, name="Bram")
    send_note(anna, "Een huis met een tuun")
    send_note(anna, "Per ongeluk verstuurd")
    own = anna.locator("#board .note", has_text="Een huis met een tuun")
    own.wait_for(timeout=3 * SECOND)
    bram.locator("#board .note", has_text="Een huis met een tuun").wait_for(timeout=SECOND)
    assert bram.locator("#board .note .note-edit summary:visible").count() == 0  # not Bram's to change

    own.locator(".note-edit summary").click()
    box = own.get_by_label("Nieuwe tekst")
    expect(box).to_have_value("Een huis met een tuun")  # the text to correct is there (room.js puts it in)
    box.fill("Een huis met een tuin")
    own.get_by_role("button", name="Bewaar").click()
    bram.locator("#board .note-text", has_text="Een huis met een tuin").wait_for(timeout=SECOND)

    mistake = anna.locator("#board .note", has_text="Per ongeluk verstuurd")
    mistake.locator(".note-edit summary").click()
    mistake.get_by_role("button", name="Verwijder").click()
    bram.locator("#board .note", has_text="Per ongeluk verstuurd").wait_for(state="detached", timeout=SECOND)
    assert axe_violations(anna) == []
