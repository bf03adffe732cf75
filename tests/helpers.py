import asyncio
import json
import re

from channels.testing import WebsocketCommunicator
from django.test import Client

from facilitation.asgi import application

ORIGIN = (b"origin", b"http://testserver")


def join_as(room, name="", perspective="", client=None) -> Client:
    client = client or Client()
    response = client.post(f"/j/{room.code}/", {"name": name, "perspective": perspective})
    assert response.status_code == 302, response.content
    return client


def cookie_header(client: Client | None) -> list[tuple[bytes, bytes]]:
    if client is None:
        return []
    cookie = "; ".join(f"{key}={morsel.value}" for key, morsel in client.cookies.items())
    return [(b"cookie", cookie.encode())]


def version_of(frame: str) -> int | None:
    match = re.search(r'data-room-version="(\d+)"', frame)
    return int(match.group(1)) if match else None


class SocketClient:
    """A phone's or console's socket, as the browser would open it (cookies and Origin)."""

    def __init__(self, room, client: Client | None = None, *, path: str | None = None, headers=None):
        path = path or f"/ws/room/{room.code}/"
        self.communicator = WebsocketCommunicator(
            application, path, headers=[ORIGIN, *cookie_header(client), *(headers or [])]
        )
        self.frames: list[str] = []
        self.snapshot = ""

    async def connect(self):
        connected, _ = await self.communicator.connect()
        assert connected
        self.snapshot = await self.receive()

    async def send(self, action: str, **fields):
        await self.communicator.send_to(text_data=json.dumps({"action": action, **fields, "HEADERS": {}}))

    async def send_raw(self, text_data=None, bytes_data=None):
        await self.communicator.send_to(text_data=text_data, bytes_data=bytes_data)

    async def receive(self, timeout: float = 3) -> str:
        frame = await self.communicator.receive_from(timeout=timeout)
        self.frames.append(frame)
        return frame

    async def receive_until(self, needle: str, timeout: float = 3) -> str:
        """The first frame containing `needle` (frames before it are kept in self.frames)."""
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.receive(timeout=timeout)
                if needle in frame:
                    return frame

    async def nothing_more(self, timeout: float = 0.3) -> bool:
        return await self.communicator.receive_nothing(timeout=timeout)

    async def closed(self, timeout: float = 3) -> int:
        """Waits for the server to close the socket and returns the close code."""
        async with asyncio.timeout(timeout):
            while True:
                message = await self.communicator.output_queue.get()
                if message["type"] == "websocket.close":
                    return message.get("code", 1000)
                if message.get("text"):
                    self.frames.append(message["text"])

    async def disconnect(self):
        await self.communicator.disconnect()
