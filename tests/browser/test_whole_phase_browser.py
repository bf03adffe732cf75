"""A whole phase with every tool, as people do it: Fatima steers from her laptop (shared in Zoom),
Anna and Bram take part on their phones, and the presenter view is on the big screen."""

import re
from pathlib import Path

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import DESKTOP, axe_violations, join_from_phone, open_console, wait_until_live

SECOND = 1000
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ZOOM = {"width": 1280, "height": 720}


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")


def send_note(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()


def board_note(page, text):
    return page.locator("#board .note", has_text=text)


def short_timer(console, seconds):
    """The 2-minute preset, shortened for the test (the server takes any 1–14400 seconds)."""
    console.locator('#timer-controls input[name="seconds"][value="120"]').evaluate(
        "(input, seconds) => { input.value = seconds; }", str(seconds)
    )
    console.locator("#timer-preset-120").click()


def test_a_phase_with_private_writing_reveal_themes_a_vote_ready_and_the_timer(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid")

    # Timer: 5 minutes, counted down on every screen from the end time the server keeps.
    fatima.get_by_role("button", name="5 min").click()
    for screen in (anna, bram, fatima):
        screen.locator('#timer[data-state="running"]', has_text=re.compile(r"Nog\s+[45]:\d\d")).wait_for()
    fatima.get_by_role("button", name="+1 minuut").click()
    anna.locator("#timer", has_text=re.compile(r"Nog\s+[56]:\d\d")).wait_for()
    fatima.get_by_role("button", name="Pauzeer").click()
    anna.locator('#timer[data-state="paused"]', has_text="Pauze").wait_for()
    assert fatima.evaluate("document.activeElement.id") == "timer-toggle"  # focus stays for the keyboard
    fatima.get_by_role("button", name="Ga verder").click()
    bram.locator('#timer[data-state="running"]').wait_for()
    anna.reload()  # a reload is right at once
    wait_until_live(anna)
    assert re.match(r"[56]:\d\d", anna.locator("#timer .timer-clock").inner_text())

    # Private writing, then "Laat alles zien".
    fatima.get_by_role("button", name="Privé schrijven").click()
    anna.locator(".private-hint").wait_for()
    send_note(anna, "Een huis met een tuin")
    send_note(bram, "Eén loket voor alles")
    fatima.locator("#board .note.is-private", has_text="Eén loket voor alles").wait_for()
    assert "Een huis met een tuin" not in bram.content()
    fatima.get_by_role("button", name="Laat alles zien").click()
    board_note(bram, "Een huis met een tuin").wait_for()

    # Ready: "12 van 18 klaar", here 1 of 2.
    anna.get_by_role("button", name="Ik ben klaar").click()
    fatima.locator("#room-stats", has_text="1 van 2 klaar").wait_for()
    assert anna.get_by_role("button", name="Ik ben klaar").get_attribute("aria-pressed") == "true"
    assert "2 verbonden" in fatima.locator("#room-stats").inner_text()

    # Theming by keyboard: tick two notes with Space, name the theme, Enter.
    for text in ("Een huis met een tuin", "Eén loket voor alles"):
        board_note(fatima, text).get_by_role("checkbox").focus()
        fatima.keyboard.press("Space")
    fatima.locator("#theme-pick-title-verkennen").focus()
    fatima.keyboard.type("Thuis in de wijk")
    fatima.keyboard.press("Enter")
    bram.locator("#board .theme", has_text="Thuis in de wijk").locator(".note").nth(1).wait_for()

    # A vote: one dot each, live.
    fatima.locator("#vote-budget-input").fill("1")
    fatima.locator("#vote-max-input").fill("1")
    fatima.get_by_role("button", name="Start het stemmen").click()
    anna.locator("#vote-mine", has_text="Je hebt nog 1 stip").wait_for()
    board_note(anna, "Eén loket voor alles").get_by_role("button", name="Geef een stip").click()
    anna.locator("#vote-mine", has_text="geen stippen meer").wait_for()
    fatima.get_by_role("button", name="Sluit het stemmen").click()
    bram.locator("#vote-panel", has_text="Uitslag").wait_for()

    # Moderation: a note hidden by the facilitator leaves the phones, stays on the console.
    board_note(fatima, "Een huis met een tuin").get_by_role("button", name="Verberg").click()
    board_note(bram, "Een huis met een tuin").wait_for(state="detached")
    board_note(fatima, "Een huis met een tuin").locator(".note-flag", has_text="verborgen").wait_for()

    # At zero, writing closes by itself and every screen says so.
    fatima.get_by_role("button", name="Sluit schrijven als de tijd om is").click()
    fatima.locator('#timer-option[aria-pressed="true"]').wait_for()
    short_timer(fatima, 2)
    for screen in (anna, bram, fatima):
        screen.locator('#timer[data-state="expired"]', has_text="De tijd is om").wait_for(timeout=10 * SECOND)
        screen.locator('#phase-status[data-writing-open="false"]').wait_for(timeout=5 * SECOND)
    assert anna.locator("#timer-announce").inner_text() == "De tijd is om"
    assert anna.get_by_role("button", name="Ik ben klaar").get_attribute("aria-pressed") == "true"

    fatima.locator("#participant-rows").evaluate("rows => rows.closest('details').open = true")
    assert axe_violations(fatima) == []
    assert axe_violations(anna) == []


def test_the_presenter_view_on_a_shared_screen(open_page, armoede):
    fatima = open_console(open_page, armoede)
    screen = open_page(f"/f/{armoede.code}/{armoede.facilitator_token}/", viewport=ZOOM)  # the shared laptop
    screen.goto(f"/p/{armoede.code}/")
    wait_until_live(screen)
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, armoede, perspective="praktijk")  # no name given
    for text, phone in (
        ("De buurtkamer is elke ochtend open, ook voor wie geen afspraak heeft", anna),
        ("Een vast loket voor alle regelingen", bram),
        ("Koken met de buren op woensdag", anna),
        ("De schuldhulp komt naar je toe", bram),
    ):
        send_note(phone, text)
    board_note(screen, "De schuldhulp komt naar je toe").wait_for()

    fatima.get_by_role("button", name="10 min").click()
    screen.locator('#timer[data-state="running"]', has_text=re.compile(r"Nog\s+(10:00|9:\d\d)")).wait_for()
    for text in ("Een vast loket voor alle regelingen", "De schuldhulp komt naar je toe"):
        board_note(fatima, text).get_by_role("checkbox").check()
    fatima.locator("#theme-pick-title-verkennen").fill("Hulp dichtbij")
    fatima.locator("#theme-pick-title-verkennen").press("Enter")
    screen.locator("#board .theme", has_text="Hulp dichtbij").wait_for()
    menu = board_note(fatima, "Koken met de buren").locator(".note-menu summary")
    if menu.count():
        menu.click()
        board_note(fatima, "Koken met de buren").get_by_role("button", name="Zet in de spotlight").click()
        screen.locator("#spotlight", has_text="Koken met de buren").wait_for()

    # A vote: the dots show on the big screen as they are given.
    fatima.locator("#vote-budget-input").fill("3")
    fatima.get_by_role("button", name="Start het stemmen").click()
    for phone, text in ((anna, "Een vast loket"), (anna, "Een vast loket"), (bram, "De buurtkamer")):
        board_note(phone, text).get_by_role("button", name="Geef een stip").click()
    board_note(screen, "Een vast loket").locator(".vote-count", has_text="2").wait_for()
    board_note(screen, "De buurtkamer").locator(".vote-count", has_text="1").wait_for()

    assert screen.locator(".join-code").inner_text() == armoede.code
    assert screen.locator(".presenter-join svg").is_visible()
    assert "Denk aan een moment" in screen.locator("#phase-status .prompt").inner_text()
    assert screen.locator("form:visible, details:visible").count() == 0  # read-only
    assert "Zonder naam" not in screen.content()
    assert screen.evaluate("document.documentElement.scrollWidth") <= ZOOM["width"]  # no sideways scrolling
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screen.screenshot(path=str(SCREENSHOTS / "presenter.png"))
    assert axe_violations(screen) == []

    fatima.get_by_role("button", name="Sluit het stemmen").click()
    results = screen.locator("#vote-panel", has_text="Uitslag")
    results.wait_for()
    assert "Een vast loket" in results.inner_text()
    assert axe_violations(screen) == []


def test_the_console_shows_the_tools_of_the_phase_and_all_of_them_on_request(open_page, armoede):
    fatima = open_console(open_page, armoede, viewport=DESKTOP)
    assert fatima.locator("#vote-panel").is_visible()  # verkennen: voting is one of its tools

    fatima.locator("#phase-status .controls").get_by_role("button", name="Verbeelden").click()
    fatima.locator('#phase-status[data-phase="verbeelden"]').wait_for()
    assert fatima.locator("#vote-panel").is_hidden()  # dreaming: no voting ...
    assert fatima.get_by_role("button", name="Privé schrijven").is_visible()
    fatima.get_by_label("Laat alle hulpmiddelen zien", exact=False).check()
    assert fatima.locator("#vote-panel").is_visible()  # ... unless the facilitator asks for it
    assert fatima.locator("#timer-controls").is_visible()  # the timer is there in every phase
    assert axe_violations(fatima) == []
