"""The server closes writing when the time is up, even if nobody presses anything.

Every steering socket (console, presenter view) keeps one asyncio timer for its room's end time:
it is set on connect and whenever the timer changes (a "timer.watch" message on the room's
timer group), and at the end time it asks services.timer.expire_if_due, which closes writing
once (the room lock makes the first caller win; the others find nothing to do). Phones never
schedule anything. Without any steering socket, the lazy checks in add_note and on connect
still refuse late notes and close writing."""

import asyncio
from datetime import datetime

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.utils import timezone

from sessions_app.changes import room_change
from sessions_app.reads import frames as frame_reads
from sessions_app.services import timer

from .groups import timer_group


def deadline(room_id: int):
    room = frame_reads.timer_fields(room_id)
    if room is None or not room.timer_closes_writing or room.timer_ends_at is None:
        return None
    return room.timer_ends_at.isoformat()


def on_connect(room_id: int) -> str | None:
    """A socket connects: close writing if the time ran out meanwhile; the end time to watch.
    One small query when nothing is due (every phone of a room reconnects at once after a blip)."""
    room = frame_reads.timer_fields(room_id)
    if room is None:
        return None
    if timer.expire_if_due(room):
        return None
    if not room.timer_closes_writing or room.timer_ends_at is None:
        return None
    return room.timer_ends_at.isoformat()


def expire(room_id: int) -> bool:
    room = frame_reads.room_or_none(room_id)
    return bool(room) and timer.expire_if_due(room)


async def watch(consumer, ends_at: str | None) -> None:
    """(Re)sets this socket's alarm for the room's end time; None clears it."""
    unwatch(consumer)
    if ends_at is None:
        return
    delay = (datetime.fromisoformat(ends_at) - timezone.now()).total_seconds()
    consumer.alarm = asyncio.ensure_future(_ring(consumer.room_id, max(0.0, delay) + 0.05))


def unwatch(consumer) -> None:
    alarm = getattr(consumer, "alarm", None)
    if alarm is not None:
        alarm.cancel()
        consumer.alarm = None


async def _ring(room_id: int, delay: float) -> None:
    await asyncio.sleep(delay)
    await database_sync_to_async(expire)(room_id)


def on_room_change(sender, room_id, version, kind, data, **kwargs):
    if kind == "timer.set":
        async_to_sync(get_channel_layer().group_send)(
            timer_group(room_id), {"type": "timer.watch", "ends_at": deadline(room_id)}
        )


def connect_receivers() -> None:
    room_change.connect(on_room_change, dispatch_uid="realtime.timer_alarms")
