"""The app as `benchmarks/big_room.py --parts` serves it: the room socket sends its connect
snapshot in parts (broadcast.socket_snapshot_parts: none over 256 KiB, the current phase first)
at the pace the phone reads them, and skips it when the page's `?v=` is still the room's version. realtime/consumers.py is asked to
do exactly this; until it does, this shim shows what it gives. Nothing else changes."""

import asyncio
import inspect
from urllib.parse import parse_qs

from channels.db import database_sync_to_async

from facilitation.asgi import application  # noqa: F401  (what the server runs)
from realtime import broadcast, fanout
from realtime.consumers import RoomConsumer


async def send_snapshot(self):
    viewer = self.actor.participant.pk if self.actor.participant else None
    known = None
    if not getattr(self, "snapshot_sent", False):  # the first snapshot only; a `sync` always gets the board
        value = parse_qs(self.scope.get("query_string", b"").decode()).get("v", [""])[0]
        known = int(value) if value.isdigit() else None
    self.snapshot_sent = True
    parts = await database_sync_to_async(broadcast.socket_snapshot_parts)(
        self.room_id, self.audience, self.language, viewer, known
    )
    for part in parts:
        await drained(self)
        await self.send(text_data=part)


async def drained(consumer, seconds: float = 10) -> None:
    """A board bigger than the send buffer (SOCKET_SEND_BUFFER_BYTES) goes at the pace the phone
    reads it: each part waits until less than half the buffer is still unsent. Without this, the
    backpressure check (realtime/fanout.py) takes the third part of a big board for a frozen tab."""
    protocol, bound = fanout.protocol_for(consumer), fanout.limit()
    deadline = asyncio.get_running_loop().time() + seconds
    while protocol is not None and bound and fanout.unsent_bytes(protocol) > bound // 2:
        if asyncio.get_running_loop().time() > deadline:
            return  # it really stopped reading: the next send closes it
        await asyncio.sleep(0.01)


if "known_version" not in inspect.signature(RoomConsumer.send_snapshot).parameters:
    RoomConsumer.send_snapshot = send_snapshot  # a consumer that does it itself is left alone
