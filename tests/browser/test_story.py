"""The foundation as people live it: Fatima steers from her laptop, Anna and Bram write on their
phones. Each phone is its own browser context (own cookies), all on one live Daphne server."""

import time

import pytest

from sessions_app.models import Note, Participant
from sessions_app.services import rooms
from tests.browser.conftest import join_from_phone, open_console, wait_until_live

pytestmark = pytest.mark.browser
SECOND = 1000  # ms: "within a second"


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")


def note(page, text):
    return page.locator("#board .note-text", has_text=text)


def type_note(page, text):
    page.locator("#note-text").fill(text)


def send_note(page, text):
    type_note(page, text)
    page.locator("#composer button[type=submit]").click()


def wait_for_phase(page, phase):
    page.wait_for_function("key => document.getElementById('phase-status').dataset.phase === key", arg=phase)


def cut_socket(page):
    """The phone loses its network: no new connections, and the open socket drops."""
    page.context.set_offline(True)
    page.evaluate("document.getElementById('room')['htmx-internal-data'].webSocket.socket.close()")
    page.wait_for_selector("#room:not([data-live])", state="attached")


def test_a_note_reaches_the_other_phone_and_the_console(open_page, armoede):
    fatima = open_console(open_page, armoede)
    join_link = fatima.locator(".join-url a").get_attribute("href")
    assert join_link.endswith(f"/j/{armoede.code}/")

    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige", link=join_link)
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid", link=join_link)
    fatima.locator("#room-stats", has_text="2").wait_for()

    sent = time.monotonic()
    send_note(anna, "De buurtkamer is elke ochtend open")

    for screen in (bram, fatima, anna):
        note(screen, "De buurtkamer is elke ochtend open").wait_for(timeout=SECOND)
    print(f"\nnote on three screens after {1000 * (time.monotonic() - sent):.0f} ms")
    assert "Anna" in bram.locator("#board .note").first.inner_text()
    assert anna.locator("#note-text").input_value() == ""


