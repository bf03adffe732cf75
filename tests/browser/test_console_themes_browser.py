"""Issue 13 on the console and the shared screen: three notes become a theme in at most 15 keys
or 5 clicks, removing someone asks first, the presenter view shows what happens now first, and a
room has one language that its shared screen follows."""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from sessions_app.models import Participant, Room
from sessions_app.services import notes, participants, phases, rooms, themes, votes
from tests.browser.conftest import axe_violations, join_from_phone, open_console, wait_until_live

SECOND = 1000


class Unlimited:
    """A test sets up a big room at once: no writing-speed limit for its made-up participants."""

    def allows(self, now):
        return True

    def spend(self):
        pass


UNLIMITED = Unlimited()
ZOOM = {"width": 1280, "height": 720}


def in_thread(work, *args):
    """Services announce each change on the channel layer, which refuses the thread where
    Playwright's event loop runs: set up the room in a thread of its own."""
    def run():
        try:
            return work(*args)
        finally:
            connections.close_all()
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()


def _room(count, language="nl"):
    room = rooms.create_room(title="Armoede", language=language)
    people = [participants.join_room(room, uuid.uuid4(), name=name) for name in ("Anna", "Bram", "")]
    for n in range(count):
        notes.add_note(room, people[n % 3], phase="verkennen", text=f"Idee nummer {n + 1}", client_id=f"c-{n}", budget=UNLIMITED)
    return room


