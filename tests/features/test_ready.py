"""Ready and presence: participants tap "Ik ben klaar"; the facilitator sees how many are ready
and how many are connected now; ready marks go when the phase changes."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from django.test import override_settings

from sessions_app.models import Participant
from sessions_app.reads import participants as participant_reads
from sessions_app.services import presence
from tests.helpers import join_as

pytestmark = pytest.mark.django_db(transaction=True)


async def ready_count(room):
    return await Participant.objects.filter(room=room, ready=True).acount()


async def test_the_facilitator_sees_who_is_ready(armoede, anna, bram, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await phone.send("ready.set", ready="true")

    stats = await console.receive_until("van 2 klaar")
    assert "1 van 2 klaar" in stats
    mine = await phone.receive_until('id="ready"')
    assert 'aria-pressed="true"' in mine
    assert await ready_count(armoede) == 1


async def test_tapping_again_takes_it_back_and_a_double_tap_changes_nothing(armoede, anna, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await phone.send("ready.set", ready=True)
    await console.receive_until("1 van 1 klaar")
    await phone.receive_until('aria-pressed="true"')
    version = (await armoede.__class__.objects.aget(pk=armoede.pk)).version

    await phone.send("ready.set", ready=True)  # the same state again: no change, no frame
    assert await console.nothing_more()
    assert (await armoede.__class__.objects.aget(pk=armoede.pk)).version == version

    await phone.send("ready.set", ready=False)
    assert "0 van 1 klaar" in await console.receive_until("van 1 klaar")
    assert 'aria-pressed="false"' in await phone.receive_until('id="ready"')


async def test_every_tab_of_the_phone_shows_its_ready_mark_and_others_do_not(armoede, anna, bram, sockets):
    first_tab = await sockets(armoede, anna)
    second_tab = await sockets(armoede, anna)
    other_phone = await sockets(armoede, bram)

    await first_tab.send("ready.set", ready=True)

    assert 'aria-pressed="true"' in await second_tab.receive_until('id="ready"')
    await other_phone.receive()  # the room's version moved on
    assert await other_phone.nothing_more()
    assert all('id="ready"' not in frame for frame in other_phone.frames[1:])  # [0]: its own snapshot


async def test_ready_marks_reset_when_the_phase_changes(armoede, anna, bram, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await phone.send("ready.set", ready=True)
    await console.receive_until("1 van 2 klaar")
    await phone.receive_until('aria-pressed="true"')

    await console.send("phase.set", phase="verbeelden")

    assert "0 van 2 klaar" in await console.receive_until("van 2 klaar")
    assert 'aria-pressed="false"' in await phone.receive_until('id="ready"')
    assert await ready_count(armoede) == 0


async def test_a_reconnecting_phone_gets_its_own_ready_mark_back(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    await phone.send("ready.set", ready=True)
    await phone.receive_until('id="ready"')
    await phone.disconnect()

    again = await sockets(armoede, anna)
    assert 'aria-pressed="true"' in again.snapshot
    page = await sync_to_async(anna.get)(f"/r/{armoede.code}/")
    assert 'aria-pressed="true"' in page.content.decode()


async def test_only_participants_can_be_ready(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)
    await console.send("ready.set", ready=True)
    assert "Doe eerst mee" in await console.receive_until("messages")


@override_settings(PRESENCE_DEBOUNCE_SECONDS=0.05)
async def test_the_facilitator_sees_how_many_are_connected_now(armoede, anna, bram, fatima, sockets):
    await Participant.objects.filter(room=armoede).aupdate(last_seen_at=None)  # joined, not yet on the board
    console = await sockets(armoede, fatima)
    assert "0 verbonden" in console.snapshot

    anna_phone = await sockets(armoede, anna)
    assert "1 verbonden" in await console.receive_until("verbonden")
    bram_phone = await sockets(armoede, bram)
    assert "2 verbonden" in await console.receive_until("2 verbonden")

    await bram_phone.disconnect()
    assert "1 verbonden" in await console.receive_until("1 verbonden")
    assert "2 deelnemers" in console.frames[-1]  # joined is not the same as connected
    await anna_phone.disconnect()


@override_settings(PRESENCE_DEBOUNCE_SECONDS=0.2)
async def test_many_connects_at_once_give_the_console_one_update(armoede, anna, bram, fatima, sockets):
    console = await sockets(armoede, fatima)
    await asyncio.gather(*(sockets(armoede, phone) for phone in (anna, bram, anna, bram)))

    await console.receive_until("verbonden")
    assert await console.nothing_more(0.5)


@override_settings(PRESENCE_DEBOUNCE_SECONDS=0.05)
async def test_a_second_tab_closing_keeps_the_phone_connected(armoede, anna, fatima, sockets):
    first_tab = await sockets(armoede, anna)
    second_tab = await sockets(armoede, anna)
    await second_tab.disconnect()
    await asyncio.sleep(0.2)
    assert await sync_to_async(participant_reads.connected_count)(armoede.pk) == 1
    await first_tab.disconnect()
    await asyncio.sleep(0.2)
    assert await sync_to_async(participant_reads.connected_count)(armoede.pk) == 0


def test_a_phone_whose_heartbeat_stopped_drops_out(armoede, anna, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.PRESENCE_TIMEOUT_SECONDS = 150
    Participant.objects.filter(room=armoede).update(last_seen_at=timezone.now() - timedelta(seconds=200))
    assert participant_reads.connected_count(armoede.pk) == 0
    presence.seen(Participant.objects.get(room=armoede).pk)
    assert participant_reads.connected_count(armoede.pk) == 1


async def test_the_consoles_list_of_people_follows_joins_and_ready_taps_one_row_at_a_time(armoede, anna, fatima, sockets):
    console = await sockets(armoede, fatima)
    assert "Anna" in console.snapshot and 'id="participant-rows"' in console.snapshot

    newcomer = await sync_to_async(join_as)(armoede, "Dewi", "inwoner")
    joined = await console.receive_until("Dewi")
    assert 'hx-swap-oob="beforeend:#participant-rows"' in joined and "Anna" not in joined

    phone = await sockets(armoede, newcomer)
    await phone.send("ready.set", ready=True)
    row = await console.receive_until("1 van 2 klaar")
    assert "Dewi" in row and "klaar" in row and 'id="participant-rows"' not in row
    await phone.receive_until('id="ready"')  # the action's last frame: nothing is still on its way
