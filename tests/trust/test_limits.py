"""Limits: every one is a setting (docs/limits.md). A guesser of codes is slowed per address, a
flooding phone is told once and then ignored while the others in the room notice nothing."""

import asyncio
import json
import time

import pytest
from asgiref.sync import sync_to_async
from django.test import Client

from sessions_app import throttle
from sessions_app.models import Note, Participant
from tests.helpers import SocketClient, join_as

pytestmark = pytest.mark.django_db(transaction=True)

FLOOD = "Je stuurt heel veel tegelijk"


def guess(client, code, address):
    return client.get(f"/j/{code}/", REMOTE_ADDR=address)


def test_guessing_codes_is_stopped_per_address(armoede, settings):
    settings.JOIN_ATTEMPTS_PER_MINUTE = 5
    guesser, neighbour = Client(), Client()
    try:
        for attempt in range(5):
            assert guess(guesser, f"ZZZZZ{attempt + 2}", "203.0.113.7").status_code == 404

        refused = guess(guesser, "ZZZZZ9", "203.0.113.7")
        assert refused.status_code == 429
        assert "Je hebt te vaak een code geprobeerd" in refused.content.decode()
        assert refused["Retry-After"] == "60"
        assert guesser.post("/", {"code": "ZZZZZZ"}, REMOTE_ADDR="203.0.113.7").status_code == 429

        assert guess(neighbour, "ZZZZZ8", "198.51.100.1").status_code == 404  # another address
    finally:
        throttle.reset("203.0.113.7")
        throttle.reset("198.51.100.1")


def test_a_right_code_is_never_blocked_by_other_peoples_misses(armoede, settings):
    """A venue's wifi: someone there tries codes until the address is suspect; a phone beside
    them still joins with the right code (issue 12, item 2)."""
    settings.JOIN_ATTEMPTS_PER_MINUTE = 3
    try:
        for attempt in range(10):
            guess(Client(), f"ZZZZZ{attempt % 8 + 2}", "192.0.2.60")
        assert guess(Client(), "ZZZZZ2", "192.0.2.60").status_code == 429
        phone = Client()
        assert guess(phone, armoede.code, "192.0.2.60").status_code == 200
        joined = phone.post(f"/j/{armoede.code}/", {"name": "Naast de gokker"}, REMOTE_ADDR="192.0.2.60")
        assert joined.status_code == 302
        assert Participant.objects.filter(room=armoede, name="Naast de gokker").exists()
    finally:
        throttle.reset("192.0.2.60")


def test_what_a_suspect_address_can_still_look_up_is_bounded(armoede, settings):
    """While an address is over its misses, every page it opens by a code counts as a join; over
    that budget even a right code waits, so guessing stays slow."""
    settings.JOIN_ATTEMPTS_PER_MINUTE = 2
    settings.JOINS_PER_ADDRESS_PER_MINUTE = 3
    try:
        for code in ("ZZZZZ2", "ZZZZZ3"):
            guess(Client(), code, "203.0.113.8")
        for _ in range(3):
            assert guess(Client(), armoede.code, "203.0.113.8").status_code == 200
        assert guess(Client(), armoede.code, "203.0.113.8").status_code == 429
        assert guess(Client(), armoede.code, "203.0.113.9").status_code == 200  # another address
    finally:
        throttle.reset("203.0.113.8")
        throttle.reset("203.0.113.9")


def test_a_whole_hall_joining_with_the_right_code_is_never_slowed(armoede, settings):
    settings.JOIN_ATTEMPTS_PER_MINUTE = 3
    for _ in range(10):  # one venue wifi address, many phones
        assert Client().post(f"/j/{armoede.code}/", {"name": ""}, REMOTE_ADDR="192.0.2.50").status_code == 302
    assert Participant.objects.filter(room=armoede).count() == 10


