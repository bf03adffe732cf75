"""Interviews over the socket: the facilitator starts, swaps and stops; each phone sees its
partner in #interview; a story reaches the board once per client_id; refusals are in Dutch."""

import pytest
from asgiref.sync import sync_to_async

from sessions_app.models import Note, Room, RoomPhase
from tests.helpers import join_as

pytestmark = pytest.mark.django_db(transaction=True)


async def start(console, phones, **fields):
    await console.send("interviews.start", **fields)
    for phone in phones:
        await phone.receive_until('id="interview"')
    await console.receive_until('id="interview-status"')


async def test_start_shows_each_phone_its_partner_by_name(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("interviews.start")

    anna_frame = await anna_socket.receive_until('id="interview"')
    bram_frame = await bram_socket.receive_until('id="interview"')
    assert "Je interview met Bram" in anna_frame and "Je interview met Anna" in bram_frame
    assert "Vertel over een moment waarop het echt goed ging" in anna_frame
    status = await console.receive_until('id="interview-status"')
    assert "Anna · Bram" in status or "Bram · Anna" in status


async def test_start_takes_the_rooms_own_guide(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("interviews.start", guide="Waar ben je trots op?\nWie hielp je?")

    frame = await anna_socket.receive_until('id="interview"')
    assert "Waar ben je trots op?" in frame and "Vertel over een moment" not in frame


async def test_a_story_reaches_the_board_once_and_is_about_the_partner(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await start(console, [anna_socket, bram_socket])

    await bram_socket.send("story.add", text="Anna vond steun bij haar buurvrouw.", client_id="s-1")

    on_console = await console.receive_until("Anna vond steun bij haar buurvrouw.")
    assert "verhaal uit een interview" in on_console and 'data-client-id="s-1"' in on_console
    own_panel = await anna_socket.receive_until("Wat over jou is opgeschreven")
    assert "Anna vond steun bij haar buurvrouw." in own_panel
    await bram_socket.receive_until("Anna vond steun bij haar buurvrouw.")
    await bram_socket.send("story.add", text="Anna vond steun bij haar buurvrouw.", client_id="s-1")
    ack = await bram_socket.receive_until('data-client-id="s-1"')
    assert "Anna vond steun" not in ack
    story = await Note.objects.select_related("about").aget(client_id="s-1")
    assert story.kind == "story" and story.about.name == "Anna" and story.about_perspective == "ervaringsdeskundige"
    assert await Note.objects.filter(client_id="s-1").acount() == 1


async def test_a_story_without_a_partner_is_refused_in_dutch(armoede, anna, sockets):
    anna_socket = await sockets(armoede, anna)

    await anna_socket.send("story.add", text="Over niemand", client_id="s-9")

    refusal = await anna_socket.receive_until("geen partner")
    assert 'data-refused-client-id="s-9"' in refusal
    assert not await Note.objects.filter(client_id="s-9").aexists()


async def test_the_partner_corrects_the_story_and_nobody_else_may(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await start(console, [anna_socket, bram_socket])
    await bram_socket.send("story.add", text="Anna kreeg hulp.", client_id="s-1")
    await console.receive_until("Anna kreeg hulp.")
    story = await Note.objects.aget(client_id="s-1")

    await bram_socket.send("story.correct", note_id=story.pk, text="Iets anders")
    assert "Alleen wie het verhaal vertelde" in await bram_socket.receive_until("verhaal vertelde")
    await anna_socket.send("story.correct", note_id=story.pk, text="Mijn buurvrouw hielp mij.")

    assert "Mijn buurvrouw hielp mij." in await console.receive_until("Mijn buurvrouw hielp mij.")
    assert (await Note.objects.aget(pk=story.pk)).text == "Mijn buurvrouw hielp mij."


async def test_wissel_turns_the_roles_and_stop_ends_the_pairs(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await start(console, [anna_socket, bram_socket])

    await console.send("interviews.swap")
    assert "Beurt 2" in await anna_socket.receive_until('id="interview"')
    assert "beurt 2" in await console.receive_until('id="interview-status"')

    await console.send("interviews.stop")
    frame = await anna_socket.receive_until('id="interview"')
    assert "Je interview met" not in frame
    assert not (await Room.objects.aget(pk=armoede.pk)).interviews_running


async def test_phones_may_not_steer_interviews(armoede, anna, bram, sockets):
    anna_socket = await sockets(armoede, anna)

    for name in ("interviews.start", "interviews.swap", "interviews.stop"):
        await anna_socket.send(name)
        assert "Dat mag alleen de gespreksleider." in await anna_socket.receive_until("gespreksleider")
    assert not (await Room.objects.aget(pk=armoede.pk)).interviews_running


async def test_too_few_phones_and_a_long_guide_are_refused_in_dutch(armoede, anna, fatima, sockets):
    console = await sockets(armoede, fatima)

    await console.send("interviews.start")
    assert "te weinig deelnemers" in await console.receive_until("deelnemers")
    await sync_to_async(join_as)(armoede, "Bram", "beleid")
    await console.send("interviews.start", guide="\n".join(f"Vraag {n}?" for n in range(5)))
    assert "hoogstens 4 vragen" in await console.receive_until("vragen")


async def test_the_facilitator_renames_a_phase_and_phones_see_it(armoede, anna, fatima, sockets):
    anna_socket = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await console.send("phase.rename", phase="verkennen", title="Parels zoeken")

    assert "Parels zoeken" in await anna_socket.receive_until("Parels zoeken")
    assert (await RoomPhase.objects.aget(room=armoede, key="verkennen")).title == "Parels zoeken"
    await anna_socket.send("phase.rename", phase="verkennen", title="Nee")
    assert "Dat mag alleen de gespreksleider." in await anna_socket.receive_until("gespreksleider")


async def test_a_reconnecting_phone_gets_its_partner_in_the_snapshot(armoede, anna, bram, fatima, sockets):
    anna_socket, bram_socket = await sockets(armoede, anna), await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await start(console, [anna_socket, bram_socket])

    again = await sockets(armoede, anna)

    assert 'id="interview"' in again.snapshot and "Je interview met Bram" in again.snapshot
