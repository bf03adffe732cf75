"""The room hub: a process takes each room frame once and writes it to its own sockets."""

import pytest
from channels.layers import InMemoryChannelLayer, get_channel_layer

from sessions_app.audience import Audience

from realtime.groups import room_group
from tests.conftest import REAL_SERVICES
from tests.helpers import join_as

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(REAL_SERVICES, reason="counts the in-memory layer's members; Redis: test_production_path.py"),
]


def members(room, audience) -> int:
    layer = get_channel_layer()
    assert isinstance(layer, InMemoryChannelLayer)
    return len(layer.groups.get(room_group(room.pk, audience, "nl"), {}))


async def test_a_room_audience_is_one_subscription_whatever_the_number_of_phones(armoede, anna, bram, fatima, sockets):
    from channels.db import database_sync_to_async

    cas = await database_sync_to_async(join_as)(armoede, "Cas", "praktijk")
    phones = [await sockets(armoede, client) for client in (anna, bram, cas)]
    console = await sockets(armoede, fatima)

    assert (members(armoede, Audience.PARTICIPANTS), members(armoede, Audience.FACILITATORS)) == (1, 1)
    await phones[0].send("note.add", text="Voor iedereen", client_id="h-1", phase="verkennen")
    for socket in (*phones, console):
        frame = await socket.receive_until("Voor iedereen")
        assert frame.count('data-client-id="h-1"') == 1  # once per socket, never twice


async def test_the_subscription_ends_with_the_last_socket_of_the_room(armoede, anna, bram, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)

    await anna_socket.disconnect()
    assert members(armoede, Audience.PARTICIPANTS) == 1
    await bram_socket.send("note.add", text="Nog steeds", client_id="h-2", phase="verkennen")
    await bram_socket.receive_until("Nog steeds")

    await bram_socket.disconnect()
    assert members(armoede, Audience.PARTICIPANTS) == 0
