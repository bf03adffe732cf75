"""Bad input on the room socket: each refusal is a Dutch sentence for the sender only, nothing
changes, and the socket stays usable (unless closing it is the point)."""

import json

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings

from sessions_app.models import Note, Room
from sessions_app.services import rooms
from tests.helpers import SocketClient

pytestmark = pytest.mark.django_db(transaction=True)

GOOD = {"action": "note.add", "text": "Dit mag wel", "client_id": "good", "phase": "verkennen"}


async def room_state(room):
    room = await Room.objects.aget(pk=room.pk)
    return room.version, room.phase, room.writing_open, await Note.objects.acount()


async def refused(socket, bram_socket, room, raw, message):
    """Sends `raw`, expects one error frame holding `message`, and checks nothing changed,
    nobody else heard of it, and the socket still takes a good note afterwards."""
    before = await room_state(room)
    if isinstance(raw, bytes):
        await socket.send_raw(bytes_data=raw)
    else:
        await socket.send_raw(text_data=raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False))
    frame = await socket.receive()
    assert 'class="error"' in frame and message in frame, frame
    assert 'id="messages"' in frame
    assert await room_state(room) == before
    assert await bram_socket.nothing_more(timeout=0.1)
    await socket.send_raw(text_data=json.dumps(GOOD))
    await socket.receive_until('data-client-id="good"')
    assert await Note.objects.filter(client_id="good").aexists()


