"""Private writing, then reveal: until the facilitator says "Laat alles zien", a note written in
private mode reaches only its author's phone and the console, never another phone."""

import pytest
from asgiref.sync import sync_to_async

from sessions_app.models import Note, Room
from sessions_app.services import notes, reveal
from sessions_app.services.errors import DomainError
from tests.helpers import version_of

pytestmark = pytest.mark.django_db(transaction=True)

SECRET = "Een huis met een tuin voor iedereen"


def private(room):
    return reveal.set_writing_mode(room, "private")


def participant_of(room, name):
    return room.participants.get(name=name)


# --- the service ---------------------------------------------------------------------------

def test_a_note_written_in_private_mode_waits_for_the_reveal(armoede, anna):
    private(armoede)
    note, _ = notes.add_note(armoede, participant_of(armoede, "Anna"), phase="verkennen", text=SECRET, client_id="c-1")
    assert note.private

    assert reveal.reveal(armoede) == 1

    note.refresh_from_db()
    assert not note.private
    assert armoede.phases.get(key="verkennen").revealed


def test_after_the_reveal_new_notes_show_at_once_until_a_new_private_round(armoede, anna):
    private(armoede)
    reveal.reveal(armoede)
    anna_p = participant_of(armoede, "Anna")
    after, _ = notes.add_note(armoede, anna_p, phase="verkennen", text="Meteen zichtbaar", client_id="c-2")
    assert not after.private

    private(armoede)  # a new private round
    again, _ = notes.add_note(armoede, anna_p, phase="verkennen", text="Weer even geheim", client_id="c-3")
    assert again.private


def test_a_second_reveal_changes_nothing(armoede, anna):
    private(armoede)
    notes.add_note(armoede, participant_of(armoede, "Anna"), phase="verkennen", text=SECRET, client_id="c-1")
    reveal.reveal(armoede)
    version = Room.objects.get(pk=armoede.pk).version

    assert reveal.reveal(armoede) == 0
    assert Room.objects.get(pk=armoede.pk).version == version


def test_setting_the_same_mode_twice_changes_nothing(armoede):
    private(armoede)
    version = Room.objects.get(pk=armoede.pk).version
    private(armoede)
    assert Room.objects.get(pk=armoede.pk).version == version


def test_an_unknown_mode_or_phase_is_refused_in_dutch(armoede):
    with pytest.raises(DomainError, match="open of privé"):
        reveal.set_writing_mode(armoede, "geheim")
    with pytest.raises(DomainError, match="fase bestaat niet"):
        reveal.set_writing_mode(armoede, "private", "fase-9")
    assert armoede.phases.get(key="verkennen").writing_mode == "open"


# --- over the sockets ----------------------------------------------------------------------

async def test_an_unrevealed_note_never_reaches_another_phone(armoede, anna, bram, fatima, sockets):
    await sync_to_async(private)(armoede)
    anna_socket = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await anna_socket.send("note.add", text=SECRET, client_id="c-1", phase="verkennen")

    # The author sees her own note, in a frame for her phone only, without the room's version.
    own = await anna_socket.receive_until(SECRET)
    assert 'id="own-notes"' in own and 'data-client-id="c-1"' in own
    assert version_of(own) is None
    # The console sees it, marked as not yet shared.
    on_console = await console.receive_until(SECRET)
    assert "nog niet gedeeld" in on_console and "1 briefje geschreven" in on_console
    # Bram learns only that one more note waits.
    count = await bram_socket.receive_until("waiting-verkennen")
    assert "1 briefje geschreven" in count
    assert await bram_socket.nothing_more()
    # Reconnecting does not help Bram either; it does give Anna her note back.
    bram_again = await sockets(armoede, bram)
    anna_again = await sockets(armoede, anna)
    assert SECRET in anna_again.snapshot
    assert all(SECRET not in frame for frame in bram_socket.frames + bram_again.frames)

    await console.send("notes.reveal")

    for socket in (bram_socket, bram_again, anna_socket):
        await socket.receive_until(SECRET)


