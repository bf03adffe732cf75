"""In the browser (issue 12, items 2 and 4): a phone told "too many at once" (4429) says so and
tries again after a while; the facilitator closes the room to newcomers from the console."""

import re

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console, wait_until_live

pytestmark = pytest.mark.browser


@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede")


def test_a_phone_refused_with_4429_says_it_is_busy_and_tries_again_after_a_while(open_page, server, armoede):
    phone = join_from_phone(open_page, armoede)
    page = phone.context.new_page()
    attempts = []

    def socket(ws):
        attempts.append(ws)
        if len(attempts) == 1:
            ws.close(code=4429, reason="te veel")  # what the server does for a crowded address
        else:
            ws.connect_to_server()

    page.route_web_socket(re.compile(r".*/ws/room/"), socket)
    page.clock.install()
    page.goto(f"{server}/r/{armoede.code}/")
    page.locator("#connection", has_text="Het is nu erg druk").wait_for()
    assert len(attempts) == 1

    page.clock.run_for(20_000)  # not at once: 4429 asks for patience
    assert len(attempts) == 1
    page.clock.run_for(60_000)
    wait_until_live(page)
    assert len(attempts) == 2
    assert page.locator("#connection").text_content() == ""
    assert axe_violations(page) == []


def test_the_facilitator_closes_the_room_to_newcomers_and_a_new_phone_is_told(open_page, armoede):
    console = open_console(open_page, armoede)
    toggle = console.locator("#joining-toggle")
    toggle.get_by_role("button", name="Laat geen nieuwe deelnemers meer toe").click()
    toggle.get_by_role("button", name="Laat weer nieuwe deelnemers toe").wait_for()
    assert axe_violations(console) == []

    newcomer = open_page(f"/j/{armoede.code}/")
    assert "laat nu geen nieuwe deelnemers toe" in newcomer.locator("main").text_content()
    assert newcomer.locator("#name").count() == 0
    assert axe_violations(newcomer) == []

    toggle.get_by_role("button", name="Laat weer nieuwe deelnemers toe").click()
    toggle.get_by_role("button", name="Laat geen nieuwe deelnemers meer toe").wait_for()
    join_from_phone(open_page, armoede, name="Toch nog")
