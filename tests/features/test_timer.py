"""The timer: the server keeps the end time, every screen counts down from it, and when the time
is up (with "sluit schrijven" on) no note lands any more, even if nobody pressed anything."""

import asyncio
import json
import re
from datetime import datetime, timedelta

import pytest
from asgiref.sync import sync_to_async
from django.core.management import call_command
from django.utils import timezone

from sessions_app.models import Room
from sessions_app.services import notes, phases, timer
from sessions_app.services.errors import DomainError

pytestmark = pytest.mark.django_db(transaction=True)


def fresh(room) -> Room:
    return Room.objects.get(pk=room.pk)


def ends_at_in(frame: str) -> datetime:
    return datetime.fromisoformat(re.search(r'data-ends-at="([^"]+)"', frame).group(1))


def run_out(room) -> None:
    """As if the end time passed a moment ago (without waiting for it)."""
    Room.objects.filter(pk=room.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))


def write(room, name, text):
    participant = room.participants.get(name=name)
    return notes.add_note(fresh(room), participant, phase=room.phase, text=text, client_id=f"c-{text}")


async def test_a_preset_reaches_every_screen_with_its_end_time(armoede, anna, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await console.send("timer.start", seconds="300")

    for socket in (phone, console):
        frame = await socket.receive_until('id="timer"')
        assert 'data-state="running"' in frame
        left = (ends_at_in(frame) - timezone.now()).total_seconds()
        assert 295 < left <= 300
        assert "5:00" in frame or "4:59" in frame
    assert 'id="timer-controls"' in console.frames[-1] and 'id="timer-controls"' not in phone.frames[-1]


async def test_the_timer_is_right_again_after_a_reconnect_or_a_reload(armoede, anna, fatima, sockets):
    console = await sockets(armoede, fatima)
    await console.send("timer.start", seconds=120)
    started = ends_at_in(await console.receive_until('data-state="running"'))

    phone = await sockets(armoede, anna)  # connects after the start: the snapshot has it
    assert ends_at_in(phone.snapshot) == started
    await console.disconnect()
    console = await sockets(armoede, fatima)  # the facilitator reloads
    assert ends_at_in(console.snapshot) == started
    page = await sync_to_async(fatima.get)(f"/f/{armoede.code}/")
    assert ends_at_in(page.content.decode()) == started


async def test_plus_one_minute_pause_resume_and_stop(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)
    await console.send("timer.start", seconds=120)
    first = ends_at_in(await console.receive_until('data-state="running"'))

    await console.send("timer.add", seconds=60)
    later = ends_at_in(await console.receive_until('data-state="running"'))
    assert later - first == timedelta(seconds=60)

    await console.send("timer.pause")
    paused = await console.receive_until('data-state="paused"')
    assert "Ga verder" in paused
    remaining = (await sync_to_async(fresh)(armoede)).timer_remaining
    assert 175 < remaining <= 180

    await console.send("timer.resume")
    resumed = ends_at_in(await console.receive_until('data-state="running"'))
    assert abs((resumed - timezone.now()).total_seconds() - remaining) < 3

    await console.send("timer.stop")
    stopped = await console.receive_until('data-state="off"')
    assert 'data-ends-at=""' in stopped
    room = await sync_to_async(fresh)(armoede)
    assert room.timer_ends_at is None and room.timer_remaining is None


async def test_custom_time_in_minutes_and_bad_times_are_refused(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)
    await console.send("timer.start", minutes="7")
    assert 415 < (ends_at_in(await console.receive_until('data-state="running"')) - timezone.now()).total_seconds() <= 420

    for bad in ({"seconds": "0"}, {"seconds": "abc"}, {"seconds": 99999}, {}):
        await console.send("timer.start", **bad)
        assert "klopt niet" in await console.receive_until("messages")


async def test_participants_cannot_steer_the_timer(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    for action in ("timer.start", "timer.add", "timer.pause", "timer.stop"):
        await phone.send(action, seconds=60)
        assert "alleen de gespreksleider" in await phone.receive_until("messages")
    assert (await sync_to_async(fresh)(armoede)).timer_ends_at is None


def test_a_note_after_the_end_time_is_refused_even_if_nobody_pressed_anything(armoede, anna):
    timer.start(armoede, 60, closes_writing=True)
    write(armoede, "Anna", "Net op tijd")
    run_out(armoede)

    with pytest.raises(DomainError, match="De tijd is om"):
        write(armoede, "Anna", "Te laat")
    room = fresh(armoede)
    assert not room.writing_open  # closed lazily, by the refused note
    assert list(room.notes.values_list("text", flat=True)) == ["Net op tijd"]


def test_without_the_option_the_time_runs_out_but_writing_stays_open(armoede, anna):
    timer.start(armoede, 60, closes_writing=False)
    run_out(armoede)

    assert write(armoede, "Anna", "Mag nog")[1]
    assert timer.state(fresh(armoede)) == timer.EXPIRED and fresh(armoede).writing_open


async def test_at_zero_writing_closes_by_itself_and_every_screen_says_so(armoede, anna, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await console.send("timer.option", closes_writing="true")
    await console.receive_until('aria-pressed="true"')
    await console.send("timer.start", seconds=1)

    for socket in (phone, console):
        frame = await socket.receive_until('data-writing-open="false"', timeout=5)
        assert "De tijd is om" in frame
    assert not (await sync_to_async(fresh)(armoede)).writing_open


async def test_more_time_after_the_end_opens_writing_again(armoede, anna, fatima, sockets):
    await sync_to_async(timer.start)(armoede, 60, closes_writing=True)
    await sync_to_async(run_out)(armoede)
    console = await sockets(armoede, fatima)  # connecting notices the time is up
    assert 'data-writing-open="false"' in console.snapshot

    await console.send("timer.add", seconds=60)
    frame = await console.receive_until('data-writing-open="true"')
    assert 'data-state="running"' in frame
    assert (await sync_to_async(write)(armoede, "Anna", "Nog een idee"))[1]


def test_opening_writing_by_hand_after_the_end_ends_that_timer(armoede, anna):
    timer.start(armoede, 60, closes_writing=True)
    run_out(armoede)
    timer.expire_if_due(fresh(armoede))

    phases.set_writing(fresh(armoede), True)

    room = fresh(armoede)
    assert room.writing_open and timer.state(room) == timer.OFF
    assert write(armoede, "Anna", "Weer open")[1]


async def test_two_consoles_at_zero_close_writing_once(armoede, fatima, sockets):
    first = await sockets(armoede, fatima)
    await sockets(armoede, fatima)  # a second console: both keep the alarm
    await sync_to_async(timer.start)(armoede, 1, closes_writing=True)
    await first.receive_until('data-state="running"')
    version = (await sync_to_async(fresh)(armoede)).version

    await first.receive_until('data-writing-open="false"', timeout=5)
    await asyncio.sleep(0.3)
    assert (await sync_to_async(fresh)(armoede)).version == version + 1  # one change, not two


def test_export_has_the_end_time_with_a_utc_offset(armoede, capsys):
    call_command("export_room", armoede.code, "--format", "json")
    assert json.loads(capsys.readouterr().out)["timer_ends_at"] is None

    timer.start(armoede, 300)
    call_command("export_room", armoede.code, "--format", "json")
    ends_at = json.loads(capsys.readouterr().out)["timer_ends_at"]
    assert datetime.fromisoformat(ends_at).utcoffset() is not None
    assert ends_at.endswith("+00:00")