async def test_after_the_reveal_the_authors_own_list_empties(armoede, anna, fatima, sockets):
    await sync_to_async(private)(armoede)
    anna_socket = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await anna_socket.send("note.add", text=SECRET, client_id="c-1", phase="verkennen")
    await anna_socket.receive_until('id="own-notes"')

    await console.send("notes.reveal")

    emptied = await anna_socket.receive_until('id="own-notes"')
    assert SECRET not in emptied and " hidden" in emptied.split(">")[0]


async def test_the_phone_page_shows_only_your_own_waiting_notes(armoede, anna, bram):
    await sync_to_async(private)(armoede)
    anna_p = await sync_to_async(participant_of)(armoede, "Anna")
    await sync_to_async(notes.add_note)(armoede, anna_p, phase="verkennen", text=SECRET, client_id="c-1")

    assert SECRET in (await sync_to_async(anna.get)(f"/r/{armoede.code}/")).content.decode()
    bram_page = (await sync_to_async(bram.get)(f"/r/{armoede.code}/")).content.decode()
    assert SECRET not in bram_page and "1 briefje geschreven" in bram_page


async def test_a_phone_cannot_switch_the_mode_or_reveal(armoede, anna, sockets):
    anna_socket = await sockets(armoede, anna)

    await anna_socket.send("writing.mode", mode="private")
    assert "alleen de gespreksleider" in await anna_socket.receive()
    await anna_socket.send("notes.reveal")
    assert "alleen de gespreksleider" in await anna_socket.receive()
    assert (await sync_to_async(armoede.phases.get)(key="verkennen")).writing_mode == "open"


async def test_the_facilitator_switches_private_writing_on_and_off(armoede, fatima, bram, sockets):
    console = await sockets(armoede, fatima)
    bram_socket = await sockets(armoede, bram)

    await console.send("writing.mode", mode="private")
    assert "Alleen jij ziet je briefjes" in await bram_socket.receive_until("Alleen jij ziet je briefjes")
    await console.send("writing.mode", mode="open")
    frame = await bram_socket.receive_until('data-writing-mode="open"')
    assert "Alleen jij ziet je briefjes" not in frame

    await console.send("writing.mode", mode="heimelijk")
    assert "Die keuze kennen we niet" in await console.receive_until("error")


async def test_a_private_note_in_a_snapshot_for_the_room_stays_out_of_sight(armoede, anna, bram, fatima, sockets):
    """A refresh for the whole room (here a phase change) never carries a private note to phones."""
    await sync_to_async(private)(armoede)
    anna_p = await sync_to_async(participant_of)(armoede, "Anna")
    await sync_to_async(notes.add_note)(armoede, anna_p, phase="verkennen", text=SECRET, client_id="c-1")
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("phase.set", phase="verbeelden")
    await bram_socket.receive_until('data-phase="verbeelden"')
    await console.send("phase.set", phase="verkennen")
    await bram_socket.receive_until('data-phase="verkennen"')

    assert all(SECRET not in frame for frame in bram_socket.frames)
    assert await sync_to_async(Note.objects.filter(private=True).count)() == 1


async def test_waiting_notes_of_an_earlier_phase_can_still_be_revealed(armoede, anna, bram, fatima, sockets):
    await sync_to_async(private)(armoede)
    anna_p = await sync_to_async(participant_of)(armoede, "Anna")
    await sync_to_async(notes.add_note)(armoede, anna_p, phase="verkennen", text=SECRET, client_id="c-1")
    console = await sockets(armoede, fatima)
    bram_socket = await sockets(armoede, bram)
    await console.send("phase.set", phase="verbeelden")
    frame = await console.receive_until('id="phase-head-verkennen"')
    assert 'name="phase" value="verkennen"' in frame.split('id="waiting-verkennen"')[1].split("</form>")[0]

    await console.send("notes.reveal", phase="verkennen")

    await bram_socket.receive_until(SECRET)
