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


async def test_zet_terug_over_the_socket_brings_ones_own_note_back_once(armoede, anna, bram, sockets):
    from django.core.cache import caches

    from sessions_app.services import moderation

    await sync_to_async(caches[moderation.UNDO_CACHE].clear)()
    phone, other = await sockets(armoede, anna), await sockets(armoede, bram)
    await phone.send("note.add", text="Mijn idee", client_id="m-1", phase="verkennen")
    await other.receive_until('data-client-id="m-1"')
    mine = await Note.objects.aget(client_id="m-1")

    await phone.send("note.delete", note_id=mine.pk)
    await other.receive_until(f'id="note-{mine.pk}" hx-swap-oob="delete"')
    await other.send("note.restore", note_id=mine.pk)  # not Bram's to take back
    assert "Terugzetten kan nu niet meer" in await other.receive_until('id="messages"')
    assert not await Note.objects.filter(pk=mine.pk).aexists()

    await phone.send("note.restore", note_id=mine.pk)
    frame = await other.receive_until(f'id="note-{mine.pk}"')
    assert "Mijn idee" in frame
    await phone.send("note.restore", note_id=mine.pk)  # a double tap
    await phone.send("sync")
    await phone.receive_until('data-snapshot="true"')
    assert await Note.objects.filter(participant__name="Anna").acount() == 1
