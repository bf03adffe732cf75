"""What the phone needs from the socket (issue 13): a phase change re-labels every phase (a
phone folds the earlier ones and hides the later ones, also after a jump), a note that is too
long is refused in Dutch with the limit and given back, and nothing of it is stored."""

import re

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings

from sessions_app.models import Note
from sessions_app.services import phases

pytestmark = pytest.mark.django_db(transaction=True)


def heads(frame: str) -> dict[str, str]:
    return dict(re.findall(r'id="phase-head-(\w+)" class="phase-head is-(\w+)"', frame))


async def test_a_jump_over_a_phase_relabels_every_phase_on_the_phones(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    assert heads(phone.snapshot) == {
        "verkennen": "current", "verbeelden": "future", "vormgeven": "future", "verwezenlijken": "future",
    }
    await sync_to_async(phases.set_phase)(armoede, "vormgeven")
    frame = await phone.receive_until('id="phase-head-vormgeven"')
    assert heads(frame) == {"verkennen": "past", "verbeelden": "past", "vormgeven": "current", "verwezenlijken": "future"}
    assert frame.count('class="phase-fold"') == 2  # the earlier two fold on a phone

    await sync_to_async(phases.set_phase)(armoede, "verkennen")
    frame = await phone.receive_until('id="phase-head-verkennen"')
    assert heads(frame) == {
        "verkennen": "current", "verbeelden": "future", "vormgeven": "future", "verwezenlijken": "future",
    }


async def test_a_note_over_the_limit_is_refused_in_dutch_given_back_and_not_stored(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    text = "Een lang verhaal. " * 150  # a paste of 2,700 characters
    await phone.send("note.add", text=text, client_id="lang-1", phase="verkennen")
    frame = await phone.receive_until('id="messages"')
    limit = settings.NOTE_MAX_LENGTH
    assert f"Dat is iets te lang. Maak het korter (max. {limit} tekens)." in frame
    assert 'data-refused-client-id="lang-1"' in frame  # room.js puts the whole text back in the box
    assert not await Note.objects.aexists()
