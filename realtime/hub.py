"""The room hub: one subscription per room audience per process, written straight to its sockets.

A change's frame is sent once to a room's audience group (realtime/broadcast.py). Through the
channel layer, every socket in that group would get its own copy in its own queue and its own
dispatch: a hundred queue hops and handler calls per frame in a room of a hundred phones. Here a
process joins each group once (its own channel in the layer, one reader task); the reader takes
each frame once and writes its text to every socket of that group in this process. With Redis
(pubsub), a frame thus reaches each process once; with the in-memory layer, once.

A socket still keeps its own channel for what is only for it (its own notes, its dots, removal,
the timer group, renewal of the facilitator link): rare, so the layer's per-socket path is fine
there. Backpressure stays per socket: the hub writes through the consumer's send(), which drops a
socket that stopped reading (realtime/fanout.py)."""

import asyncio
import logging
import weakref

from channels.layers import get_channel_layer

logger = logging.getLogger(__name__)


class Hub:
    """The hub of one event loop (one process; each test has a loop of its own)."""

    def __init__(self):
        self.sockets: dict[str, set] = {}  # group -> consumers of this process in it
        self.readers: dict[str, tuple[str, asyncio.Task]] = {}  # group -> (hub channel, reader)
        self.joining: dict[str, asyncio.Future] = {}  # group -> its subscription being made

    async def join(self, group: str, consumer) -> None:
        self.sockets.setdefault(group, set()).add(consumer)
        if group in self.readers:
            return
        if group in self.joining:  # another socket is subscribing this group right now
            await asyncio.shield(self.joining[group])
            return
        done = self.joining[group] = asyncio.get_running_loop().create_future()
        try:
            layer = get_channel_layer()
            # The layer's own kind of name: RedisChannelLayer reads all of a process's channels
            # through one shared loop, which only serves names with its "specific." prefix.
            channel = await layer.new_channel()
            await layer.group_add(group, channel)
            self.readers[group] = (channel, asyncio.ensure_future(self._read(group, channel)))
        finally:
            del self.joining[group]
            done.set_result(None)

    async def leave(self, group: str, consumer) -> None:
        members = self.sockets.get(group)
        if members is None:
            return
        members.discard(consumer)
        if members or group in self.joining:
            return
        del self.sockets[group]
        channel, reader = self.readers.pop(group, (None, None))
        if reader is not None:
            reader.cancel()
            try:
                await get_channel_layer().group_discard(group, channel)
            except Exception:  # noqa: BLE001 - e.g. Redis restarting; the group expires by itself
                logger.warning("Leaving %s failed", group, exc_info=True)

    async def _read(self, group: str, channel: str) -> None:
        layer = get_channel_layer()
        while True:
            try:
                message = await layer.receive(channel)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the layer hiccuped: phones notice the gap and resync
                logger.warning("Hub reader for %s failed", group, exc_info=True)
                await asyncio.sleep(0.5)
                continue
            await self.deliver(group, message)

    async def deliver(self, group: str, message: dict) -> None:
        html = message.get("html") if message.get("type") == "frame" else None
        for consumer in list(self.sockets.get(group, ())):
            try:
                if html is not None:
                    await consumer.room_frame(html)  # the same text for every socket
                else:  # rare (a facilitator link renewed): the consumer's own handler, off this loop
                    asyncio.ensure_future(consumer.dispatch(message))
            except Exception:  # noqa: BLE001 - one broken socket must not stop the others
                logger.warning("A frame to one socket failed", exc_info=True)


_hubs: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Hub]" = weakref.WeakKeyDictionary()


def hub() -> Hub:
    loop = asyncio.get_running_loop()
    if loop not in _hubs:
        _hubs[loop] = Hub()
    return _hubs[loop]
