"""Olga sets up a new event on one page: two rounds of four rooms, pasted as lists, without the
page ever reloading; she fixes a mistake, deletes a room that already has notes (the
confirmation offers its verslag first), and every state passes axe at 1280 and 320 px."""

import pytest
from django.contrib.auth import get_user_model

from sessions_app.models import Event, Note, Participant, Room, new_device_id
from sessions_app.services import events
from tests.browser.conftest import DESKTOP, axe_violations

MORNING = ["Armoede", "Sociale basis", "Ervaring", "Lerende praktijken"]
AFTERNOON = ["Wonen", "Zorg dichtbij", "Werk en inkomen", "Jongeren"]


def assert_accessible(page, name):
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 800})
        violations = axe_violations(page)
        assert violations == [], f"{name} at {width} px:\n" + "\n".join(violations)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls sideways at {width} px"
    page.set_viewport_size(DESKTOP)


@pytest.fixture
def olga(transactional_db):
    user = get_user_model().objects.create_user("olga", password="werkplaats-2026")
    events.create_event(slug="vorige-keer", title="Vorige keer").organisers.add(user)  # an organiser already
    return user


def log_in(open_page, path):
    page = open_page(f"/inloggen/?next={path}", viewport=DESKTOP)
    page.locator("#id_username").fill("olga")
    page.locator("#id_password").fill("werkplaats-2026")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url(lambda url: url.endswith(path))
    return page


def rooms_in(page, round_section):
    return round_section.locator(".setup-room .room-title").all_inner_texts()


def test_two_rounds_of_four_rooms_on_one_page(open_page, olga):
    home = open_page("/")
    home.get_by_role("link", name="Log in als organisator").click()
    home.wait_for_url("**/inloggen/")

    page = log_in(open_page, "/e/new/")
    page.get_by_label("Titel", exact=True).fill("Werkplaats 2026")
    page.locator("#first_round").fill("Ochtend")
    page.get_by_role("button", name="Maak de bijeenkomst").click()
    page.wait_for_url("**/e/werkplaats-2026/edit/")
    event = Event.objects.get(slug="werkplaats-2026")
    page.evaluate("window.stillTheSamePage = true")
    assert "Volgorde" not in page.content()

    morning = page.locator(f"#round-{event.current_round_id}")
    morning.get_by_label("Titels van nieuwe deelsessies").fill("\n".join(MORNING))
    morning.get_by_role("button", name="Voeg toe").click()
    morning.locator(".setup-room").nth(3).wait_for()
    assert rooms_in(page, morning) == MORNING
    assert morning.locator(".add-rooms .saved").inner_text().endswith("Opgeslagen")
    assert morning.get_by_label("Titels van nieuwe deelsessies").input_value() == ""

    new_round = page.locator("#round-add")
    new_round.get_by_label("Naam van de nieuwe ronde").fill("Middag")
    new_round.get_by_label("Deelsessies in deze ronde").fill("\n".join(AFTERNOON))
    new_round.get_by_role("button", name="Maak de ronde").click()
    afternoon = page.locator(".setup-round", has=page.get_by_role("heading", name="Middag"))
    afternoon.locator(".setup-room").nth(3).wait_for()
    assert rooms_in(page, afternoon) == AFTERNOON
    assert page.locator("#round-add .saved").is_visible()
    assert page.locator("#setup-status").inner_text() == "Opgeslagen: Middag"
    assert_accessible(page, "setup page with two rounds")

    # A mistake is shown in place, then fixed.
    armoede = morning.locator(".setup-room", has_text="Armoede")
    armoede.locator("summary", has_text="Wijzig").click()
    armoede.get_by_label("Maximaal aantal deelnemers").fill("0")
    armoede.get_by_role("button", name="Bewaar").click()
    armoede.locator(".error", has_text="Kies een aantal deelnemers tussen 1 en").wait_for()
    assert_accessible(page, "setup page with a mistake in a room")
    armoede.get_by_label("Maximaal aantal deelnemers").fill("25")
    armoede.get_by_role("button", name="Bewaar").click()
    armoede.locator(".saved").wait_for()
    assert armoede.locator(".room-meta").inner_text().endswith("max. 25 deelnemers")

    # Deleting a room with notes offers its verslag first.
    zorg = Room.objects.get(event=event, title="Zorg dichtbij")
    # Written straight into the database: a service call here would broadcast from the test process.
    anna = Participant.objects.create(room=zorg, device_id=new_device_id())
    Note.objects.create(room=zorg, participant=anna, phase="verkennen", text="Een wijkverpleegkundige", client_id="c-1")
    row = page.locator(f"#room-{zorg.pk}")
    row.get_by_role("link", name="Verwijder Zorg dichtbij").click()
    row.get_by_role("link", name="Open het verslag van Zorg dichtbij").wait_for()
    assert "Er staat 1 briefje in" in row.inner_text()
    assert_accessible(page, "confirmation to delete a room with notes")
    row.get_by_role("button", name="Ja, verwijder").click()
    row.wait_for(state="detached")
    page.wait_for_function("() => document.activeElement.id === 'setup-status'")  # focus is not lost with the row
    assert page.locator("#setup-status").inner_text() == "Verwijderd: Zorg dichtbij"

    # "Nee, laat staan" brings the row back as it was.
    wonen = afternoon.locator(".setup-room", has_text="Wonen")
    wonen.get_by_role("link", name="Verwijder Wonen").click()
    wonen.get_by_role("link", name="Nee, laat staan").click()
    wonen.get_by_role("link", name="Verwijder Wonen").wait_for()
    page.wait_for_function("() => document.activeElement.textContent.trim() === 'Verwijder Wonen'")

    assert page.evaluate("window.stillTheSamePage") is True, "the page reloaded"
    assert [(r.title, r.rooms.count()) for r in event.rounds.order_by("position")] == [("Ochtend", 4), ("Middag", 3)]
    assert Room.objects.get(event=event, title="Armoede").capacity == 25
