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

from sessions_app.audience import Audience
from sessions_app.services import presence
from sessions_app.reads import participants as participant_reads

from . import overview
from .groups import languages, room_group

_sockets: Counter = Counter()  # (participant id, device id) -> open sockets in this process
_pending: dict = {}  # room id -> (event loop, the scheduled announcement)


def debounce_seconds() -> float:
    return float(getattr(settings, "PRESENCE_DEBOUNCE_SECONDS", 1.0))


def _key(consumer):
    participant = consumer.actor.participant
    return (participant.pk, participant.device_id)  # the device id too: ids are reused after a delete


async def joined(consumer) -> None:
    participant_id = consumer.actor.participant.pk
    _sockets[_key(consumer)] += 1
    await database_sync_to_async(presence.seen)(participant_id)
    consumer.heartbeat = asyncio.ensure_future(_beat(participant_id))
    announce(consumer.room_id)


async def left(consumer) -> None:
    beat = getattr(consumer, "heartbeat", None)
    if beat is None:
        return
    beat.cancel()
    consumer.heartbeat = None
    key = _key(consumer)
    _sockets[key] -= 1
    if _sockets[key] <= 0:
        del _sockets[key]
        await database_sync_to_async(presence.gone)(key[0])
        announce(consumer.room_id)


async def _beat(participant_id: int) -> None:
    while True:
        await asyncio.sleep(presence.heartbeat_seconds())
        await database_sync_to_async(presence.seen)(participant_id)


def announce(room_id: int) -> None:
    loop = asyncio.get_running_loop()
    overview.mark_dirty(room_id)  # the organiser's overview shows "connected" too (coalesced there)
    pending = _pending.get(room_id)
    if pending is not None and pending[0] is loop and not loop.is_closed():
        return  # one is on its way and will count this change too
    handle = loop.call_later(debounce_seconds(), lambda: asyncio.ensure_future(_send(room_id)))
    _pending[room_id] = (loop, handle)


async def _send(room_id: int) -> None:
    _pending.pop(room_id, None)
    frames = await database_sync_to_async(render_stats)(room_id)
    layer = get_channel_layer()
    for language, html in frames.items():
        await layer.group_send(room_group(room_id, Audience.FACILITATORS, language), {"type": "frame", "html": html})


def render_stats(room_id: int) -> dict[str, str]:
    """The facilitator's counts, without a version marker: not a room change, never dropped."""
    counts = participant_reads.counts(room_id)
    frames = {}
    for language in languages():
        with translation.override(language):
            frames[language] = render_to_string("partials/room_stats.html", counts)
    return frames
