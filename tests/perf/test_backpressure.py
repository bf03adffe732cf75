"""A phone that stops reading (a frozen tab) is closed once the server holds too much for it, and
the other phones in the room keep getting every note. Runs a real Daphne process (the test
communicator has no network connection, so nothing to back up)."""

import asyncio
import base64
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.db import connection
from websockets.asyncio.client import connect

pytestmark = pytest.mark.django_db(transaction=True)
BASE = Path(__file__).resolve().parents[2]
LIMIT = 32 * 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


@pytest.fixture
def daphne():
    port = free_port()
    env = {
        **os.environ, "DATABASE_URL": database_url(), "SOCKET_SEND_BUFFER_BYTES": str(LIMIT),
        "NOTES_PER_MINUTE": "100000", "SOCKET_MESSAGES_PER_SECOND": "1000", "DEBUG": "False",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "facilitation.asgi:application"],
        cwd=BASE, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            break
        except OSError:
            assert time.monotonic() < deadline, "daphne did not start"
            time.sleep(0.1)
    yield f"127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


def join(host: str, code: str, name: str) -> str:
    """As a phone: the join form, then name and perspective; returns the Cookie header."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"http://{host}/j/{code}/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "name": name, "perspective": "beleid"}).encode()
    opener.open(urllib.request.Request(f"http://{host}/j/{code}/", data=body, headers={"Referer": f"http://{host}/j/{code}/"}))
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in jar)


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


async def test_a_phone_that_stops_reading_is_closed_and_the_others_keep_receiving(armoede, daphne):
    room = armoede
    anna, bram, frozen_cookie = [await asyncio.to_thread(join, daphne, room.code, name) for name in ("Anna", "Bram", "Kees")]
    frozen = await asyncio.to_thread(frozen_phone, daphne, room.code, frozen_cookie)
    url, origin = f"ws://{daphne}/ws/room/{room.code}/", f"http://{daphne}"
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