def test_a_half_typed_note_survives_a_phase_change_and_lands_where_it_was_written(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid")
    bram.locator("#note-text").click()
    type_note(bram, "Vrijwilligers die zelf rondkwamen met weinig")

    fatima.locator("#phase-status .controls button", has_text="Verbeelden").click()

    for screen in (anna, bram, fatima):
        wait_for_phase(screen, "verbeelden")
        assert screen.locator("#phase-status h2").inner_text().startswith("Verbeelden")
    assert bram.locator("#note-text").input_value() == "Vrijwilligers die zelf rondkwamen met weinig"
    hint = bram.locator("#note-phase-hint")
    assert hint.is_visible() and "Verkennen" in hint.inner_text()
    assert anna.locator("#note-phase-hint").is_hidden()  # an empty composer simply follows

    bram.locator("#composer button[type=submit]").click()
    for screen in (fatima, bram):  # Bram sees his own note arrive, though Verkennen is folded on phones now
        screen.locator("#notes-verkennen .note-text", has_text="rondkwamen met weinig").wait_for()
    anna.locator("#notes-verkennen .note-text", has_text="rondkwamen met weinig").wait_for(state="attached")
    anna.locator("#phase-notes-verkennen .phase-fold summary").click()  # on her phone, behind the fold
    assert anna.locator("#notes-verkennen .note-text", has_text="rondkwamen met weinig").is_visible()
    assert Note.objects.get(text="Vrijwilligers die zelf rondkwamen met weinig").phase == "verkennen"
    assert bram.locator("#note-phase-hint").is_hidden()  # the next note is for Verbeelden
    assert bram.locator('#composer [name="phase"]').input_value() == "verbeelden"


def test_while_writing_is_closed_the_phone_keeps_its_text_and_sends_it_when_writing_opens(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna")
    type_note(anna, "Nog even vasthouden")

    fatima.get_by_role("button", name="Zet schrijven dicht").click()
    anna.locator("#phase-status .writing-closed").wait_for()
    assert anna.locator("#composer button[type=submit]").is_disabled()
    assert anna.locator("#note-text").input_value() == "Nog even vasthouden"

    fatima.get_by_role("button", name="Zet schrijven open").click()
    anna.locator("#phase-status .writing-closed").wait_for(state="detached")
    anna.locator("#composer button[type=submit]").click()
    note(fatima, "Nog even vasthouden").wait_for()


def test_a_phone_that_lost_its_connection_catches_up_and_sends_what_it_wrote(open_page, armoede):
    anna = join_from_phone(open_page, armoede, name="Anna")
    bram = join_from_phone(open_page, armoede, name="Bram")

    cut_socket(anna)
    assert anna.locator("#connection").inner_text() != ""
    send_note(anna, "Geschreven in de kelder zonder bereik")
    assert "Geschreven in de kelder" in anna.locator("#outbox").inner_text()
    send_note(bram, "Ondertussen op de andere telefoon")
    note(bram, "Ondertussen op de andere telefoon").wait_for()

    back = time.monotonic()
    anna.context.set_offline(False)
    wait_until_live(anna, timeout=15_000)  # the next retry comes within 5 s (capped backoff)
    print(f"\nback on the board {1000 * (time.monotonic() - back):.0f} ms after the network returned")
    note(anna, "Ondertussen op de andere telefoon").wait_for()
    note(anna, "Geschreven in de kelder zonder bereik").wait_for()
    note(bram, "Geschreven in de kelder zonder bereik").wait_for()
    anna.locator("#outbox li").first.wait_for(state="detached")
    assert anna.locator("#connection").inner_text() == ""
    assert Note.objects.filter(text="Geschreven in de kelder zonder bereik").count() == 1
    assert anna.locator("#board .note").count() == 2  # the full board, nothing twice


def test_a_missed_frame_is_noticed_and_the_board_is_fetched_again(open_page, armoede):
    anna = join_from_phone(open_page, armoede, name="Anna")
    bram = join_from_phone(open_page, armoede, name="Bram")
    # The channel layer drops the frame of the first note on its way to Anna's phone.
    anna.evaluate("""() => document.addEventListener('htmx:wsBeforeMessage', function drop(event) {
        if (event.detail.message.indexOf('Verloren onderweg') < 0) return;
        event.preventDefault(); event.stopImmediatePropagation();
        document.removeEventListener('htmx:wsBeforeMessage', drop, true);
    }, true)""")

    send_note(bram, "Verloren onderweg")
    note(bram, "Verloren onderweg").wait_for()
    assert note(anna, "Verloren onderweg").count() == 0
    send_note(bram, "De volgende komt wel aan")

    note(anna, "Verloren onderweg").wait_for()
    note(anna, "De volgende komt wel aan").wait_for()
    assert anna.locator("#board .note").count() == 2


def test_a_script_in_a_note_is_shown_as_text(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="<b>Anna</b>")
    text = '<script>document.title="stuk"</script><img src=x onerror="document.title=\'stuk\'">'

    send_note(anna, text)

    for screen in (anna, fatima):
        shown = screen.locator("#board .note-text").first
        shown.wait_for()
        assert shown.inner_text() == text
        assert screen.locator("#board .note script, #board .note img, #board .note b").count() == 0
        assert screen.title() != "stuk"


def test_reloading_the_phone_keeps_the_same_participant(open_page, armoede):
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="praktijk")
    send_note(anna, "Eerst dit")
    note(anna, "Eerst dit").wait_for()

    anna.reload()
    wait_until_live(anna)
    assert anna.url.endswith(f"/r/{armoede.code}/")
    note(anna, "Eerst dit").wait_for()
    anna.goto(anna.url.replace("/r/", "/j/"))  # the QR code again: straight back to the board
    wait_until_live(anna)
    assert anna.url.endswith(f"/r/{armoede.code}/")
    assert Participant.objects.filter(room=armoede).count() == 1
