"""Real processes for the fault tests: Daphne servers that can be killed and started again on the
same port, and phones that behave like room.js (an outbox resent by client_id on every reconnect,
settled by any frame that carries the note's client_id, a retry on data-retry-client-id)."""

import asyncio
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections import Counter

from django.conf import settings
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from tests.realtime.test_production_path import BASE_DIR, DAPHNE, free_port, test_database_url

NOTE_FRAME = re.compile(r'<li class="note[^"]*" id="note-\d+"[^>]*?data-client-id="([^"]+)"')
ANY_CLIENT_ID = re.compile(r'\sdata-client-id="([^"]+)"')
RETRY = re.compile(r'data-retry-client-id="([^"]+)"')


class Daphne:
    """One Daphne process on a fixed port, against pytest's test database and this run's Redis."""

    def __init__(self, *args, **env):
        """`args`: extra command-line options (e.g. "--proxy-headers"); `env`: extra settings."""
        self.args = list(args)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_env = env
        self.process = None
        self.log = tempfile.TemporaryFile()

    def start(self) -> "Daphne":
        env = {
            **os.environ,
            "DATABASE_URL": self.extra_env.pop("DATABASE_URL", None) or test_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "REDIS_PREFIX": settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"],
            "CHANNEL_LAYER": "pubsub",
            "CONN_MAX_AGE": "0",
            "DEBUG": "False",
            "NOTES_PER_MINUTE": "10000",
            "SOCKET_MESSAGES_PER_SECOND": "500",
            **self.extra_env,
        }
        self.process = subprocess.Popen(
            [str(DAPHNE), "-b", "127.0.0.1", "-p", str(self.port), *self.args, "facilitation.asgi:application"],
            cwd=BASE_DIR, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"daphne on port {self.port} did not start:\n{self.output()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing, exactly like a crash."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")


class LivePhone:
    """A phone's room page over a real websocket, with room.js's outbox."""

    def __init__(self, http_phone, room, server: str | None = None):
        self.http = http_phone
        self.room = room
        self.server = server or http_phone.server
        self.outbox: dict[str, str] = {}  # client_id -> text, until a frame carries the client_id
        self.acked: set[str] = set()
        self.live = Counter()  # client_id -> note frames received live (not in a snapshot)
        self.sends = 0
        self.ws = None
        self.reader = None
        self.snapshots: asyncio.Queue[str] = asyncio.Queue()

    @property
    def connected(self) -> bool:
        return self.ws is not None

    async def connect(self, timeout: float = 30) -> None:
        cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.http.jar)
        url = self.server.replace("http://", "ws://") + f"/ws/room/{self.room.code}/"
        deadline = time.monotonic() + timeout
        while True:
            try:
                ws = await connect(url, origin=self.server, additional_headers={"Cookie": cookies}, open_timeout=5)
                snapshot = await asyncio.wait_for(ws.recv(), 10)
                break
            except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError, asyncio.TimeoutError):
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.3)
        self.ws = ws
        self.absorb(snapshot)
        self.reader = asyncio.ensure_future(self.read(ws))
        for client_id, text in list(self.outbox.items()):  # room.js: resend the outbox on every open
            await self.send_note(client_id, text)

    async def read(self, ws) -> None:
        try:
            async for frame in ws:
                self.absorb(frame)
        except ConnectionClosed:
            pass
        finally:
            if self.ws is ws:
                self.ws = None

    def absorb(self, frame: str) -> None:
        if 'data-snapshot="true"' in frame:
            self.snapshots.put_nowait(frame)
        elif "beforeend:#notes-" in frame:
            self.live.update(NOTE_FRAME.findall(frame))
        for client_id in ANY_CLIENT_ID.findall(frame):
            self.acked.add(client_id)
            self.outbox.pop(client_id, None)
        for client_id in RETRY.findall(frame):
            if client_id in self.outbox:
                asyncio.get_running_loop().call_later(
                    0.5, lambda c=client_id: asyncio.ensure_future(self.send_note(c, self.outbox.get(c)))
                )

    async def write(self, client_id: str, text: str) -> None:
        self.outbox[client_id] = text
        await self.send_note(client_id, text)

    async def send_note(self, client_id: str, text: str | None) -> None:
        if text is None or self.ws is None:
            return  # stays in the outbox until the next (re)connect
        self.sends += 1
        try:
            await self.ws.send(json.dumps({"action": "note.add", "text": text, "client_id": client_id, "phase": ""}))
        except ConnectionClosed:
            pass

    async def sync(self, timeout: float = 15) -> str:
        """Asks for a fresh snapshot (what the page does on a version gap) and returns it."""
        while not self.snapshots.empty():
            self.snapshots.get_nowait()
        await self.ws.send(json.dumps({"action": "sync"}))
        return await asyncio.wait_for(self.snapshots.get(), timeout)

    def cut(self) -> None:
        """The network drops: no closing handshake, the server just loses the connection."""
        self.ws.transport.abort()
        self.ws = None  # what is written from now on waits in the outbox, as on an offline phone

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            self.reader.cancel()


async def settle(phones, timeout: float = 30, resend_every: float = 2) -> None:
    """Keeps phones connected and resending until every outbox is empty: like room.js, a phone
    resends its outbox on every reconnect and every RESEND interval while it is not empty."""
    deadline = time.monotonic() + timeout
    resend_at = time.monotonic() + resend_every
    while any(phone.outbox for phone in phones):
        if time.monotonic() > deadline:
            left = {phone.http.server: sorted(phone.outbox) for phone in phones if phone.outbox}
            raise AssertionError(f"outboxes not empty after {timeout} s: {left}")
        for phone in phones:
            if not phone.connected:
                await phone.connect()
        if time.monotonic() > resend_at:
            resend_at = time.monotonic() + resend_every
            for phone in phones:
                for client_id, text in list(phone.outbox.items()):
                    await phone.send_note(client_id, text)
        await asyncio.sleep(0.2)


def report(name: str, sent: int, stored: int, delivered: int, duplicated: int, **more) -> str:
    extra = "".join(f", {key.replace('_', ' ')} {value}" for key, value in more.items())
    line = f"{name}: sent {sent}, stored {stored}, delivered {delivered}, duplicated {duplicated}, lost {sent - stored}{extra}"
    print("\n" + line)
    return line
