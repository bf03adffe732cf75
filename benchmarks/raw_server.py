"""The reference: a bare `websockets` server that joins nothing and checks nothing. It keeps the
sockets of each room path in a set and fans every message out, as one small HTML frame with a
version and the note's client id, to the other sockets of that room (and an ack to the sender).
The load generator (benchmarks/load.py) measures it exactly as it measures the app.

    python benchmarks/raw_server.py --port 8190
"""

import argparse
import asyncio
import html
import json

from websockets.asyncio.server import broadcast, serve

rooms: dict[str, set] = {}
versions: dict[str, int] = {}


async def handler(websocket):
    path = websocket.request.path
    members = rooms.setdefault(path, set())
    members.add(websocket)
    try:
        await websocket.send(f'<div id="room-version" data-room-version="{versions.get(path, 0)}" data-snapshot="true"></div>')
        async for message in websocket:
            try:
                payload = json.loads(message)
            except ValueError:
                continue
            client_id = html.escape(str(payload.get("client_id", "")))
            versions[path] = versions.get(path, 0) + 1
            frame = (
                f'<div id="room-version" data-room-version="{versions[path]}"></div>'
                f'<li class="note" data-client-id="{client_id}">{html.escape(str(payload.get("text", "")))}</li>'
            )
            broadcast([other for other in members if other is not websocket], frame)
            await websocket.send(f'<ul hx-swap-oob="beforeend:#acks"><li data-client-id="{client_id}"></li></ul>')
    finally:
        members.discard(websocket)


async def main(host: str, port: int) -> None:
    async with serve(handler, host, port, max_size=2**16, ping_interval=None, compression=None):
        await asyncio.Future()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8190)
    args = parser.parse_args()
    asyncio.run(main(args.host, args.port))
