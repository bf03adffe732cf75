"""The facilitator closes one deelsessie: writing stops for good, every screen says so."""

import pytest

from sessions_app.models import Note, Room

pytestmark = pytest.mark.django_db(transaction=True)


async def test_closing_a_room_stops_writing_on_every_screen(armoede, anna, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await console.send("room.close")

    for socket in (phone, console):
        assert "Deze deelsessie is afgelopen" in await socket.receive_until('data-writing-open="false"')
    await phone.send("note.add", text="Te laat", client_id="late-1", phase="verkennen")
    assert "Schrijven is nu even dicht" in await phone.receive_until("error")
    assert not await Note.objects.filter(client_id="late-1").aexists()


async def test_a_phone_cannot_close_the_room(armoede, anna, sockets):
    phone = await sockets(armoede, anna)

    await phone.send("room.close")

    assert "Dat mag alleen de gespreksleider" in await phone.receive_until("error")
    assert (await Room.objects.aget(pk=armoede.pk)).closed_at is None


async def test_a_closed_room_can_be_reopened_by_its_facilitator(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)
    await console.send("room.close")
    await console.receive_until("Deze deelsessie is afgelopen")

    await console.send("room.reopen")

    frame = await console.receive_until("Sluit de deelsessie")
    assert "Deze deelsessie is afgelopen" not in frame
    assert (await Room.objects.aget(pk=armoede.pk)).closed_at is None
