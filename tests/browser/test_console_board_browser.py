"""The console as people use it live (issue 13): at 1280x720 shared in Zoom and at 1920x1080, with
12 and with 100 notes. The board comes first, the board is one tab stop, and three notes become a
theme in a few keys or clicks."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections
from playwright.sync_api import expect

from sessions_app.models import Perspective
from sessions_app.services import notes, participants, rooms
from tests.browser.conftest import axe_violations, open_console

SECOND = 1000


class Unlimited:
    """A test sets up a big room at once: no writing-speed limit for its made-up participants."""

    def allows(self, now):
        return True

    def spend(self):
        pass


UNLIMITED = Unlimited()
ZOOM = {"width": 1280, "height": 720}
WIDE = {"width": 1920, "height": 1080}
IDEAS = [
    "Een huis met een tuin", "Eén loket voor alles", "Koken met de buren", "De buurtkamer is open",
    "Iemand die naast je gaat zitten", "Schulden samen aanpakken", "Een vaste contactpersoon",
    "Ervaringsdeskundigen aan tafel", "Geen wachtlijst voor hulp", "Samen boodschappen doen",
]


def room_with_notes(count: int):
    """Made in a thread of its own: the services announce each change on the channel layer, which
    refuses to be called from the thread where Playwright's event loop runs."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(_room_with_notes, count).result()


def _room_with_notes(count: int):
    room = rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")
    people = [
        participants.join_room(room, uuid.uuid4(), name=f"Deelnemer {n}", perspective=key)
        for n, key in enumerate(Perspective.values[:5])
    ]
    for n in range(count):
        text = f"{IDEAS[n % len(IDEAS)]} ({n + 1})"
        notes.add_note(room, people[n % len(people)], phase="verkennen", text=text, client_id=f"c-{n}", budget=UNLIMITED)
    connections.close_all()
    return room


def tab_stops(page, limit=400) -> int:
    """Presses Tab from the top of the page until the focus comes round again; the number of
    different places it stopped at."""
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    page.locator("body").focus()
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        key = page.evaluate("""() => { const el = document.activeElement;
          if (!el || el === document.body) return null;
          el.dataset.tabMark = el.dataset.tabMark || String(Math.random()); return el.dataset.tabMark; }""")
        if key is None or key in seen:
            break
        seen.append(key)
    return len(seen)


def notes_in_view(page) -> int:
    return page.evaluate("""() => [...document.querySelectorAll('#board .note')].filter(n => {
      const r = n.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    }).length""")


@pytest.mark.parametrize("viewport", [ZOOM, WIDE], ids=["1280x720", "1920x1080"])
@pytest.mark.parametrize("count", [12, 100])
def test_the_board_comes_first_and_is_one_tab_stop(open_page, transactional_db, viewport, count):
    room = room_with_notes(count)
    fatima = open_console(open_page, room, viewport=viewport)
    fatima.locator("#board .note").nth(count - 1).wait_for()
    first = fatima.locator("#phase-notes-verkennen .note").first.bounding_box()
    height = fatima.evaluate("document.documentElement.scrollHeight")
    visible = notes_in_view(fatima)
    fatima.screenshot(path=f"/tmp/console-shots/console-{viewport['width']}-{count}.png")
    stops = tab_stops(fatima)
    print(f"FIGURES {viewport['width']}x{viewport['height']} notes={count} first_note_top={first['y']:.0f} "
          f"first_note_bottom={first['y'] + first['height']:.0f} page_height={height} tab_stops={stops} in_view={visible}")
    assert first["y"] + first["height"] <= viewport["height"], "the first note of the current phase is above the fold"
    assert stops <= 150
    assert visible >= min(12, count), "at least 12 notes in one screen"
    # The width of a wide screen is used: the board spreads over it.
    board = fatima.locator("#board").bounding_box()
    assert board["width"] >= viewport["width"] * 0.7
    if count == 100:
        fatima.locator("#phase-notes-verkennen .note").nth(20).scroll_into_view_if_needed()
        assert notes_in_view(fatima) >= 12
    assert axe_violations(fatima) == []
