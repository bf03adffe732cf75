"""Dot voting, perspectives and the lens in real browsers: Fatima steers from her laptop, Anna
and Bram vote on their phones, and every page stays free of axe violations."""

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console



@pytest.fixture
def armoede(transactional_db):
    return rooms.create_room(title="Armoede")


def send_note(page, text):
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()
    page.locator("#board .note-text", has_text=text).wait_for()


def test_a_vote_with_dots_a_filter_and_the_lens(open_page, armoede):
    fatima = open_console(open_page, armoede)
    anna = join_from_phone(open_page, armoede, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, armoede, name="Bram", perspective="beleid")
    send_note(anna, "De buurtkamer is elke ochtend open")
    send_note(bram, "Een vast loket voor alle regelingen")
    fatima.locator("#perspective-counts", has_text="1 beleid").wait_for()
    assert "1 ervaringsdeskundige" in fatima.locator("#perspective-counts").inner_text()

    # The facilitator opens a vote: 2 dots each, at most 2 per note.
    fatima.locator("#vote-budget-input").fill("2")
    fatima.locator("#vote-max-input").fill("2")
    fatima.get_by_role("button", name="Start het stemmen").click()
    anna.locator("#vote-mine", has_text="Je hebt nog 2 stippen.").wait_for()
    assert anna.locator("#vote-mine").is_visible()

    loket = anna.locator("#board .note", has_text="Een vast loket")
    loket.get_by_role("button", name="Geef een stip").click()
    anna.locator("#vote-mine", has_text="Je hebt nog 1 stip.").wait_for()
    loket.get_by_role("button", name="Geef een stip").click()
    anna.locator("#vote-mine", has_text="Je hebt geen stippen meer.").wait_for()
    bram.locator("#board .note", has_text="Een vast loket").locator(".vote-count", has_text="2 stippen").wait_for()
    assert "Je hebt nog 2 stippen." in bram.locator("#vote-mine").inner_text()  # Bram's own budget is untouched
    fatima.locator("#vote-results", has_text="Een vast loket").wait_for()

    anna.get_by_role("button", name="Haal een stip weg").click()
    anna.locator("#vote-mine", has_text="Je hebt nog 1 stip.").wait_for()
    assert axe_violations(anna) == []

    fatima.get_by_role("button", name="Sluit het stemmen").click()
    bram.locator("#vote-panel", has_text="Uitslag van het stemmen").wait_for()
    assert not bram.locator("#vote-mine").is_visible()
    assert axe_violations(bram) == []

    # Perspectives: a filter per screen, nothing sent.
    anna.get_by_label("beleid", exact=True).uncheck()
    assert not anna.locator("#board .note", has_text="Een vast loket").is_visible()
    assert anna.locator("#board .note", has_text="De buurtkamer").is_visible()
    assert bram.locator("#board .note", has_text="Een vast loket").is_visible()

    # The lens: on, Anna tags her own note, the console groups by condition.
    fatima.get_by_role("button", name="Zet de lens aan").click()
    buurtkamer = anna.locator("#board .note", has_text="De buurtkamer")
    buurtkamer.locator(".tag-menu summary").click()
    buurtkamer.get_by_role("button", name="sociale cohesie").click()
    fatima.locator("#board .note", has_text="De buurtkamer").locator(".note-tag", has_text="sociale cohesie").wait_for()
    assert not anna.locator("#board .note", has_text="Een vast loket").locator(".tag-menu").is_visible()  # not hers
    fatima.get_by_label("Groepeer per voorwaarde").check()
    group = fatima.locator('.lens-group[data-condition="cohesie"]')
    assert group.is_visible() and "De buurtkamer" in group.inner_text()
    assert not fatima.locator("#board").is_visible()
    assert axe_violations(fatima) == []
