"""The participant's phone as people use it live (issue 13), at 320 and 390 px: nothing wider
than the screen with any demo title, every control big enough for a thumb, the current phase
first, the spotlight on top, nothing typed ever lost, and plain words for a removed phone.

Every change travels through the server, as in the other browser tests: a socket opened in the
console's browser (`steer`) sends what the console's own buttons would send; only the room's
title and prompt are written straight into the database, then the page is loaded again."""

from concurrent.futures import ThreadPoolExecutor
import json
from pathlib import Path

import pytest

from sessions_app import demo_data
from sessions_app.models import Note, Participant, Room
from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console, wait_until_live

WIDTHS = [320, 390]
SHOTS = Path("/tmp/phone-shots")
SHOTS.mkdir(exist_ok=True)
LONG_WORD = "Ervaringsdeskundigheidsbevorderingsprogramma"


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid", lens_enabled=True)


def phone_at(open_page, room, width, name="Anna", perspective="ervaringsdeskundige"):
    return join_from_phone(open_page, room, name=name, perspective=perspective, viewport={"width": width, "height": 640})


def steer(console, room, action, **fields):
    """Sends one command over a fresh socket from the console's browser (its cookies, its origin)."""
    console.evaluate(
        """([code, message]) => new Promise((resolve, reject) => {
            const socket = new WebSocket(location.origin.replace("http", "ws") + "/ws/room/" + code + "/");
            socket.onopen = () => { socket.send(message); setTimeout(() => { socket.close(); resolve(); }, 400); };
            socket.onerror = reject;
        })""",
        [room.code, json.dumps({"action": action, **fields})],
    )


def demo_texts():
    """Every title, subtitle and first prompt the demo events show on a phone."""
    texts = []
    for event in demo_data.EVENTS:
        for block in event.get("rounds", []) or event.get("blocks", []):
            for room in block.get("rooms", []):
                texts.append((event["title"], room["title"], room.get("subtitle", ""), room.get("prompts", {}).get("verkennen", "")))
    assert len(texts) >= 10, "the demo's rooms were not found"
    return texts


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def small_controls(page, width) -> list[str]:
    """Every visible control on the page smaller than 44×44 px, or sticking out of the screen."""
    found = []
    controls = page.locator(
        "main button:visible, main summary:visible, main select:visible, main .perspective-option:visible, "
        "main .choice:visible, main a.button:visible, .site-header button:visible"
    )
    for index in range(controls.count()):
        control = controls.nth(index)
        box = control.bounding_box()
        if box is None or box["width"] == 0:
            continue
        if box["height"] < 44 or box["width"] < 44 or box["x"] < 0 or box["x"] + box["width"] > width + 0.5:
            found.append(f"{control.evaluate('e => e.outerHTML.slice(0, 90)')} {box}")
    assert controls.count() >= 12, "the controls to measure were not found"
    return found


@pytest.mark.parametrize("width", WIDTHS)
def test_no_sideways_scroll_and_thumb_sized_controls(open_page, armoede, width):
    anna = phone_at(open_page, armoede, width)
    anna.locator("#note-text").fill(f"{LONG_WORD} maakt het verschil")
    anna.locator("#composer button[type=submit]").click()
    anna.locator("#board .note", has_text=LONG_WORD).wait_for()
    mine = Note.objects.get(room=armoede)
    steer(open_console(open_page, armoede), armoede, "vote.open", budget=3)
    anna.get_by_role("button", name="Geef een stip").first.wait_for()

    for event_title, title, subtitle, prompt in demo_texts() + [("", LONG_WORD, LONG_WORD, LONG_WORD)]:
        Room.objects.filter(pk=armoede.pk).update(title=title, subtitle=subtitle)
        armoede.phases.filter(key="verkennen").update(prompt=prompt or LONG_WORD)
        anna.reload()
        wait_until_live(anna)
        assert page_width(anna) <= width, f"{title!r} makes the page {page_width(anna)} px wide at {width} px"

    # The note's own menus open: every control in them is as big as the rest.
    note = anna.locator("#board .note", has_text=LONG_WORD)
    note.locator(".note-edit summary").click()
    note.get_by_role("button", name="Bewaar").wait_for()
    assert note.get_by_role("button", name="Verwijder").is_visible()
    assert anna.get_by_role("button", name="Geef een stip").first.is_visible()
    note.locator(".tag-menu summary").click()
    note.get_by_role("button", name="Samen verbonden zijn").wait_for()
    assert small_controls(anna, width) == []
    assert page_width(anna) <= width
    anna.screenshot(path=str(SHOTS / f"phone-controls-{width}.png"), full_page=True)

    # All six roles in the filter are on the screen, none cut off or hidden behind a scroll.
    chips = anna.locator(".perspective-filter .perspective-option")
    assert chips.count() == 6
    for index in range(6):
        box = chips.nth(index).bounding_box()
        assert chips.nth(index).is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, box
    assert axe_violations(anna) == []
    assert mine.pk


