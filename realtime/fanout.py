"""The lean path from the channel layer to a phone's socket, and backpressure.

1. Frames skip Channels' per-message database clean-up. Channels runs close_old_connections()
   before EVERY handler of an async consumer, through sync_to_async: a hop into the one thread
   that also does all database work of the process. With 100 phones in a room, one note meant
   100 hops queued behind the writes of the next notes. A frame handler touches no database, so
   it goes straight to the socket (docs/performance.md has the before/after figures).

2. A phone that stops reading (a frozen tab, a phone in a pocket on bad wifi) must not make the
   server keep its frames forever. The ASGI server keeps what the kernel cannot take yet in the
   connection's write buffer (Daphne: Twisted's transport; uvicorn: the asyncio transport), and
   the kernel's own send queue comes first and holds up to tcp_wmem's maximum (4 MB here).
   Before each frame we look at both; past SOCKET_SEND_BUFFER_BYTES the socket is closed (code
   1013, "try again later") and dropped. The page reconnects by itself and gets a fresh
   snapshot, so it loses nothing. uvicorn would otherwise make `send` wait, for as long as
   the phone does not read, once its buffer passes 64 KiB; that bound is raised to ours, so the
   check here always comes first and a frame never waits for a slow phone.
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


def is_connection(candidate) -> bool:
    """The server's own object for one connection: Daphne's autobahn protocol, or uvicorn's
    websocket protocol (websockets-sansio, websockets or wsproto); both hold the transport."""
    return getattr(candidate, "transport", None) is not None and (
        hasattr(candidate, "serverSend") or hasattr(candidate, "conn") or hasattr(candidate, "handshake_complete")
    )


def protocol_of(send, depth: int = 6):
    """The server's protocol object behind an ASGI `send`. Daphne passes partial(handle_reply,
    protocol), uvicorn its protocol's bound `send`; Channels' session middleware wraps either in
    a bound method (`real_send`). None elsewhere (the tests' communicator)."""
    for _ in range(depth):
        if send is None:
            return None
        if isinstance(send, functools.partial):
            for argument in send.args:
                if is_connection(argument):
                    return argument
            send = send.func
            continue
        owner = getattr(send, "__self__", None)
        if owner is None:
            return None
        if is_connection(owner):
            return owner
        send = getattr(owner, "real_send", None) or getattr(owner, "send", None)
    return None


def kernel_queue(fileno: int) -> int:
    """Bytes in the kernel's send queue of this socket, not yet acknowledged by the phone."""
    try:
        return struct.unpack("i", fcntl.ioctl(fileno, termios.TIOCOUTQ, b"\0\0\0\0"))[0]
    except (OSError, ValueError, TypeError):
        return 0


def unsent_bytes(protocol) -> int:
    """Bytes written to this connection that the phone has not taken yet: what the server's
    transport still holds, plus the kernel's send queue (which grows to megabytes first)."""
    transport = getattr(protocol, "transport", None)
    if transport is None:
        return 0
    if hasattr(transport, "get_write_buffer_size"):  # asyncio (uvicorn)
        held = transport.get_write_buffer_size()
        sock = transport.get_extra_info("socket")
        return held + (kernel_queue(sock.fileno()) if sock is not None else 0)
    data = getattr(transport, "dataBuffer", b"")  # Twisted (Daphne)
    held = len(data) - getattr(transport, "offset", 0) + getattr(transport, "_tempDataLen", 0)
    try:
        fileno = transport.fileno()
    except (AttributeError, OSError, ValueError):
        return held
    return held + kernel_queue(fileno)


def limit() -> int:
    return int(getattr(settings, "SOCKET_SEND_BUFFER_BYTES", 512 * 1024))


def watch(protocol) -> None:
    """uvicorn pauses `send` once its transport holds 64 KiB, so a never-reading phone would stall
    its sender instead of being dropped: let the transport hold up to our own bound."""
    transport = getattr(protocol, "transport", None)
    bound = limit()
    if bound and hasattr(transport, "set_write_buffer_limits"):
        transport.set_write_buffer_limits(high=max(bound, 64 * 1024))


def protocol_for(consumer):
    """The consumer's connection object, looked up once (None under the test communicator)."""
    protocol = getattr(consumer, "_server_protocol", False)
    if protocol is False:
        protocol = consumer._server_protocol = protocol_of(getattr(consumer, "base_send", None))
        if protocol is not None:
            watch(protocol)
    return protocol


def too_far_behind(consumer) -> bool:
    protocol = protocol_for(consumer)
    bound = limit()
    if protocol is None or not bound:
        return False
    return unsent_bytes(protocol) > bound


def drop(consumer) -> None:
    """Closes a socket that does not read: a close frame (it may never arrive), then the connection."""
    close_connection(protocol_for(consumer))


def close_connection(protocol) -> None:
    if protocol is None:
        return
    logger.info("Closing a socket that stopped reading (%s bytes waiting)", unsent_bytes(protocol))
    transport = protocol.transport
    try:
        if hasattr(protocol, "sendClose"):  # autobahn (Daphne)
            protocol.sendClose(code=CLOSE_TOO_SLOW)
        elif hasattr(getattr(protocol, "conn", None), "send_close"):  # websockets-sansio (uvicorn)
            protocol.conn.send_close(CLOSE_TOO_SLOW)
            transport.write(b"".join(protocol.conn.data_to_send()))
    except Exception:  # noqa: BLE001 - already closing
        pass
    if hasattr(transport, "abortConnection"):
        transport.abortConnection()
    else:
        transport.abort()  # uvicorn then tells the app websocket.disconnect
