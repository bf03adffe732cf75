"""An event as the organiser lives it: Olga watches three rooms on her laptop while phones
join with the one event code, choose a room and write in two of them. Every page of the event
passes axe-core with 0 violations."""

import pytest
from django.contrib.auth import get_user_model

from sessions_app.services import events, rooms
from tests.browser.conftest import DESKTOP, axe_violations, wait_until_live


def assert_accessible(page, name):
    violations = axe_violations(page)
    assert violations == [], f"{name}:\n" + "\n".join(violations)


@pytest.fixture
def werkplaats(transactional_db):
    event = events.create_event(slug="werkplaats", title="Werkplaats Bestaanszekerheid")
    first = events.add_round(event, title="Ronde 1")
    event.current_round = first
    event.save(update_fields=["current_round"])
    event.rooms_of_round = [
        rooms.create_room(event=event, round=first, title=title, position=n, description=about, capacity=capacity)
        for n, (title, about, capacity) in enumerate([
            ("Armoede", "Samen bouwen aan bestaanszekerheid", 30),
            ("Sociale basis", "Wat heb je nodig in je buurt?", None),
            ("Ervaring", "Ervaringsdeskundigheid in de praktijk", 1),
        ])
    ]
    olga = get_user_model().objects.create_user("olga", password="werkplaats-2026")
    event.organisers.add(olga)
    return event


def log_in_as_organiser(open_page, path):
    page = open_page(f"/inloggen/?next={path}", viewport=DESKTOP)
    assert_accessible(page, "organiser login")
    page.locator("#id_username").fill("olga")
    page.locator("#id_password").fill("werkplaats-2026")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_load_state()
    page.wait_for_url(lambda url: url.endswith(path))
    return page


def phone_joins_event(open_page, event, name, room_title, check=False):
    page = open_page(f"/j/{event.code}/")
    if check:
        assert_accessible(page, "event join form")
    page.get_by_label("Hoe mogen we je noemen?", exact=False).fill(name)
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url(f"**/e/{event.slug}/kies/")
    if check:
        assert_accessible(page, "room choice")
    page.get_by_label(room_title, exact=True).check()
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/r/*/")
    wait_until_live(page)
    return page


def write(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()
    page.locator(".note-text", has_text=text).wait_for()


def test_the_organiser_watches_three_rooms_while_phones_write_in_two(open_page, werkplaats):
    armoede, basis, ervaring = werkplaats.rooms_of_round
    olga = log_in_as_organiser(open_page, f"/e/{werkplaats.slug}/overview/")
    olga.wait_for_selector("#event[data-live]", state="attached")
    for room in (armoede, basis, ervaring):
        olga.locator(f"#overview-room-{room.pk}").wait_for()

    els = phone_joins_event(open_page, werkplaats, "Els", "Armoede", check=True)
    piet = phone_joins_event(open_page, werkplaats, "Piet", "Armoede")
    cas = phone_joins_event(open_page, werkplaats, "Cas", "Sociale basis")
    write(els, "De buurtkamer is elke ochtend open")
    write(piet, "Eén loket voor alle toeslagen")
    write(cas, "Een buurtcoach die je kent")

    olga.locator(f'#overview-room-{armoede.pk}[data-notes="2"]').wait_for(timeout=5000)
    olga.locator(f'#overview-room-{basis.pk}[data-notes="1"]').wait_for(timeout=5000)
    assert olga.locator(f"#overview-room-{ervaring.pk}").get_attribute("data-notes") == "0"
    assert "2 van 2" in olga.locator(f"#overview-room-{armoede.pk} .overview-people").inner_text()
    assert_accessible(olga, "organiser overview with live rooms")

    olga.locator("#event-message-text").fill("Nog 5 minuten, daarna gaan we plenair verder")
    olga.get_by_role("button", name="Stuur het bericht").click()
    for phone in (els, piet, cas):
        phone.locator("#event-banner .event-message", has_text="Nog 5 minuten").wait_for(timeout=3000)
    assert_accessible(els, "phone with the organiser's banner")

    full = open_page(f"/j/{werkplaats.code}/")
    full.get_by_label("Hoe mogen we je noemen?", exact=False).fill("Nina")
    full.locator("form.stack button[type=submit]").click()
    full.wait_for_url(f"**/e/{werkplaats.slug}/kies/")
    assert full.get_by_label("Ervaring", exact=True).is_enabled()


def test_harvest_on_the_plenary_board_and_the_setup_page_are_accessible(open_page, werkplaats):
    armoede = werkplaats.rooms_of_round[0]
    els = phone_joins_event(open_page, werkplaats, "Els", "Armoede")
    write(els, "Parels uit de praktijk")
    assert els.locator(".note .highlight-toggle").first.is_hidden()  # only the facilitator picks highlights
    console = open_page(f"/f/{armoede.code}/{armoede.facilitator_token}/", viewport=DESKTOP)
    wait_until_live(console)
    plenary = log_in_as_organiser(open_page, f"/e/{werkplaats.slug}/plenair/")
    plenary.wait_for_selector("#event[data-live]", state="attached")
    assert_accessible(plenary, "empty plenary board")

    console.locator(".note", has_text="Parels uit de praktijk").locator(".note-menu > summary").click()
    console.locator(".note", has_text="Parels uit de praktijk").get_by_role("button", name="Neem mee in de oogst").click()
    plenary.locator(f"#plenary-room-{armoede.pk} .plenary-text", has_text="Parels uit de praktijk").wait_for(timeout=3000)
    plenary.locator(".plenary-item", has_text="Parels").get_by_role("button", name="Licht dit uit").click()
    plenary.locator("#plenary-spotlight .spotlight-text", has_text="Parels").wait_for(timeout=3000)
    assert_accessible(plenary, "plenary board with a spotlight")
    assert_accessible(console, "console with a highlight")

    presenter = plenary.context.new_page()
    presenter.goto(plenary.url + "presenter/")
    presenter.locator("#plenary-spotlight .spotlight-text", has_text="Parels").wait_for()
    assert_accessible(presenter, "plenary presenter view")

    setup = plenary.context.new_page()
    setup.goto(plenary.url.replace("/plenair/", "/edit/"))
    assert_accessible(setup, "event setup page")
    new = plenary.context.new_page()
    new.goto(plenary.url.split("/e/")[0] + "/e/")
    assert_accessible(new, "the organiser's events")