def wait_for(check, seconds):
    """Polls from the test (the page's policy forbids the string predicates of wait_for_function)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.1)


class Keys:
    """The keyboard, counting every key pressed (the theme's name typed is not counted)."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def press(self, key, times=1):
        for _ in range(times):
            self.page.keyboard.press(key)
            self.count += 1


@pytest.mark.parametrize("count", [12, 100])
def test_three_notes_become_a_theme_by_keyboard_in_at_most_15_keys(open_page, transactional_db, count):
    room = in_thread(_room, count)
    fatima = open_console(open_page, room, viewport=ZOOM)
    fatima.locator("#board .note").nth(count - 1).wait_for()
    fatima.evaluate("document.activeElement && document.activeElement.blur()")
    keys = Keys(fatima)
    while keys.count < 6 and not fatima.evaluate("document.activeElement.matches('.board-skip')"):
        keys.press("Tab")  # the skip links come first: "Naar de briefjes"
    keys.press("Enter")
    assert fatima.evaluate("document.activeElement.matches('#board .note-pick')")
    keys.press("Space")
    keys.press("ArrowRight")
    keys.press("Space")
    keys.press("ArrowRight")
    keys.press("Space")
    assert fatima.locator(".pick-count:visible").inner_text() == "3 gekozen"
    keys.press("t")
    fatima.keyboard.type("Dichtbij")
    keys.press("Enter")
    theme = fatima.locator("#board .theme", has_text="Dichtbij")
    theme.wait_for(timeout=3 * SECOND)
    assert theme.locator(".note").count() == 3
    print(f"FIGURES keyboard notes={count} keys={keys.count}")
    assert keys.count <= 15
    # The keyboard is back on the board, with nothing chosen, ready for the next theme.
    wait_for(lambda: fatima.evaluate("document.activeElement.matches('#board .note-pick')"), seconds=2)
    assert fatima.locator("#board .note-pick:checked").count() == 0
    assert fatima.locator(".theme-pick:visible").count() == 0
    # The shortcut list is on the page.
    fatima.get_by_text("Sneltoetsen").click()
    assert fatima.locator(".key-list").is_visible()
    assert axe_violations(fatima) == []


def test_three_notes_become_a_theme_by_mouse_in_at_most_5_clicks(open_page, transactional_db):
    room = in_thread(_room, 12)
    fatima = open_console(open_page, room, viewport=ZOOM)
    clicks = 0
    for n in (1, 2, 5):
        fatima.locator("#board .note-text", has_text=f"Idee nummer {n}").first.click()
        clicks += 1
    bar = fatima.locator(".theme-pick:visible")
    assert bar.locator(".pick-count").inner_text() == "3 gekozen"  # "3 gekozen → Maak thema / Voeg toe aan…"
    bar.get_by_label("Nieuw thema").click()
    clicks += 1
    fatima.keyboard.type("Samen")
    bar.get_by_role("button", name="Maak thema").click()
    clicks += 1
    theme = fatima.locator("#board .theme", has_text="Samen")
    theme.wait_for(timeout=3 * SECOND)
    assert theme.locator(".note").count() == 3
    assert clicks <= 5
    # The note's one menu: everything else a note can get is in there.
    note = fatima.locator("#board .note", has_text="Idee nummer 3")
    assert note.locator("button:visible").count() == 0
    note.locator(".note-menu > summary").click()
    assert note.get_by_role("button", name="Licht dit uit op het scherm").is_visible()
    assert note.get_by_role("button", name="Verberg dit briefje").is_visible()
    assert axe_violations(fatima) == []


def test_removing_someone_asks_first(open_page, transactional_db):
    room = in_thread(_room, 3)
    anna = Participant.objects.get(room=room, name="Anna")
    fatima = open_console(open_page, room, viewport=ZOOM)
    fatima.get_by_text("Deelnemers", exact=True).click()
    row = fatima.locator(f"#participant-{anna.pk}")
    row.get_by_text("Haal uit de ruimte", exact=False).first.click()
    confirm = row.get_by_role("button", name="Ja, haal uit de ruimte")
    confirm.wait_for()
    assert "Weet je het zeker?" in row.inner_text()
    anna.refresh_from_db()
    assert anna.removed_at is None  # the first click only asks
    confirm.click()
    fatima.locator(f"#participant-{anna.pk}.is-removed").wait_for(timeout=3 * SECOND)
    assert axe_violations(fatima) == []


def _presenter_room(count):
    room = _room(count)
    votes.open_vote(room, budget=3)
    votes.close_vote(Room.objects.get(pk=room.pk))
    room = phases.set_phase(Room.objects.get(pk=room.pk), "verbeelden")
    anna = Participant.objects.get(room=room, name="Anna")
    for n in range(count):
        notes.add_note(room, anna, phase="verbeelden", text=f"Droom {n + 1}", client_id=f"d-{n}", budget=UNLIMITED)
    first = room.notes.filter(phase="verbeelden").order_by("pk").first()
    themes.set_room_spotlight(Room.objects.get(pk=room.pk), note_id=first.pk)
    return room


@pytest.mark.parametrize("count", [12, 100])
def test_the_presenter_shows_what_happens_now_first(open_page, transactional_db, count):
    room = in_thread(_presenter_room, count)
    fatima = open_page("/", viewport=ZOOM)  # signs in with the facilitator link, then shares the screen
    fatima.context.set_default_timeout(20 * SECOND)  # a board of 200 notes on a busy machine
    fatima.goto(f"/f/{room.code}/{room.facilitator_token}/")
    screen = open_page(f"/p/{room.code}/", viewport=ZOOM, context=fatima.context)
    wait_until_live(screen)
    prompt = screen.locator("#phase-status .prompt").bounding_box()
    spotlight = screen.locator("#spotlight").bounding_box()
    note = screen.locator("#phase-notes-verbeelden .note").first.bounding_box()
    assert prompt["y"] < spotlight["y"] < note["y"] < ZOOM["height"] - note["height"]
    # The earlier phase's vote result is folded away, under the notes.
    results = screen.locator("#vote-panel")
    assert not screen.locator("#vote-results").is_visible()
    assert results.bounding_box() is None or results.bounding_box()["y"] > note["y"]
    # No empty card: every box shown in the main column says something.
    empty = screen.evaluate("""() => [...document.querySelectorAll('.presenter-main > *, .presenter-main .card')]
      .filter(el => el.getClientRects().length && el.getBoundingClientRect().height > 8 && !el.innerText.trim()).length""")
    assert empty == 0
    section = screen.locator("#phase-notes-verbeelden")
    box = section.bounding_box()
    assert box["y"] + box["height"] <= ZOOM["height"] + 1  # the notes stay on the screen...
    if count == 100:  # ...and page by themselves
        assert screen.evaluate("document.querySelector('#phase-notes-verbeelden').scrollHeight") > box["height"]
        wait_for(lambda: screen.evaluate("document.querySelector('#phase-notes-verbeelden').scrollTop") > 0, seconds=15)
    assert axe_violations(screen) == []


def test_the_shared_screen_speaks_the_rooms_language_not_the_browsers(open_page, transactional_db):
    room = in_thread(_room, 2)
    fatima = open_console(open_page, room, viewport=ZOOM, locale="en-GB")
    assert "Facilitator" in fatima.locator(".room-header").inner_text()  # her own console follows her browser
    screen = open_page(f"/p/{room.code}/", viewport=ZOOM, context=fatima.context)
    wait_until_live(screen)
    assert screen.locator("html").get_attribute("lang") == "nl"
    assert "Doe mee op je telefoon" in screen.inner_text("body")
    assert "Join on your phone" not in screen.inner_text("body")
    assert "Wat werkt er al?" in screen.locator("#phase-status").inner_text()  # the socket's frames too

    anna = join_from_phone(open_page, room, name="Anna", locale="en-GB")  # a phone already on the board
    assert anna.locator("html").get_attribute("lang") == "nl"

    # An English room: the phones and the shared screen speak English, set on the console.
    fatima.locator("#room-language-select").select_option("en")
    fatima.get_by_role("button", name="Save the language").click()
    fatima.wait_for_url(f"**/f/{room.code}/")
    assert Room.objects.get(pk=room.pk).language == "en"
    # The shared screen that was open follows by itself.
    wait_for(lambda: screen.evaluate("document.documentElement.lang") == "en", seconds=10)
    wait_until_live(screen)
    assert "Join on your phone" in screen.inner_text("body")
    wait_for(lambda: anna.evaluate("document.documentElement.lang") == "en", seconds=10)  # the open phone too
    phone = open_page(f"/j/{room.code}/", locale="nl-NL")
    assert phone.locator("html").get_attribute("lang") == "en"
    # Each person may still switch their own screen: the switch wins.
    phone.get_by_role("button", name="Nederlands").click()
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("lang") == "nl"
