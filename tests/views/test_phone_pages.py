"""The pages a phone gets (issue 13): a removed phone reads one plain message, never a form it
cannot use; a nameless participant is "Deelnemer 3" on the console, never a database id."""

import pytest

from sessions_app.models import Participant
from sessions_app.services import moderation
from tests.helpers import join_as

pytestmark = pytest.mark.django_db


def test_a_removed_phone_gets_a_plain_message_not_the_join_form(armoede):
    phone = join_as(armoede, "Anna")
    moderation.remove_participant(armoede, Participant.objects.get(room=armoede).pk)

    for response in (phone.get(f"/j/{armoede.code}/"), phone.get(f"/j/{armoede.code}/?opnieuw=1"),
                     phone.post(f"/j/{armoede.code}/", {"name": "Anna"})):
        page = response.content.decode()
        assert "De gespreksleider heeft je uit deze ruimte gehaald." in page
        assert 'name="name"' not in page and "Doe mee" not in page
        assert f'href="/r/{armoede.code}/verlaten/"' in page  # leaving with one's notes still works
    board = phone.get(f"/r/{armoede.code}/", follow=True)
    assert "uit deze ruimte gehaald" in board.content.decode() and 'name="name"' not in board.content.decode()


def test_nameless_participants_are_numbered_on_the_console(armoede, fatima):
    join_as(armoede, "Anna")
    join_as(armoede)
    nameless = Participant.objects.get(room=armoede, name="")
    page = fatima.get(f"/f/{armoede.code}/").content.decode()
    assert "Deelnemer 2" in page and "Zonder naam" not in page and f"#{nameless.pk}<" not in page


def test_the_phone_page_has_its_own_stylesheet_and_no_cutting_maxlength(armoede):
    page = join_as(armoede, "Anna").get(f"/r/{armoede.code}/").content.decode()
    assert "css/phone.css" in page
    composer = page[page.index('id="note-text"'):]
    assert "maxlength" not in composer[: composer.index(">")]
