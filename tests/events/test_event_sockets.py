"""The organiser's socket: a live overview that stays cheap, and steering every room at once.
Every frame to a room still goes through the room's own group with the room's version."""

import asyncio
import math
import re
import time

import pytest
from channels.db import database_sync_to_async
from django.db import transaction
from django.test import Client

from sessions_app.models import Event, Note, Participant, Room, new_device_id
from sessions_app.services import notes, participants
from tests.helpers import SocketClient, join_as

from .conftest import attend, choose

pytestmark = pytest.mark.django_db(transaction=True)


async def overview_socket(event, client, *, view="") -> SocketClient:
    socket = SocketClient(None, client, path=f"/ws/event/{event.slug}/{view}")
    await socket.connect()
    return socket


async def refused(event, client, view="") -> int:
    socket = SocketClient(None, client, path=f"/ws/event/{event.slug}/{view}")
    connected, _ = await socket.communicator.connect()
    assert connected
    return await socket.closed()


async def test_the_overview_socket_is_only_for_this_events_organisers(werkplaats, armoede_r1, olga, otto, els):
    socket = await overview_socket(werkplaats, olga)
    assert f'id="overview-room-{armoede_r1.pk}"' in socket.snapshot

    assert await refused(werkplaats, otto) == 4403
    assert await refused(werkplaats, els) == 4403
    assert await refused(werkplaats, Client()) == 4403
    assert await refused(werkplaats, otto, view="plenair/") == 4403


async def test_a_phone_cannot_send_to_all_rooms_from_its_room_socket(werkplaats, armoede_r1, sockets):
    phone = await database_sync_to_async(join_as)(armoede_r1, "Anna")
    socket = await sockets(armoede_r1, phone)

    await socket.send("event.message", text="Iedereen naar huis")

    assert "organisator" in await socket.receive()
    assert (await Event.objects.aget(pk=werkplaats.pk)).message == ""


async def test_a_facilitator_steers_only_their_own_room(werkplaats, armoede_r1, basis_r1, sockets):
    fatima = Client()
    await database_sync_to_async(fatima.get)(f"/f/{armoede_r1.code}/{armoede_r1.facilitator_token}/")
    console = await sockets(armoede_r1, fatima)

    await console.send("event.phase", phase="verbeelden")
    assert "organisator" in await console.receive()
    assert await SocketClient(basis_r1, fatima).communicator.connect() and True
    assert (await Room.objects.aget(pk=basis_r1.pk)).phase == "verkennen"


async def test_a_note_updates_the_overview_of_its_room(werkplaats, armoede_r1, basis_r1, olga):
    socket = await overview_socket(werkplaats, olga)
    anna = await database_sync_to_async(participants.join_room)(armoede_r1, new_device_id(), name="Anna")
    await socket.receive_until(f'id="overview-room-{armoede_r1.pk}"')  # her joining

    await database_sync_to_async(notes.add_note)(armoede_r1, anna, phase="verkennen", text="Parels", client_id="c-1")

    frame = await socket.receive_until('data-notes="1"', timeout=4)
    assert f'id="overview-room-{armoede_r1.pk}"' in frame
    assert f'id="overview-room-{basis_r1.pk}"' not in frame  # only the room that changed


async def test_a_hundred_notes_in_a_second_give_only_a_few_overview_frames(werkplaats, armoede_r1, olga, settings):
    settings.NOTES_PER_MINUTE = 1000
    socket = await overview_socket(werkplaats, olga)
    anna = await database_sync_to_async(participants.join_room)(armoede_r1, new_device_id(), name="Anna")

    def write_a_hundred():
        for n in range(100):
            notes.add_note(armoede_r1, anna, phase="verkennen", text=f"Idee {n}", client_id=f"c-{n}")

    started = time.monotonic()
    await database_sync_to_async(write_a_hundred)()
    took = time.monotonic() - started
    await asyncio.sleep(2.5)
    while not await socket.nothing_more(timeout=0.2):
        await socket.receive()

    frames = [frame for frame in socket.frames if f'id="overview-room-{armoede_r1.pk}"' in frame]
    print(f"\n100 notes one by one (+1 join) in {took:.2f} s -> {len(frames)} overview frames")
    # The join flushes at once; notes over `took` seconds flush at most once per second after it.
    assert 1 <= len(frames) <= 2 + math.ceil(took)
    assert 'data-notes="100"' in frames[-1]