def test_the_lens_speaks_plain_words_on_a_phone(open_page, armoede):
    anna = phone_at(open_page, armoede, 320)
    anna.locator("#note-text").fill("De buurtkamer")
    anna.locator("#composer button[type=submit]").click()
    note = anna.locator("#board .note", has_text="De buurtkamer")
    note.wait_for()
    note.locator(".tag-menu summary").click()
    note.get_by_role("button", name="Samen verbonden zijn").click()
    note.locator(".note-tag", has_text="Samen verbonden zijn").wait_for()
    text = anna.locator("main").inner_text()
    for jargon in ("Kies een voorwaarde", "Groepeer per voorwaarde", "Lens sociale kwaliteit", "Per voorwaarde"):
        assert jargon not in text
    assert Note.objects.get(room=armoede).tags == ["cohesie"]
    assert axe_violations(anna) == []


def test_the_current_phase_first_earlier_folded_later_hidden_and_the_spotlight_on_top(open_page, armoede):
    bram = phone_at(open_page, armoede, 390, name="Bram", perspective="beleid")
    bram.locator("#note-text").fill("Een vroeg idee")
    bram.locator("#composer button[type=submit]").click()
    bram.locator("#board .note", has_text="Een vroeg idee").wait_for()
    fatima = open_console(open_page, armoede)
    steer(fatima, armoede, "phase.set", phase="verbeelden")
    steer(fatima, armoede, "spotlight.set", note_id=Note.objects.get(room=armoede).pk)
    anna = phone_at(open_page, armoede, 320)

    sections = anna.locator("#board .phase-notes")
    visible = [sections.nth(i).get_attribute("data-phase") for i in range(sections.count()) if sections.nth(i).is_visible()]
    assert sorted(visible) == ["verbeelden", "verkennen"]  # vormgeven and verwezenlijken: not yet
    first = anna.evaluate("""() => [...document.querySelectorAll('#board .phase-notes')]
        .filter(s => s.offsetParent).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0].dataset.phase""")
    assert first == "verbeelden"
    folded = anna.locator("#phase-notes-verkennen")
    assert not folded.locator(".note", has_text="Een vroeg idee").is_visible()
    folded.locator("details.phase-fold summary").click()
    assert folded.locator(".note", has_text="Een vroeg idee").is_visible()

    spotlight = anna.locator("#spotlight").bounding_box()
    composer = anna.locator("#composer").bounding_box()
    assert spotlight["y"] < composer["y"] and spotlight["y"] < 640, (spotlight, composer)

    anna.screenshot(path=str(SHOTS / "phone-phases-320.png"), full_page=True)
    send, ready = anna.locator("#composer button[type=submit]"), anna.locator("#ready-button")
    look = "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderRadius, s.borderColor]; }"
    send_look, ready_look = send.evaluate(look), ready.evaluate(look)
    assert send_look[0] != ready_look[0] and send_look[1] != ready_look[1] and send_look[2] != ready_look[2]
    assert axe_violations(anna) == []


