"""Group commit: notes that wait for the same room are stored together and leave as one frame,
and each phone still gets its own answer."""

import asyncio
import threading

import pytest
from channels.db import database_sync_to_async

from realtime import group_commit
from sessions_app.models import Note, Room
from tests.helpers import join_as, version_of

pytestmark = pytest.mark.django_db(transaction=True)


async def while_the_database_is_busy(room, sends: int):
    """Holds the database thread until `sends` notes wait for the room, as under load; returns
    the call that lets it go."""
    gate = threading.Event()
    busy = asyncio.ensure_future(database_sync_to_async(gate.wait)(5))

    async def release():
        async with asyncio.timeout(3):
            while len(getattr(group_commit._batches.get(room.pk), "waiting", [])) < sends:
                await asyncio.sleep(0.01)
        gate.set()
        await busy

    return release


async def test_notes_sent_while_a_write_runs_go_together_in_one_frame(armoede, anna, bram, fatima, sockets):
    cas = await database_sync_to_async(join_as)(armoede, "Cas", "praktijk")
    phones = [await sockets(armoede, client) for client in (anna, bram, cas)]
    console = await sockets(armoede, fatima)
    start = (await Room.objects.aget(pk=armoede.pk)).version
    release = await while_the_database_is_busy(armoede, sends=2)

    await phones[0].send("note.add", text="Eerst", client_id="a-1", phase="verkennen")
    await asyncio.sleep(0.05)  # the first starts a write, which waits for the database
    await phones[1].send("note.add", text="Samen een", client_id="b-1", phase="verkennen")
    await phones[2].send("note.add", text="Samen twee", client_id="c-1", phase="verkennen")
    await release()

    first = await console.receive_until('data-client-id="a-1"')
    together = await console.receive_until('data-client-id="b-1"')
    assert 'data-client-id="c-1"' in together and "Samen twee" in together
    assert (version_of(first), version_of(together)) == (start + 1, start + 2)
    for phone in phones:  # every phone sees both frames, so each outbox lets go of its note
        await phone.receive_until('data-client-id="c-1"')
    assert await Note.objects.acount() == 3
    assert (await Room.objects.aget(pk=armoede.pk)).version == start + 2


async def test_the_same_note_from_two_tabs_in_one_batch_is_stored_once(armoede, anna, bram, sockets):
    tabs = [await sockets(armoede, anna), await sockets(armoede, anna)]
    bram_socket = await sockets(armoede, bram)
    release = await while_the_database_is_busy(armoede, sends=2)

    await bram_socket.send("note.add", text="Eerst", client_id="b-1", phase="verkennen")
    await asyncio.sleep(0.05)
    for tab in tabs:
        await tab.send("note.add", text="Uit twee tabbladen", client_id="t-1", phase="verkennen")
    await release()

    frame = await bram_socket.receive_until('data-client-id="t-1"')
    assert frame.count('data-client-id="t-1"') == 1
    for tab in tabs:
        await tab.receive_until("Uit twee tabbladen")  # the room's frame reaches both tabs
        while not await tab.nothing_more():
            await tab.receive()
    acks = [frame for tab in tabs for frame in tab.frames if "beforeend:#acks" in frame]
    assert len(acks) == 1 and 'data-client-id="t-1"' in acks[0]  # the second copy is answered as a resend
    assert await Note.objects.filter(client_id="t-1").acount() == 1
    assert await bram_socket.nothing_more()


async def test_a_refusal_in_a_batch_reaches_only_its_phone(armoede, anna, bram, sockets, settings):
    settings.NOTE_MAX_LENGTH = 20
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    release = await while_the_database_is_busy(armoede, sends=1)

    await anna_socket.send("note.add", text="Past", client_id="a-1", phase="verkennen")
    await asyncio.sleep(0.05)
    await bram_socket.send("note.add", text="x" * 21, client_id="b-1", phase="verkennen")
    await release()

    assert 'data-refused-client-id="b-1"' in await bram_socket.receive_until("te lang")
    await anna_socket.receive_until('data-client-id="a-1"')
    assert not any("te lang" in frame for frame in anna_socket.frames)
    assert await Note.objects.acount() == 1
