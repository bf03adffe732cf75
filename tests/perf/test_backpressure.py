"""A phone that stops reading (a frozen tab) is closed once the server holds too much for it, and
the other phones in the room keep getting every note. Runs a real server process, Daphne and
uvicorn each with deploy/Procfile's command (the test communicator has no network connection,
so nothing to back up)."""

import asyncio
import base64
import json
import os
import re
import socket

import pytest
from websockets.asyncio.client import connect

from tests.perf.servers import join, running

pytestmark = pytest.mark.django_db(transaction=True)
LIMIT = 32 * 1024


@pytest.fixture(params=["daphne", "uvicorn"])
def server(request):
    limits = {"SOCKET_SEND_BUFFER_BYTES": str(LIMIT), "NOTES_PER_MINUTE": "100000", "SOCKET_MESSAGES_PER_SECOND": "1000"}
    with running(request.param, **limits) as host:
        yield host


def frozen_phone(host: str, code: str, cookie: str) -> socket.socket:
    """A websocket opened by hand on a socket with a tiny receive buffer, that never reads again."""
    raw = socket.socket()
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    raw.connect(tuple([host.split(":")[0], int(host.split(":")[1])]))
    key = base64.b64encode(os.urandom(16)).decode()
    raw.sendall((
        f"GET /ws/room/{code}/ HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nOrigin: http://{host}\r\nCookie: {cookie}\r\n\r\n"
    ).encode())
    assert b"101" in raw.recv(1024).split(b"\r\n")[0]
    return raw


def closed_by_server(raw: socket.socket, seconds: float = 5) -> bool:
    """Reads what is left: a closed connection ends in EOF or a reset."""
    raw.settimeout(seconds)
    try:
        while raw.recv(65536):
            pass
        return True
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


async def test_a_phone_that_stops_reading_is_closed_and_the_others_keep_receiving(armoede, server):
    room = armoede
    anna, bram, frozen_cookie = [await asyncio.to_thread(join, server, room.code, name) for name in ("Anna", "Bram", "Kees")]
    frozen = await asyncio.to_thread(frozen_phone, server, room.code, frozen_cookie)
    url, origin = f"ws://{server}/ws/room/{room.code}/", f"http://{server}"
    async with connect(url, origin=origin, additional_headers={"Cookie": anna}) as reader, \
            connect(url, origin=origin, additional_headers={"Cookie": bram}) as writer:
        await reader.recv()
        await writer.recv()
        notes = 60  # 60 × 1.4 KB: past the 32 KB limit (the kernel queue counts too)
        for number in range(notes):
            text = f"Briefje {number} " + "x" * 250
            await writer.send(json.dumps({"action": "note.add", "text": text, "client_id": f"c{number}", "phase": "verkennen"}))
        seen = set()
        async with asyncio.timeout(15):
            while len(seen) < notes:
                seen.update(re.findall(r'data-client-id="(c\d+)"', await reader.recv()))
    assert len(seen) == notes  # Anna got every note, the frozen phone did not hold her up
    assert await asyncio.to_thread(closed_by_server, frozen)  # and the frozen phone was closed
    frozen.close()