async def test_a_burst_of_a_hundred_changes_gives_at_most_a_few_frames(werkplaats, armoede_r1, olga, settings):
    """100 notes committed within a few milliseconds (a busy room on a fast server)."""
    settings.NOTES_PER_MINUTE = 1000
    socket = await overview_socket(werkplaats, olga)
    anna = await database_sync_to_async(participants.join_room)(armoede_r1, new_device_id(), name="Anna")
    await socket.receive_until(f'id="overview-room-{armoede_r1.pk}"')  # her joining
    await asyncio.sleep(1.1)

    def burst():
        with transaction.atomic():  # every note's change is announced at the one commit
            for n in range(100):
                notes.add_note(armoede_r1, anna, phase="verkennen", text=f"Idee {n}", client_id=f"c-{n}")

    await database_sync_to_async(burst)()
    await asyncio.sleep(2.5)
    while not await socket.nothing_more(timeout=0.2):
        await socket.receive()

    frames = [frame for frame in socket.frames[1:] if f'id="overview-room-{armoede_r1.pk}"' in frame]
    print(f"\n100 notes in one burst -> {len(frames) - 1} overview frame(s) after the join's")
    assert len(frames) - 1 <= 2
    assert 'data-notes="100"' in frames[-1]


async def test_a_message_reaches_every_socket_of_every_room(werkplaats, armoede_r1, basis_r1, ervaring_r1, olga, sockets):
    room_sockets = []
    for room in (armoede_r1, basis_r1, ervaring_r1):
        for name in ("Eerste", "Tweede"):
            phone = await database_sync_to_async(join_as)(room, name)
            room_sockets.append(await sockets(room, phone))
        facilitator = Client()
        await database_sync_to_async(facilitator.get)(f"/f/{room.code}/{room.facilitator_token}/")
        room_sockets.append(await sockets(room, facilitator))
    organiser = await overview_socket(werkplaats, olga)

    await organiser.send("event.message", text="Nog 5 minuten, daarna gaan we plenair verder")

    for socket in room_sockets:
        frame = await socket.receive_until("Nog 5 minuten, daarna gaan we plenair verder")
        assert 'id="event-banner"' in frame and "data-room-version" in frame
    await organiser.receive_until("Nog 5 minuten")


async def test_a_reconnecting_phone_sees_the_message(werkplaats, armoede_r1, olga, sockets):
    organiser = await overview_socket(werkplaats, olga)
    await organiser.send("event.message", text="Koffie staat klaar")
    await organiser.receive_until("Koffie staat klaar")

    phone = await database_sync_to_async(join_as)(armoede_r1, "Laat")
    socket = await sockets(armoede_r1, phone)
    assert "Koffie staat klaar" in socket.snapshot


async def test_phase_timer_and_close_for_all_rooms(werkplaats, armoede_r1, basis_r1, olga, sockets):
    phone = await database_sync_to_async(join_as)(basis_r1, "Cas")
    socket = await sockets(basis_r1, phone)
    organiser = await overview_socket(werkplaats, olga)

    await organiser.send("event.phase", phase="verbeelden")
    await socket.receive_until('data-phase="verbeelden"')
    await organiser.send("event.timer", seconds="300")
    await socket.receive_until("data-room-version")
    await organiser.send("event.close")
    await socket.receive_until("De bijeenkomst is afgelopen")

    async for room in Room.objects.filter(event=werkplaats):
        assert room.phase == "verbeelden" and room.timer_ends_at is not None
        assert room.closed_at is not None and not room.writing_open
    assert (await Event.objects.aget(pk=werkplaats.pk)).closed_at is not None