def test_a_phase_change_folds_and_shows_phases_live(open_page, armoede):
    bram = phone_at(open_page, armoede, 390, name="Bram", perspective="beleid")
    bram.locator("#note-text").fill("Wat goed ging")
    bram.locator("#composer button[type=submit]").click()
    anna = phone_at(open_page, armoede, 390)
    anna.locator("#note-text").fill("Mijn eigen verhaal")
    anna.locator("#composer button[type=submit]").click()
    anna.locator("#board .note", has_text="Mijn eigen verhaal").wait_for()
    assert anna.locator("#board .note", has_text="Wat goed ging").is_visible()
    fatima = open_console(open_page, armoede)

    steer(fatima, armoede, "phase.set", phase="vormgeven")  # over verbeelden in one jump
    anna.locator("#phase-head-vormgeven.is-current").wait_for(state="attached")
    assert anna.locator("#phase-notes-vormgeven").is_visible()
    assert anna.locator("#phase-head-verbeelden.is-past").count() == 1
    assert not anna.locator(".note", has_text="Wat goed ging").is_visible()  # folded away
    assert anna.locator(".note", has_text="Mijn eigen verhaal").is_visible()  # one's own notes stay in sight
    assert not anna.locator("#phase-notes-verwezenlijken").is_visible()
    steer(fatima, armoede, "phase.set", phase="verkennen")
    anna.locator("#phase-head-verkennen.is-current").wait_for(state="attached")
    assert anna.locator(".note", has_text="Wat goed ging").is_visible()
    assert not anna.locator("#phase-notes-verbeelden").is_visible()
    assert axe_violations(anna) == []


def test_a_draft_survives_a_reload_and_a_long_paste_stays_whole(open_page, armoede):
    anna = phone_at(open_page, armoede, 320)
    anna.locator("#note-text").fill("Half af, en dan trekt")  # typed, not sent
    anna.reload()
    wait_until_live(anna)
    assert anna.locator("#note-text").input_value() == "Half af, en dan trekt"

    long_text = ("Een heel lang verhaal over wat er goed ging. " * 60)[:2400]
    anna.locator("#note-text").fill(long_text)  # as a paste: one input event
    message = anna.locator("#note-too-long")
    assert message.is_visible() and "Dat is iets te lang. Maak het korter (max. 280 tekens)." in message.inner_text()
    assert anna.locator("#note-text").get_attribute("aria-invalid") == "true"
    anna.locator("#composer button[type=submit]").click()
    anna.wait_for_timeout(700)
    assert anna.locator("#note-text").input_value() == long_text  # whole, not cut at 280
    assert not Note.objects.filter(room=armoede).exists()
    anna.reload()
    wait_until_live(anna)
    assert anna.locator("#note-text").input_value() == long_text

    anna.locator("#note-text").fill("Kort en goed")
    assert not anna.locator("#note-too-long").is_visible()
    anna.locator("#composer button[type=submit]").click()
    anna.locator("#board .note", has_text="Kort en goed").wait_for()
    anna.reload()
    wait_until_live(anna)
    assert anna.locator("#note-text").input_value() == ""  # sent and stored: no draft left
    assert Note.objects.get(room=armoede).text == "Kort en goed"


def test_text_in_the_box_when_writing_closes_stays_and_can_be_sent_when_it_opens(open_page, armoede):
    anna = phone_at(open_page, armoede, 320)
    fatima = open_console(open_page, armoede)
    anna.locator("#note-text").fill("Nog even dit")
    steer(fatima, armoede, "writing.set", open=False)
    anna.locator('#phase-status[data-writing-open="false"]').wait_for(state="attached")
    assert anna.locator("#note-text").input_value() == "Nog even dit"
    assert anna.locator("#composer button[type=submit]").is_disabled()
    assert anna.locator("#note-closed-hint").is_visible()
    anna.reload()  # also across a reload
    wait_until_live(anna)
    assert anna.locator("#note-text").input_value() == "Nog even dit"

    steer(fatima, armoede, "writing.set", open=True)
    anna.locator('#phase-status[data-writing-open="true"]').wait_for(state="attached")
    anna.locator("#composer button[type=submit]").click()
    anna.locator("#board .note", has_text="Nog even dit").wait_for()
    assert Note.objects.filter(room=armoede, text="Nog even dit").count() == 1