def test_behind_a_proxy_the_forwarded_address_counts(armoede, settings):
    settings.JOIN_ATTEMPTS_PER_MINUTE = 2
    settings.TRUSTED_PROXIES = 1
    client = Client()
    try:
        for _ in range(2):
            client.get("/j/ZZZZZZ/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
        assert client.get("/j/ZZZZZZ/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
        assert client.get("/j/ZZZZZZ/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 404
    finally:
        for address in ("203.0.113.9", "203.0.113.10"):
            throttle.reset(address)


def test_a_room_takes_no_more_than_its_maximum(armoede, settings):
    settings.ROOM_MAX_PARTICIPANTS = 2
    join_as(armoede, "Een")
    join_as(armoede, "Twee")
    full = Client().post(f"/j/{armoede.code}/", {"name": "Drie"})
    assert full.status_code == 400 and "vol" in full.content.decode()


async def test_a_note_longer_than_the_limit_is_refused_and_given_back(armoede, anna, sockets, settings):
    settings.NOTE_MAX_LENGTH = 10
    phone = await sockets(armoede, anna)
    await phone.send("note.add", text="x" * 11, client_id="lang", phase="verkennen")
    frame = await phone.receive()
    assert "te lang" in frame and 'data-refused-client-id="lang"' in frame
    assert await Note.objects.acount() == 0


async def test_notes_per_minute_are_limited(armoede, anna, sockets, settings):
    settings.NOTES_PER_MINUTE = 3
    phone = await sockets(armoede, anna)
    for number in range(4):
        await phone.send("note.add", text=f"Idee {number}", client_id=f"c{number}", phase="verkennen")
    frame = await phone.receive_until("Je schrijft heel snel")
    assert 'data-refused-client-id="c3"' in frame
    assert await Note.objects.acount() == 3


async def test_a_frame_over_the_size_limit_is_refused_unread(armoede, anna, sockets, settings):
    phone = await sockets(armoede, anna)
    await phone.send_raw(text_data=json.dumps({"action": "note.add", "text": "x" * settings.SOCKET_MAX_FRAME_BYTES}))
    assert "te groot" in await phone.receive()
    await phone.send("note.add", text="Daarna gewoon", client_id="ok", phase="verkennen")
    await phone.receive_until("Daarna gewoon")


async def test_a_flooding_phone_is_told_once_and_the_others_notice_nothing(armoede, anna, bram, fatima, sockets, settings):
    settings.SOCKET_MESSAGES_PER_SECOND = 5
    flooder = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    started = time.monotonic()
    for number in range(100):  # 100 messages at once (well over 100 a second): snapshot requests and junk
        if number % 2:
            await flooder.send("sync")
        else:
            await flooder.send("note.add", text="", client_id=f"leeg-{number}")
    flood_seconds = time.monotonic() - started
    sent_at = time.monotonic()
    await bram_socket.send("note.add", text="Gewoon een idee", client_id="b-1", phase="verkennen")
    await console.receive_until("Gewoon een idee", timeout=10)
    delivered_after = time.monotonic() - sent_at
    await bram_socket.receive_until("Gewoon een idee")

    while not await flooder.nothing_more(timeout=0.5):
        await flooder.receive()
    frames = flooder.frames[1:]  # everything after the first snapshot
    warnings = [frame for frame in frames if FLOOD in frame]
    answered = [frame for frame in frames if "nog leeg" in frame]  # the 50 junk notes that were read
    print(f"\nflood: 100 sent in {flood_seconds:.2f} s, {len(answered)} of 50 junk notes read, {len(warnings)} warning(s); "
          f"another phone's note sent right after reached the console in {delivered_after * 1000:.0f} ms")
    assert len(warnings) == 1
    assert len(answered) < 50  # the rest was dropped unread
    assert not any(FLOOD in frame for frame in bram_socket.frames + console.frames)

    await asyncio.sleep(1.1)  # the bucket refills: the flooder may write again
    await flooder.send("note.add", text="Weer rustig", client_id="a-1", phase="verkennen")
    await flooder.receive_until("Weer rustig")


async def test_sockets_per_address_are_limited(armoede, anna, settings):
    settings.SOCKETS_PER_ADDRESS = 2
    opened = []
    for _ in range(3):
        socket = SocketClient(armoede, anna)
        socket.communicator.scope["client"] = ["203.0.113.77", 50000]
        opened.append(socket)
    await opened[0].connect()
    await opened[1].connect()
    connected, _ = await opened[2].communicator.connect()
    assert connected
    assert "te veel verbindingen" in await opened[2].receive()
    assert await opened[2].closed() == 4429

    await opened[0].disconnect()
    await asyncio.sleep(0.05)
    again = SocketClient(armoede, anna)
    again.communicator.scope["client"] = ["203.0.113.77", 50001]
    await again.connect()  # a closed socket frees its place
    for socket in (opened[1], again):
        await socket.disconnect()


def test_the_room_pages_and_the_event_pages_count_guesses_too(armoede, anna, settings):
    settings.JOIN_ATTEMPTS_PER_MINUTE = 4
    guesser = Client()
    try:
        for path in ("/r/ZZZZZ2/", "/f/ZZZZZ3/", "/p/ZZZZZ4/"):
            assert guesser.get(path, REMOTE_ADDR="203.0.113.20").status_code == 404
        assert guesser.get("/e/bestaat-niet/kies/", REMOTE_ADDR="203.0.113.20").status_code == 302  # to /, and a miss
        assert guesser.get("/r/ZZZZZ5/", REMOTE_ADDR="203.0.113.20").status_code == 429
        assert Client().get("/r/ZZZZZ5/", REMOTE_ADDR="203.0.113.21").status_code == 404  # someone else
    finally:
        throttle.reset("203.0.113.20")
        throttle.reset("203.0.113.21")


def socket_from(room, client, address, code=None):
    socket = SocketClient(room, client, path=f"/ws/room/{code}/" if code else None)
    socket.communicator.scope["client"] = [address, 1]
    return socket


async def test_a_socket_cannot_tell_an_unknown_code_from_a_room_it_may_not_enter(armoede, settings):
    stranger = Client()
    try:
        unknown = socket_from(armoede, stranger, "203.0.113.31", code="ZZZZZ7")
        await unknown.communicator.connect()
        existing = socket_from(armoede, stranger, "203.0.113.31")
        await existing.communicator.connect()
        answers = [(await socket.receive(), await socket.closed()) for socket in (unknown, existing)]
        assert answers[0] == answers[1]
        assert "Doe eerst mee" in answers[0][0] and answers[0][1] == 4403
        assert await sync_to_async(throttle.misses)("203.0.113.31") == 2  # both count as misses
    finally:
        await sync_to_async(throttle.reset)("203.0.113.31")


async def test_guessing_codes_over_the_socket_is_stopped_but_a_phone_in_the_room_gets_in(armoede, anna, settings):
    settings.JOIN_ATTEMPTS_PER_MINUTE = 2
    try:
        for code in ("ZZZZZ5", "ZZZZZ6"):
            socket = socket_from(armoede, Client(), "203.0.113.30", code=code)
            await socket.communicator.connect()
            assert "Doe eerst mee" in await socket.receive()
            assert await socket.closed() == 4403
        for code in ("ZZZZZ7", armoede.code):  # unknown, or a room this socket may not enter: the same
            guesser = socket_from(armoede, Client(), "203.0.113.30", code=code)
            await guesser.communicator.connect()
            assert "te vaak een code geprobeerd" in await guesser.receive()
            assert await guesser.closed() == 4429
        phone = socket_from(armoede, anna, "203.0.113.30")  # Anna, on the same wifi, is in the room
        await phone.connect()
        assert 'data-snapshot="true"' in phone.snapshot
        await phone.disconnect()
    finally:
        await sync_to_async(throttle.reset)("203.0.113.30")
