"""The room socket: who joins sees the whole board, the facilitator steers, every screen follows."""

import pytest

from sessions_app.models import Note, Room
from tests.helpers import version_of

pytestmark = pytest.mark.django_db(transaction=True)


async def note(socket, text, client_id, phase="verkennen"):
    await socket.send("note.add", text=text, client_id=client_id, phase=phase)
    return await socket.receive_until(f'data-client-id="{client_id}"')


async def test_joining_gives_a_snapshot_of_the_board(armoede, anna, sockets):
    socket = await sockets(armoede, anna)

    assert 'data-snapshot="true"' in socket.snapshot
    assert 'data-phase="verkennen"' in socket.snapshot
    assert await armoede.phases.filter(key="verkennen").values_list("prompt", flat=True).aget() in socket.snapshot
    assert 'id="notes-verkennen"' in socket.snapshot


async def test_the_console_joins_too(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)
    assert 'data-snapshot="true"' in console.snapshot and 'id="room-stats"' in console.snapshot


async def test_a_reconnect_gets_every_note_exactly_once(armoede, anna, bram, sockets):
    anna_socket = await sockets(armoede, anna)
    for n in range(3):
        await note(anna_socket, f"Idee {n}", f"c-{n}")
    await anna_socket.disconnect()

    again = await sockets(armoede, anna)

    for n in range(3):
        assert again.snapshot.count(f'data-client-id="c-{n}"') == 1
        assert f"Idee {n}" in again.snapshot


async def test_a_phone_that_was_away_sees_notes_written_meanwhile(armoede, anna, bram, sockets):
    bram_socket = await sockets(armoede, bram)
    await bram_socket.disconnect()
    anna_socket = await sockets(armoede, anna)
    await note(anna_socket, "Terwijl Bram weg was", "c-1")

    back = await sockets(armoede, bram)

    assert "Terwijl Bram weg was" in back.snapshot


async def test_sync_answers_with_a_fresh_snapshot(armoede, anna, bram, sockets):
    anna_socket = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)
    await note(anna_socket, "Al op het bord", "c-1")

    await bram_socket.send("sync")
    frame = await bram_socket.receive_until('data-snapshot="true"')

    assert "Al op het bord" in frame and frame.count('data-client-id="c-1"') == 1


async def test_a_phase_change_reaches_every_screen_of_the_room_and_no_other(
    armoede, sociale_basis, anna, bram, cas, fatima, sockets
):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    cas_socket = await sockets(sociale_basis, cas)
    console = await sockets(armoede, fatima)
    await note(anna_socket, "Uit de verkenning", "c-1")

    await console.send("phase.set", phase="verbeelden")

    for socket in (anna_socket, bram_socket, console):
        frame = await socket.receive_until('data-phase="verbeelden"')
        assert 'id="phase-head-verbeelden" class="phase-head is-current"' in frame
        # Notes of earlier phases stay readable: they are on the page already, and the frame
        # neither carries nor removes them.
        assert 'id="board"' not in frame and "Uit de verkenning" not in frame and "delete" not in frame
    assert await cas_socket.nothing_more()
    assert (await Room.objects.aget(pk=armoede.pk)).phase == "verbeelden"


async def test_the_facilitator_can_go_back_a_phase(armoede, anna, fatima, sockets):
    anna_socket, console = await sockets(armoede, anna), await sockets(armoede, fatima)
    await console.send("phase.set", phase="vormgeven")
    await anna_socket.receive_until('data-phase="vormgeven"')

    await console.send("phase.set", phase="verkennen")

    await anna_socket.receive_until('data-phase="verkennen"')


async def test_a_note_typed_during_a_phase_change_lands_in_the_phase_it_was_written_for(
    armoede, anna, fatima, sockets
):
    anna_socket, console = await sockets(armoede, anna), await sockets(armoede, fatima)
    await console.send("phase.set", phase="verbeelden")
    await anna_socket.receive_until('data-phase="verbeelden"')

    frame = await note(anna_socket, "Nog over verkennen", "late", phase="verkennen")

    assert 'hx-swap-oob="beforeend:#notes-verkennen"' in frame
    assert (await Note.objects.aget(client_id="late")).phase == "verkennen"


