"""The positive core and the droomzinnen in real browsers (issue 15): Fatima marks what the group
is good at in verkennen; in verbeelden the band stays on every screen, Anna writes a droomzin,
Bram taps "Dit wil ik ook" (and takes it back and gives it again), Fatima links the droomzin to
the note it grew from. Every screen stays free of axe violations."""

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import DESKTOP, axe_violations, join_from_phone, open_console, wait_until_live

ZOOM = {"width": 1280, "height": 720}


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede")


def send_note(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()
    page.locator("#board .note-text", has_text=text).wait_for()


def board_note(page, text):
    return page.locator("#board .note", has_text=text)


def test_the_core_stays_in_view_and_a_droomzin_is_written_endorsed_and_linked(open_page, armoede):
    fatima = open_console(open_page, armoede, viewport=DESKTOP)
    screen = open_page(f"/f/{armoede.code}/{armoede.facilitator_token}/", viewport=ZOOM)
    screen.goto(f"/p/{armoede.code}/")
    wait_until_live(screen)
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid")
    send_note(anna, "De buurtkamer is elke ochtend open")
    send_note(bram, "Een vast loket voor alle regelingen")

    # Verkennen: nothing in the core yet; the console says how to choose, the phones show no band.
    assert fatima.locator("#core-band").is_visible() and anna.locator("#core-band").is_hidden()
    assert anna.locator("#propositions").is_hidden()  # droomzinnen come in verbeelden
    note = board_note(fatima, "De buurtkamer is elke ochtend open")
    note.locator(".note-menu > summary").click()
    note.get_by_role("button", name="Zet bij onze kracht").click()
    for page in (anna, bram, screen, fatima):
        page.locator("#core-band .core-item", has_text="De buurtkamer is elke ochtend open").wait_for()
    assert axe_violations(fatima) == []

    # Verbeelden: the band stays on the console, the phones and the presenter.
    fatima.locator("#phase-status .controls").get_by_role("button", name="Verbeelden").click()
    for page in (anna, bram, screen, fatima):
        page.locator('#phase-status[data-phase="verbeelden"]').wait_for()
        assert page.locator("#core-band", has_text="De buurtkamer is elke ochtend open").is_visible()
    assert anna.locator("#propositions").is_visible()

    # Anna writes a droomzin; the field empties once it is on the board.
    anna.locator("#proposition-text").fill("Wij kennen de mensen in onze wijk bij naam")
    anna.get_by_role("button", name="Deel je droomzin").click()
    droom = ".proposition"
    for page in (anna, bram, screen, fatima):
        page.locator(droom, has_text="Wij kennen de mensen").wait_for()
    anna.wait_for_function("document.getElementById('proposition-text').value === ''")
    assert anna.locator(droom).get_by_role("button", name="Dit wil ik ook").count() == 0  # her own

    # Bram: one tap, again takes it back, a third gives it again.
    endorse = bram.locator(droom).locator("button:visible")
    assert endorse.get_attribute("aria-pressed") == "false"
    endorse.click()
    screen.locator(droom, has_text="1 persoon wil dit ook").wait_for()
    bram.locator(droom).locator('button[aria-pressed="true"]:visible').wait_for()
    bram.locator(droom).locator("button:visible").click()
    screen.locator(droom, has_text="0 mensen willen dit ook").wait_for()
    bram.locator(droom).locator('button[aria-pressed="false"]:visible').click()
    for page in (anna, screen, fatima):
        page.locator(droom, has_text="1 persoon wil dit ook").wait_for()

    # Fatima links it to the note it grew from.
    fatima.locator("#proposition-linker-item").select_option(label="De buurtkamer is elke ochtend open")
    fatima.locator("#proposition-linker").get_by_role("button", name="Koppel").click()
    for page in (anna, screen, fatima):
        page.locator(droom, has_text="Groeit uit:").wait_for()
    assert "De buurtkamer is elke ochtend open" in screen.locator(droom).inner_text()
    for page in (anna, bram, screen, fatima):  # with the droomzin form and the buttons showing
        assert axe_violations(page) == []

    # Vormgeven and verwezenlijken: the band stays; after the droomzin phases the list stays, read-only.
    fatima.locator("#phase-status .controls").get_by_role("button", name="Verwezenlijken").click()
    anna.locator('#phase-status[data-phase="verwezenlijken"]').wait_for()
    assert anna.locator("#core-band").is_visible() and screen.locator("#core-band").is_visible()
    assert anna.locator(droom).is_visible() and anna.locator("#proposition-form").is_hidden()
    assert bram.locator(droom).locator("button:visible").count() == 0
    assert screen.locator("form:visible").count() == 0  # the presenter only shows

    for page in (anna, bram, screen, fatima):
        assert axe_violations(page) == []
    anna.set_viewport_size({"width": 320, "height": 640})
    assert anna.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_violations(anna) == []