def test_a_removed_phone_gets_a_plain_message_and_no_form(open_page, armoede):
    anna = phone_at(open_page, armoede, 320, name="")
    fatima = open_console(open_page, armoede)
    participant = Participant.objects.get(room=armoede)
    row = fatima.locator(f"#participant-{participant.pk} .who")  # in the console's list of people
    assert row.text_content().startswith("Deelnemer 1") and f"#{participant.pk}" not in row.text_content()

    steer(fatima, armoede, "participant.remove", participant_id=participant.pk)
    anna.get_by_text("De gespreksleider heeft je uit deze ruimte gehaald.").first.wait_for()
    assert not anna.locator("#composer").is_visible() and not anna.locator("#ready-button").is_visible()
    anna.reload()
    assert "De gespreksleider heeft je uit deze ruimte gehaald." in anna.locator("main").inner_text()
    assert anna.locator("#name").count() == 0 and anna.get_by_role("button", name="Doe mee").count() == 0
    assert anna.get_by_role("link", name="Verwijder je briefjes en stemmen uit deze deelsessie").is_visible()
    assert page_width(anna) <= 320
    assert axe_violations(anna) == []
    anna.screenshot(path=str(SHOTS / "phone-removed-320.png"))


def test_deleting_ones_own_note_can_be_taken_back_for_a_few_seconds(open_page, armoede):
    anna = phone_at(open_page, armoede, 320)
    bram = phone_at(open_page, armoede, 390, name="Bram", perspective="beleid")
    for text in ("Eerste idee", "Tweede idee"):
        anna.locator("#note-text").fill(text)
        anna.locator("#composer button[type=submit]").click()
        anna.locator("#board .note", has_text=text).wait_for()
    first = anna.locator("#board .note", has_text="Eerste idee")
    first.locator(".note-edit summary").click()
    first.get_by_role("button", name="Verwijder").click()

    undo = anna.get_by_role("button", name="Zet terug")
    undo.wait_for()
    assert "Je briefje is verwijderd." in anna.locator("#undo").inner_text()
    box = undo.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    bram.locator("#board .note", has_text="Eerste idee").wait_for(state="detached")
    assert axe_violations(anna) == []
    undo.click()
    for phone in (anna, bram):
        phone.locator("#board .note", has_text="Eerste idee").wait_for()
        texts = phone.locator("#notes-verkennen .note-text").all_inner_texts()
        assert texts == ["Eerste idee", "Tweede idee"]  # back in its place, once
    assert not undo.is_visible()
    assert list(Note.objects.filter(room=armoede).values_list("text", flat=True)) == ["Eerste idee", "Tweede idee"]

    # After the seconds have passed the offer is gone, and the note with it.
    anna.locator("#undo").evaluate("undo => { undo.dataset.seconds = '1'; }")
    first = anna.locator("#board .note", has_text="Eerste idee")
    first.locator(".note-edit summary").click()
    first.get_by_role("button", name="Verwijder").click()
    undo.wait_for()
    undo.wait_for(state="hidden", timeout=3000)
    assert list(Note.objects.filter(room=armoede).values_list("text", flat=True)) == ["Tweede idee"]


def test_every_page_a_phone_sees_fits_320_px_with_the_demo_events(open_page, transactional_db):
    from sessions_app import demo

    organiser, _created = demo.ensure_organiser("demo-wachtwoord")
    # The demo's werkvormen rooms are played through the services, which broadcast on commit: that
    # needs a thread without Playwright's running event loop.
    with ThreadPoolExecutor(1) as worker:
        demo_events = worker.submit(demo.load_all, organiser).result()
    for event, loaded in demo_events:
        page = open_page(f"/j/{event.code}/", viewport={"width": 320, "height": 640})
        assert page_width(page) <= 320, f"joining {event.title!r}"
        page.locator("form.stack button[type=submit]").click()
        page.wait_for_url(f"**/e/{event.slug}/kies/")
        assert page_width(page) <= 320, f"choosing a room of {event.title!r}"
        for room in loaded:
            page.goto(f"/j/{room.code}/")
            assert page_width(page) <= 320, f"joining {room.title!r}"