async def test_bad_input_gets_a_dutch_message_and_the_socket_stays(werkplaats, armoede_r1, olga):
    organiser = await overview_socket(werkplaats, olga)
    await organiser.send("event.timer", seconds="veel")
    assert "getal" in await organiser.receive()
    await organiser.send("event.phase", phase="dromen")
    assert "keuze" in await organiser.receive()
    await organiser.send("event.message", text="x" * 400)
    assert "te lang" in await organiser.receive()
    await organiser.send("event.sync")
    assert f'id="overview-room-{armoede_r1.pk}"' in await organiser.receive()


async def test_next_round_tells_the_old_rooms_to_choose_again(werkplaats, armoede_r1, lerend_r2, olga, sockets):
    phone = await database_sync_to_async(attend)(werkplaats, "Els")
    await database_sync_to_async(choose)(werkplaats, phone, armoede_r1)
    socket = await sockets(armoede_r1, phone)
    organiser = await overview_socket(werkplaats, olga)

    await organiser.send("event.round", round_id=str(werkplaats.second.pk))

    frame = await socket.receive_until("De volgende ronde begint")
    assert f"/e/{werkplaats.slug}/kies/" in frame
    overview = await organiser.receive_until(f'id="overview-room-{lerend_r2.pk}"')
    assert f'id="overview-room-{armoede_r1.pk}"' not in overview
    assert await database_sync_to_async(choose)(werkplaats, phone, lerend_r2) == f"/r/{lerend_r2.code}/"


async def test_harvest_reaches_the_plenary_board_and_the_spotlight(werkplaats, armoede_r1, basis_r1, olga, sockets):
    anna = await database_sync_to_async(participants.join_room)(armoede_r1, new_device_id(), name="Anna")
    note, _ = await database_sync_to_async(notes.add_note)(armoede_r1, anna, phase="verkennen", text="Parels", client_id="c-1")
    fatima = Client()
    await database_sync_to_async(fatima.get)(f"/f/{armoede_r1.code}/{armoede_r1.facilitator_token}/")
    console = await sockets(armoede_r1, fatima)
    plenary = await overview_socket(werkplaats, olga, view="plenair/")
    assert "Parels" not in plenary.snapshot

    await console.send("highlight.set", note_id=str(note.pk), on="true")

    frame = await plenary.receive_until("Parels")
    assert re.search(rf'id="plenary-room-{armoede_r1.pk}"[\s\S]*Parels', frame)
    await console.receive_until("is-highlighted")
    await plenary.send("event.spotlight", kind="note", id=str(note.pk))
    spotlight = await plenary.receive_until("is-spotlight")
    assert re.search(r'id="plenary-spotlight"[^>]*>[\s\S]*Parels', spotlight)


async def test_a_facilitator_cannot_highlight_another_rooms_note(werkplaats, armoede_r1, basis_r1, sockets):
    anna = await database_sync_to_async(participants.join_room)(armoede_r1, new_device_id())
    note, _ = await database_sync_to_async(notes.add_note)(armoede_r1, anna, phase="verkennen", text="Parels", client_id="c-1")
    other = Client()
    await database_sync_to_async(other.get)(f"/f/{basis_r1.code}/{basis_r1.facilitator_token}/")
    console = await sockets(basis_r1, other)

    await console.send("highlight.set", note_id=str(note.pk), on="true")

    assert "staat niet" in await console.receive()
    assert not (await Note.objects.aget(pk=note.pk)).highlighted


async def test_a_phone_connecting_shows_up_as_connected_on_the_overview(werkplaats, armoede_r1, olga, sockets):
    phone = await database_sync_to_async(join_as)(armoede_r1, "Anna")
    await Participant.objects.filter(room=armoede_r1).aupdate(last_seen_at=None)  # joined, then went away
    organiser = await overview_socket(werkplaats, olga)
    assert "0 van 1 verbonden" in organiser.snapshot

    await sockets(armoede_r1, phone)

    await organiser.receive_until("1 van 1 verbonden", timeout=4)
