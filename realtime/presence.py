"""Who is connected now, for the facilitator's "15 verbonden".

The count itself lives in the database (services/presence.py), so it is right across several
Daphne processes. This module only keeps, per process, how many sockets each phone has open
(so a second tab closing does not mark the phone gone), runs each phone socket's heartbeat, and
coalesces the facilitator's update: at most one stats frame per room per
PRESENCE_DEBOUNCE_SECONDS, rendered once per language, whatever the number of connects."""

import asyncio
from collections import Counter

from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from sessions_app.services import presence

from .groups import FACILITATORS, languages, room_group

_sockets: Counter = Counter()  # participant id -> open sockets in this process
_pending: dict = {}  # (event loop, room id) -> the scheduled announcement


def debounce_seconds() -> float:
    return float(getattr(settings, "PRESENCE_DEBOUNCE_SECONDS", 1.0))


async def joined(consumer) -> None:
    participant_id = consumer.actor.participant.pk
    _sockets[participant_id] += 1
    await database_sync_to_async(presence.seen)(participant_id)
    consumer.heartbeat = asyncio.ensure_future(_beat(participant_id))
    if _sockets[participant_id] == 1:
        announce(consumer.room_id)


async def left(consumer) -> None:
    beat = getattr(consumer, "heartbeat", None)
    if beat is None:
        return
    beat.cancel()
    participant_id = consumer.actor.participant.pk
    _sockets[participant_id] -= 1
    if _sockets[participant_id] <= 0:
        del _sockets[participant_id]
        await database_sync_to_async(presence.gone)(participant_id)
        announce(consumer.room_id)


async def _beat(participant_id: int) -> None:
    while True:
        await asyncio.sleep(presence.heartbeat_seconds())
        await database_sync_to_async(presence.seen)(participant_id)


def announce(room_id: int) -> None:
    loop = asyncio.get_running_loop()
    key = (id(loop), room_id)
    if key in _pending:
        return  # one is on its way and will count this change too
    _pending[key] = loop.call_later(debounce_seconds(), lambda: asyncio.ensure_future(_send(key, room_id)))


async def _send(key, room_id: int) -> None:
    _pending.pop(key, None)
    frames = await database_sync_to_async(render_stats)(room_id)
    layer = get_channel_layer()
    for language, html in frames.items():
        await layer.group_send(room_group(room_id, FACILITATORS, language), {"type": "frame", "html": html})


def render_stats(room_id: int) -> dict[str, str]:
    """The facilitator's counts, without a version marker: not a room change, never dropped."""
    counts = presence.counts(room_id)
    frames = {}
    for language in languages():
        with translation.override(language):
            frames[language] = render_to_string("partials/room_stats.html", counts)
    return frames