CASES = {
    "empty note": ({**GOOD, "text": "   ", "client_id": "e"}, "Je briefje is nog leeg"),
    "note too long": ({**GOOD, "text": "x" * (settings.NOTE_MAX_LENGTH + 1), "client_id": "l"}, "iets te lang"),
    "no client_id": ({**GOOD, "client_id": ""}, "mist een kenmerk"),
    "unknown action": ({"action": "note.burn"}, "Deze actie kennen we niet"),
    "no action": ({"text": "hallo"}, "Deze actie kennen we niet"),
    "action not a string": ({"action": ["note.add"]}, "Deze actie kennen we niet"),
    "malformed JSON": ('{"action": "note.add", "text": ', "Dit bericht begrijpen we niet"),
    "not JSON at all": ("hallo daar", "Dit bericht begrijpen we niet"),
    "a JSON array": (json.dumps([GOOD]), "Dit bericht begrijpen we niet"),
    "a JSON string": (json.dumps("note.add"), "Dit bericht begrijpen we niet"),
    "deeply nested JSON": ("[" * 3000 + "]" * 3000, "Dit bericht begrijpen we niet"),
    "text as a number": ({**GOOD, "text": 42}, "Dit bericht begrijpen we niet"),
    "text as an object": ({**GOOD, "text": {"a": 1}}, "Dit bericht begrijpen we niet"),
    "client_id as a list": ({**GOOD, "client_id": ["a"]}, "Dit bericht begrijpen we niet"),
    "client_id a lone surrogate": ('{"action": "note.add", "text": "Hoi", "client_id": "\\ud800"}', "mist een kenmerk"),
    "binary frame": (json.dumps(GOOD).encode(), "Stuur alleen tekst"),
    "frame too big": ({**GOOD, "text": "x" * settings.SOCKET_MAX_FRAME_BYTES}, "te groot"),
    "frame too big in bytes": ({**GOOD, "text": "😀" * (settings.SOCKET_MAX_FRAME_BYTES // 4 + 10)}, "te groot"),
    "phase.set from a participant": ({"action": "phase.set", "phase": "vormgeven"}, "alleen de gespreksleider"),
    "writing.set from a participant": ({"action": "writing.set", "open": "false"}, "alleen de gespreksleider"),
    "prompt.set from a participant": ({"action": "prompt.set", "phase": "verkennen", "prompt": "Hoi"},
                                      "alleen de gespreksleider"),
}


@pytest.mark.parametrize("raw, message", CASES.values(), ids=CASES.keys())
async def test_a_participant_is_told_in_dutch_and_can_go_on(armoede, anna, bram, sockets, raw, message):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    await refused(anna_socket, bram_socket, armoede, raw, message)


async def test_a_note_while_writing_is_closed(armoede, anna, bram, sockets):
    await Room.objects.filter(pk=armoede.pk).aupdate(writing_open=False)
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    before = await room_state(armoede)

    await anna_socket.send("note.add", text="Toch", client_id="c-1", phase="verkennen")

    frame = await anna_socket.receive()
    assert "Schrijven is nu even dicht" in frame and 'data-refused-client-id="c-1"' in frame
    assert await room_state(armoede) == before
    assert await bram_socket.nothing_more(timeout=0.1)


async def test_a_refused_note_names_its_client_id_so_the_phone_gives_the_text_back(armoede, anna, sockets):
    socket = await sockets(armoede, anna)
    await socket.send("note.add", text="x" * (settings.NOTE_MAX_LENGTH + 1), client_id="c-9", phase="verkennen")
    assert 'data-refused-client-id="c-9"' in await socket.receive()


FACILITATOR_CASES = {
    "unknown phase": ({"action": "phase.set", "phase": "verdwalen"}, "Die fase bestaat niet"),
    "phase missing": ({"action": "phase.set"}, "Er mist iets"),
    "phase as a number": ({"action": "phase.set", "phase": 2}, "Dit bericht begrijpen we niet"),
    "open is neither yes nor no": ({"action": "writing.set", "open": "misschien"}, "Dit bericht begrijpen we niet"),
    "open as a list": ({"action": "writing.set", "open": [True]}, "Dit bericht begrijpen we niet"),
    "empty prompt": ({"action": "prompt.set", "phase": "verkennen", "prompt": "  "}, "Schrijf een vraag"),
    "prompt for an unknown phase": ({"action": "prompt.set", "phase": "nee", "prompt": "Hoi"}, "Die fase bestaat niet"),
    "note from the console": ({**GOOD, "client_id": "f"}, "Doe eerst mee"),
}


@pytest.mark.parametrize("raw, message", FACILITATOR_CASES.values(), ids=FACILITATOR_CASES.keys())
async def test_the_facilitator_is_told_in_dutch_and_can_go_on(armoede, anna, fatima, sockets, raw, message):
    console, anna_socket = await sockets(armoede, fatima), await sockets(armoede, anna)
    before = await room_state(armoede)

    await console.send_raw(text_data=json.dumps(raw))

    frame = await console.receive_until('class="error"')  # (the console also gets presence counts)
    assert 'class="error"' in frame and message in frame, frame
    assert await room_state(armoede) == before
    assert await anna_socket.nothing_more(timeout=0.1)
    await console.send("phase.set", phase="verbeelden")
    await anna_socket.receive_until('data-phase="verbeelden"')


async def closed_with_message(socket: SocketClient) -> tuple[str, int]:
    connected, _ = await socket.communicator.connect()
    assert connected  # accepted, so the refusal can be said in words
    frame = await socket.receive()
    return frame, await socket.closed()


async def test_a_wrong_room_code_is_told_and_closed_like_a_room_you_may_not_enter(armoede, anna):
    socket = SocketClient(armoede, anna, path="/ws/room/QQQQQQ/")
    frame, code = await closed_with_message(socket)
    assert "Doe eerst mee" in frame and code == 4403  # the same words as for an existing room (no oracle)


async def test_a_socket_without_a_participant_cookie_is_told_and_closed(armoede):
    frame, code = await closed_with_message(SocketClient(armoede))
    assert "Doe eerst mee" in frame and code == 4403


async def test_a_tampered_cookie_is_told_and_closed(armoede, anna):
    morsel = anna.cookies[settings.DEVICE_COOKIE_NAME]
    morsel.set(morsel.key, morsel.value[:-3] + "abc", morsel.value[:-3] + "abc")
    frame, code = await closed_with_message(SocketClient(armoede, anna))
    assert "Doe eerst mee" in frame and code == 4403


async def test_a_phone_of_another_room_is_told_and_closed(armoede, cas):
    frame, code = await closed_with_message(SocketClient(armoede, cas))
    assert "Doe eerst mee" in frame and code == 4403


async def test_a_socket_from_another_site_is_not_accepted(armoede, anna):
    socket = SocketClient(armoede, anna, headers=[])
    socket.communicator.scope["headers"] = [
        (b"origin", b"http://evil.example") if name == b"origin" else (name, value)
        for name, value in socket.communicator.scope["headers"]
    ]
    connected, _ = await socket.communicator.connect()
    assert not connected


async def test_an_open_console_of_a_renewed_link_is_told_and_closed(armoede, anna, fatima, sockets):
    guest_console = await sockets(armoede, fatima)
    anna_socket = await sockets(armoede, anna)

    await sync_to_async(rooms.renew_facilitator_link)(armoede)

    assert await guest_console.closed() == 4403
    assert any("Deze link werkt niet meer" in frame for frame in guest_console.frames)
    assert await anna_socket.nothing_more(timeout=0.2), "the phones notice nothing"


async def test_an_organisers_console_stays_open_when_the_link_is_renewed(armoede, sockets):
    from django.contrib.auth import get_user_model
    from django.test import Client

    staff = await get_user_model().objects.acreate_user("organisator", password="x" * 12, is_staff=True)
    client = Client()
    await sync_to_async(client.force_login)(staff)
    console = await sockets(armoede, client)

    await sync_to_async(rooms.renew_facilitator_link)(armoede)

    await console.send("phase.set", phase="vormgeven")
    await console.receive_until('data-phase="vormgeven"')


async def test_a_console_of_a_renewed_link_cannot_steer(armoede, fatima, sockets):
    guest_console = await sockets(armoede, fatima)
    await Room.objects.filter(pk=armoede.pk).aupdate(facilitator_token="vernieuwd-zonder-bericht")

    await guest_console.send("phase.set", phase="vormgeven")

    assert "Deze link werkt niet meer" in await guest_console.receive_until('class="error"')
    assert (await Room.objects.aget(pk=armoede.pk)).phase == "verkennen"


async def test_a_phone_that_left_is_told_on_its_still_open_socket(armoede, anna, sockets):
    from sessions_app.models import Participant
    from sessions_app.services.privacy import leave_room

    socket = await sockets(armoede, anna)
    participant = await Participant.objects.aget(name="Anna")
    await sync_to_async(leave_room)(participant)

    await socket.send("note.add", text="Ben ik er nog?", client_id="gone", phase="verkennen")

    assert "Doe eerst mee" in await socket.receive_until('class="error"')
    assert not await Note.objects.filter(client_id="gone").aexists()
    await socket.send("sync")
    assert "Doe eerst mee" in await socket.receive_until('class="error"'), "the socket still answers"


async def test_the_socket_url_takes_the_code_in_lower_case(armoede, anna, sockets):
    socket = await sockets(armoede, anna, path=f"/ws/room/{armoede.code.lower()}/")
    assert 'data-snapshot="true"' in socket.snapshot
