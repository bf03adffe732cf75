"""Connecting: who you are and the board, cheaply (a whole room reconnects at once after a wifi
blip), the board once, and a big board in parts."""

import re

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test.utils import CaptureQueriesContext

from realtime import broadcast
from realtime.consumers import RoomConsumer
from sessions_app.models import Note, Participant, Room
from tests.helpers import SocketClient, version_of

pytestmark = pytest.mark.django_db(transaction=True)


def identify_and_snapshot(room, client):
    consumer = RoomConsumer()
    consumer.scope = {
        "url_route": {"kwargs": {"code": room.code.lower()}},
        "cookies": {name: morsel.value for name, morsel in client.cookies.items()},
        "session": SessionStore(client.cookies[settings.SESSION_COOKIE_NAME].value if settings.SESSION_COOKIE_NAME in client.cookies else None),
        "user": AnonymousUser(),
    }
    actor = consumer.identify()
    return actor, broadcast.socket_snapshot_parts(room.pk, "participants", "nl", actor.participant)


def test_a_phone_is_identified_and_gets_its_board_in_two_queries(armoede, anna):
    identify_and_snapshot(armoede, anna)  # the first phone renders the board for this version

    with CaptureQueriesContext(connection) as queries:
        actor, parts = identify_and_snapshot(armoede, anna)

    assert actor.participant.name == "Anna" and 'data-snapshot="true"' in parts[0]
    assert len(queries) <= 2, [query["sql"] for query in queries]


def test_a_phone_with_notes_waiting_for_the_reveal_gets_them_on_connect(armoede, anna):
    anna_id = Participant.objects.get(name="Anna").pk
    Note.objects.create(room=armoede, participant_id=anna_id, phase="verkennen", text="Nog geheim", client_id="p-1", private=True)

    _actor, parts = identify_and_snapshot(armoede, anna)

    assert "Nog geheim" in "".join(parts)


async def test_a_page_that_already_shows_this_version_gets_only_a_marker(armoede, anna, sockets):
    version = (await Room.objects.aget(pk=armoede.pk)).version

    socket = await sockets(armoede, anna, path=f"/ws/room/{armoede.code}/?v={version}")

    assert 'data-snapshot="true"' in socket.snapshot and version_of(socket.snapshot) == version
    assert 'id="board"' not in socket.snapshot


async def test_a_page_that_shows_an_older_version_gets_the_board(armoede, anna, sockets):
    version = (await Room.objects.aget(pk=armoede.pk)).version

    socket = await sockets(armoede, anna, path=f"/ws/room/{armoede.code}/?v={version - 1}")

    assert 'id="board"' in socket.snapshot


async def test_a_big_board_arrives_in_parts_none_over_256_kib(armoede, anna, fatima):
    anna_id = (await Participant.objects.aget(name="Anna")).pk
    await database_sync_to_async(Note.objects.bulk_create)(
        Note(room=armoede, participant_id=anna_id, phase="verkennen", text=f"Idee {n} " + "x" * 400, client_id=f"b-{n}")
        for n in range(1200)
    )
    console = SocketClient(armoede, fatima)
    await console.connect()

    parts = [console.snapshot]
    count = int(re.search(r'data-parts="(\d+)"', console.snapshot).group(1))
    while len(parts) < count:
        parts.append(await console.receive(timeout=10))

    assert count > 1 and all(len(part.encode()) <= 256 * 1024 for part in parts)
    assert {version_of(part) for part in parts} == {version_of(console.snapshot)}
    assert sum(part.count('data-client-id="b-') for part in parts) == 1200
    await console.disconnect()


async def test_a_sync_that_fails_does_not_stop_the_rooms_frames(armoede, anna, bram, sockets, monkeypatch):
    from realtime import broadcast as live

    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)

    def database_away(*args, **kwargs):
        raise RuntimeError("database away")

    monkeypatch.setattr(live, "socket_snapshot_parts", database_away)
    await bram_socket.send("sync")
    await bram_socket.receive_until("Dat lukte niet")
    monkeypatch.undo()

    await anna_socket.send("note.add", text="Komt toch aan", client_id="n-1", phase="verkennen")
    await bram_socket.receive_until("Komt toch aan")
