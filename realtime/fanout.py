"""The lean path from the channel layer to a phone's socket, and backpressure.

1. Frames skip Channels' per-message database clean-up. Channels runs close_old_connections()
   before EVERY handler of an async consumer, through sync_to_async: a hop into the one thread
   that also does all database work of the process. With 100 phones in a room, one note meant
   100 hops queued behind the writes of the next notes. A frame handler touches no database, so
   it goes straight to the socket (docs/performance.md has the before/after figures).

2. A phone that stops reading (a frozen tab, a phone in a pocket on bad wifi) must not make the
   server keep its frames forever. Daphne hands each frame to Twisted, which keeps what the
   kernel cannot take yet in the connection's write buffer; the kernel's own send queue comes
   first and holds up to tcp_wmem's maximum (4 MB here). Before each frame we look at both;
   past SOCKET_SEND_BUFFER_BYTES the socket is closed (code 1013, "try again later") and dropped. The page
   reconnects by itself and gets a fresh snapshot, so it loses nothing.
"""

import fcntl
import functools
import logging
import os
import struct
import termios

from django.conf import settings

logger = logging.getLogger(__name__)

CLOSE_TOO_SLOW = 1013  # "try again later": the page (and htmx-ext-ws) reconnects on it by itself
FRAME_TYPES = frozenset({"frame", "personal.frame"})
LEAN = os.environ.get("LEAN_FANOUT", "1") != "0"  # 0 only to measure the old path (docs/performance.md)


def protocol_of(send, depth: int = 6):
    """Daphne's protocol object behind an ASGI `send` (daphne passes partial(handle_reply, protocol);
    Channels' session middleware wraps that in a bound method). None elsewhere (tests' communicator)."""
    for _ in range(depth):
        if send is None:
            return None
        if isinstance(send, functools.partial):
            for argument in send.args:
                if hasattr(argument, "transport") and hasattr(argument, "serverSend"):
                    return argument
            send = send.func
            continue
        owner = getattr(send, "__self__", None)
        if owner is None:
            return None
        if hasattr(owner, "transport") and hasattr(owner, "serverSend"):
            return owner
        send = getattr(owner, "real_send", None) or getattr(owner, "send", None)
    return None


def unsent_bytes(protocol) -> int:
    """Bytes written to this connection that the phone has not taken yet: what Twisted still
    holds, plus the kernel's send queue (which grows to megabytes before Twisted holds any)."""
    transport = getattr(protocol, "transport", None)
    if transport is None:
        return 0
    data = getattr(transport, "dataBuffer", b"")
    held = len(data) - getattr(transport, "offset", 0) + getattr(transport, "_tempDataLen", 0)
    try:
        queued = struct.unpack("i", fcntl.ioctl(transport.fileno(), termios.TIOCOUTQ, b"\0\0\0\0"))[0]
    except (AttributeError, OSError, ValueError):
        queued = 0
    return held + queued


def limit() -> int:
    return int(getattr(settings, "SOCKET_SEND_BUFFER_BYTES", 512 * 1024))


def too_far_behind(consumer) -> bool:
    protocol = getattr(consumer, "_daphne_protocol", False)
    if protocol is False:
        protocol = consumer._daphne_protocol = protocol_of(getattr(consumer, "base_send", None))
    bound = limit()
    if protocol is None or not bound:
        return False
    return unsent_bytes(protocol) > bound


def drop(consumer) -> None:
    """Closes a socket that does not read: a close frame (it may never arrive), then the connection."""
    protocol = getattr(consumer, "_daphne_protocol", None)
    logger.info("Closing a socket that stopped reading (%s bytes waiting)", unsent_bytes(protocol) if protocol else "?")
    if protocol is not None:
        try:
            protocol.sendClose(code=CLOSE_TOO_SLOW)
        except Exception:  # noqa: BLE001 - already closing
            pass
        transport = getattr(protocol, "transport", None)
        if transport is not None:
            transport.abortConnection()
