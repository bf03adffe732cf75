"""Every page of a deelsessie passes axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) with 0 violations,
in Dutch and in English, on a phone and on the facilitator's laptop."""

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console

pytestmark = pytest.mark.browser
LOCALES = {"nl": "nl-NL", "en": "en-GB"}


def write(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()
    page.locator(".note-text", has_text=text).wait_for()


def assert_accessible(page, name):
    violations = axe_violations(page)
    assert violations == [], f"{name}:\n" + "\n".join(violations)


def width_of_page(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_way_in_is_accessible(open_page, armoede, language):
    locale = LOCALES[language]
    home = open_page("/", locale=locale)
    assert home.locator("html").get_attribute("lang") == language
    assert_accessible(home, "home")

    home.locator("#code").fill("QQQQQQ")
    home.locator("form.stack button[type=submit]").click()
    home.locator("#code-error").wait_for()
    assert_accessible(home, "home with a wrong code")

    join = open_page(f"/j/{armoede.code}/", locale=locale)
    assert_accessible(join, "join form")

    gone = open_page(f"/f/{armoede.code}/not-the-token/", locale=locale)
    assert gone.locator("h1").count() == 1
    assert_accessible(gone, "link no longer works")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_board_and_the_console_are_accessible(open_page, armoede, language):
    locale = LOCALES[language]
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige", locale=locale)
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid", locale=locale)
    write(anna, "De buurtkamer is elke ochtend open, zonder afspraak.")
    write(bram, "Eén loket voor alle toeslagen.")
    console = open_console(open_page, armoede, locale=locale)
    console.locator(".note-text", has_text="Eén loket").wait_for()

    assert_accessible(anna, "phone board with notes")
    assert_accessible(console, "facilitator console with notes")

    anna.set_viewport_size({"width": 320, "height": 640})
    assert_accessible(anna, "phone board at 320 px")
    assert width_of_page(anna) <= 320, "the board scrolls sideways at 320 px"

    console.set_viewport_size({"width": 390, "height": 844})  # a guest facilitator on a phone
    assert_accessible(console, "facilitator console on a phone")
    assert width_of_page(console) <= 390, "the console scrolls sideways on a phone"



@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_organisers_setup_page_is_accessible_in_every_state(open_page, transactional_db, language):
    """The new event form, the setup page, a refused paste shown in place, and the question
    before a round with rooms is deleted: at 1280 and at 320 px."""
    from django.contrib.auth import get_user_model

    from sessions_app.services import events

    olga = get_user_model().objects.create_user("olga", password="werkplaats-2026", is_staff=True)
    event = events.create_event(slug="werkplaats", title="Werkplaats")
    event.organisers.add(olga)
    first = events.add_round(event, title="Ronde 1")
    for n, title in enumerate(["Armoede", "Sociale basis"]):
        rooms.create_room(event=event, round=first, title=title, position=n, capacity=12, facilitator_name="Fatima")

    page = open_page("/inloggen/?next=/e/new/", locale=LOCALES[language], viewport={"width": 1280, "height": 800})
    page.locator("#id_username").fill("olga")
    page.locator("#id_password").fill("werkplaats-2026")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/e/new/")

    def check(name):
        for width in (1280, 320):
            page.set_viewport_size({"width": width, "height": 800})
            assert_accessible(page, f"{name} at {width} px")
            assert width_of_page(page) <= width, f"{name} scrolls sideways at {width} px"

    page.locator("details.more summary").click()
    check("new event form")
    page.goto(page.url.replace("/e/new/", "/e/werkplaats/edit/"))
    page.locator(f"#room-{first.rooms.first().pk} details.room-links summary").click()
    check("setup page")
    round_ = page.locator(f"#round-{first.pk}")
    round_.locator(".add-rooms textarea").fill("\n".join(f"Zaal {n}" for n in range(41)))
    round_.locator(".add-rooms button[type=submit]").click()
    round_.locator(".add-rooms .error").wait_for()
    check("setup page with a refused paste")
    round_.locator(".round-head .delete-link").click()
    page.locator(f"#round-{first.pk}.confirm").wait_for()
    check("question before deleting a round")

    # The plenary board filled by itself: dots and actions, nobody picked by hand. Written
    # straight into the database (a service here would broadcast from the test process).
    from sessions_app.models import Action, Note, Participant, Vote, new_device_id

    armoede = first.rooms.get(title="Armoede")
    anna = Participant.objects.create(room=armoede, device_id=new_device_id())
    note = Note.objects.create(room=armoede, participant=anna, phase="verkennen", text="Buurtkamer elke ochtend", client_id="c-1")
    Vote.objects.create(room=armoede, participant=anna, note=note)
    Action.objects.create(room=armoede, what="Eén loket openen", who="Gemeente")
    page.goto(page.url.split("/e/")[0] + "/e/werkplaats/plenair/")
    page.locator(".plenary-why", has_text="1").first.wait_for()
    check("plenary board filled by itself")
