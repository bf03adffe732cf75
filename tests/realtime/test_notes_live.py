"""A note travels: stored once, then on every screen of its room and nowhere else."""

import pytest

from sessions_app.models import Note

pytestmark = pytest.mark.django_db(transaction=True)


async def test_a_note_reaches_everyone_in_the_room(armoede, anna, bram, fatima, sockets):
    anna_socket = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await anna_socket.send("note.add", text="De buurtkamer werkt", client_id="c-1", phase="verkennen")

    for socket in (anna_socket, bram_socket, console):
        frame = await socket.receive_until("De buurtkamer werkt")
        assert 'data-client-id="c-1"' in frame
        assert 'hx-swap-oob="beforeend:#notes-verkennen"' in frame


async def test_a_note_does_not_reach_another_room(armoede, sociale_basis, anna, cas, sockets):
    anna_socket = await sockets(armoede, anna)
    cas_socket = await sockets(sociale_basis, cas)

    await anna_socket.send("note.add", text="Alleen voor Armoede", client_id="c-1", phase="verkennen")
    await anna_socket.receive_until("Alleen voor Armoede")

    assert await cas_socket.nothing_more()


async def test_a_resent_note_is_stored_once(armoede, anna, bram, sockets):
    anna_socket = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)

    await anna_socket.send("note.add", text="Twee keer gestuurd", client_id="c-1", phase="verkennen")
    await anna_socket.receive_until("Twee keer gestuurd")
    await anna_socket.send("note.add", text="Twee keer gestuurd", client_id="c-1", phase="verkennen")
    ack = await anna_socket.receive()

    assert 'data-client-id="c-1"' in ack and "Twee keer gestuurd" not in ack
    assert await Note.objects.filter(client_id="c-1").acount() == 1
    await bram_socket.receive_until("Twee keer gestuurd")
    assert await bram_socket.nothing_more()