async def test_closing_writing_reaches_every_screen_and_stops_notes(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("writing.set", open="false")

    for socket in (anna_socket, bram_socket, console):
        await socket.receive_until('data-writing-open="false"')
    await anna_socket.send("note.add", text="Te laat", client_id="c-1", phase="verkennen")
    assert "Schrijven is nu even dicht" in await anna_socket.receive_until('class="error"')
    assert not await Note.objects.aexists()

    await console.send("writing.set", open=True)
    await anna_socket.receive_until('data-writing-open="true"')
    await note(anna_socket, "Nu wel", "c-2")


async def test_a_new_prompt_reaches_every_screen(armoede, anna, fatima, sockets):
    anna_socket, console = await sockets(armoede, anna), await sockets(armoede, fatima)

    await console.send("prompt.set", phase="verkennen", prompt="Wat werkt er al in jouw wijk?")

    await anna_socket.receive_until("Wat werkt er al in jouw wijk?")
    await console.receive_until("Wat werkt er al in jouw wijk?")


async def test_versions_in_consecutive_frames_go_up_by_exactly_one(armoede, anna, fatima, sockets):
    anna_socket, console = await sockets(armoede, anna), await sockets(armoede, fatima)
    start = version_of(anna_socket.snapshot)

    await note(anna_socket, "Eén", "c-1")
    await console.send("phase.set", phase="verbeelden")
    await anna_socket.receive_until('data-phase="verbeelden"')
    await console.send("writing.set", open=False)
    await anna_socket.receive_until('data-writing-open="false"')
    await console.send("prompt.set", phase="verbeelden", prompt="Een nieuwe vraag")
    await anna_socket.receive_until("Een nieuwe vraag")
    await console.send("writing.set", open=True)
    await anna_socket.receive_until('data-writing-open="true"')
    await note(anna_socket, "Twee", "c-2", phase="verbeelden")

    versions = [version_of(frame) for frame in anna_socket.frames[1:] if version_of(frame) is not None]
    assert versions == list(range(start + 1, start + 7))
    assert (await Room.objects.aget(pk=armoede.pk)).version == start + 6


async def test_asking_for_the_phase_the_room_is_in_changes_nothing(armoede, anna, fatima, sockets):
    anna_socket, console = await sockets(armoede, anna), await sockets(armoede, fatima)
    start = (await Room.objects.aget(pk=armoede.pk)).version

    await console.send("phase.set", phase="verkennen")
    await console.send("writing.set", open=True)
    await console.send("sync")  # answered after the two above, so they have been handled
    await console.receive_until('data-snapshot="true"')

    assert (await Room.objects.aget(pk=armoede.pk)).version == start
    while not await anna_socket.nothing_more(timeout=0.3):
        await anna_socket.receive()  # presence and other frames that do not change the board
    assert all((version_of(frame) or 0) <= start for frame in anna_socket.frames[1:])


async def test_a_resend_after_a_reconnect_is_acknowledged_not_duplicated(armoede, anna, bram, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    await note(anna_socket, "Vlak voor de tunnel", "c-1")
    await bram_socket.receive_until("Vlak voor de tunnel")
    await anna_socket.disconnect()

    again = await sockets(armoede, anna)
    await again.send("note.add", text="Vlak voor de tunnel", client_id="c-1", phase="verkennen")
    ack = await again.receive()

    assert 'hx-swap-oob="beforeend:#acks"' in ack and 'data-client-id="c-1"' in ack
    assert await Note.objects.filter(client_id="c-1").acount() == 1
    assert await bram_socket.nothing_more()


async def test_a_script_in_a_note_arrives_as_text(armoede, anna, bram, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)

    await anna_socket.send("note.add", text="<script>alert(1)</script>", client_id="x", phase="verkennen")
    frame = await bram_socket.receive_until('data-client-id="x"')

    assert "<script>" not in frame and "&lt;script&gt;alert(1)&lt;/script&gt;" in frame
