"""Big rooms and bytes on the wire, over a real server process (deploy/Procfile's command).

A room of NOTES notes (themes, dots, a few hidden and private notes: sessions_app/big_room.py) is
opened on a phone, the console and the presenter view, each as a browser would: the page, then
its socket until the whole board is there (one message, the last of its parts, or the short
"you are up to date" marker when the page's `?v=` is current). Printed per view: page bytes as
sent and gzip-compressed, socket bytes, the largest socket message, time to the whole board.
Then a phone's first load of a 200-note room: page + CSS + JS + socket.

    .venv/bin/python benchmarks/big_room.py [--notes 2000] [--server daphne|uvicorn]

A scratch SQLite database of its own (or DATABASE_URL, e.g. postgres://…/vierluik_bench). Prints
figures only; the targets (docs/performance.md) are judged by whoever reads them."""

import argparse
import asyncio
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
SCRATCH = Path(tempfile.gettempdir()) / f"vierluik_big_room_{os.getpid()}.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "facilitation.settings")
os.environ["DATABASE_URL"] = os.environ.get("DATABASE_URL") or f"sqlite:///{SCRATCH}"
KIB = 1024
LOG = open(Path(tempfile.gettempdir()) / "vierluik_big_room_server.log", "w")  # the server's own output, for when it fails


class Browser:
    """Cookies, and what went over the wire (bytes as sent, and as gzip would send them)."""

    def __init__(self, host: str):
        self.host, self.jar = host, CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str, data: dict | None = None) -> tuple[str, int, int]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(
            f"http://{self.host}{path}", data=body,
            headers={"Accept-Encoding": "gzip", "Referer": f"http://{self.host}{path}", "Accept-Language": "nl"},
        )
        with self.opener.open(request, timeout=60) as response:
            raw = response.read()
            sent = len(raw)
            if response.headers.get("Content-Encoding") == "gzip":
                raw = gzip.decompress(raw)
        return raw.decode(), sent, len(gzip.compress(raw, 6))

    def cookie_header(self) -> str:
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar)


async def open_view(browser: Browser, path: str) -> dict:
    """The page, then its socket until the whole board is there."""
    start = time.perf_counter()
    page, sent, gzipped = await asyncio.to_thread(browser.get, path)
    socket_path = re.search(r'ws-connect="([^"]+)"', page).group(1)
    got = await board_over_socket(browser, socket_path)
    got.update(page=sent, page_gzip=gzipped, seconds=time.perf_counter() - start, html=page, socket_path=socket_path)
    return got


async def board_over_socket(browser: Browser, socket_path: str) -> dict:
    """A socket until the whole board is there (a reconnect: socket_path without the page's ?v=)."""
    from websockets.asyncio.client import connect

    start = time.perf_counter()
    messages, parts = [], set()
    async with connect(
        f"ws://{browser.host}{socket_path}", origin=f"http://{browser.host}",
        additional_headers={"Cookie": browser.cookie_header()}, max_size=None,
    ) as socket:
        while True:
            message = await asyncio.wait_for(socket.recv(), 60)
            messages.append(message)
            if os.environ.get("BIG_ROOM_DEBUG"): print(len(message), message[:300])
            if board_complete(message, parts):
                break
    sizes = [len(message.encode()) for message in messages]
    return {"socket": sum(sizes), "largest": max(sizes), "messages": len(sizes), "seconds": time.perf_counter() - start}


def board_complete(message: str, parts: set) -> bool:
    """A snapshot in one message, or the last of its parts (a server may also join them)."""
    if 'data-snapshot="true"' not in message:
        return False
    total = re.search(r'data-parts="(\d+)"', message)
    parts.update(int(number) for number in re.findall(r'data-part="(\d+)"', message))
    return total is None or len(parts) >= int(total.group(1))


def assets(browser: Browser, page: str) -> tuple[int, int]:
    """CSS and JS of the page: bytes as sent, and gzip-compressed."""
    sent = gzipped = 0
    for path in re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', page):
        _text, one_sent, one_gzip = browser.get(path)
        sent, gzipped = sent + one_sent, gzipped + one_gzip
    return sent, gzipped


def make_rooms(notes: int):
    import django

    django.setup()
    from django.core.management import call_command

    from sessions_app import big_room
    from sessions_app.services import rooms

    call_command("migrate", verbosity=0)
    big = big_room.fill(rooms.create_room(title="Grote zaal"), notes=notes)
    small = big_room.fill(rooms.create_room(title="Kleine zaal"), notes=200)
    for room in (big, small):  # read now: the measuring runs in an event loop
        room.counts = f"{room.notes.count()} notes, {room.themes.count()} themes, {room.votes.count()} dots"
    return big, small


def start_server(server: str, port: int) -> subprocess.Popen:
    from benchmarks.stack import server_command, wait_for_http

    command = server_command(server, port)
    env = {**os.environ, "DEBUG": "False", "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    process = subprocess.Popen(command, cwd=BASE, env=env, stdout=LOG, stderr=subprocess.STDOUT)
    wait_for_http(f"http://127.0.0.1:{port}/healthz")
    return process


def join(browser: Browser, code: str) -> None:
    form, _sent, _gzip = browser.get(f"/j/{code}/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    browser.get(f"/j/{code}/", {"csrfmiddlewaretoken": token, "name": "Bezoeker", "perspective": "beleid"})


async def measure(host: str, big, small) -> None:
    phone, console = Browser(host), Browser(host)
    await asyncio.to_thread(join, phone, big.code)
    await asyncio.to_thread(console.get, f"/f/{big.code}/{big.facilitator_token}/")
    views = {
        "phone": (phone, f"/r/{big.code}/"),
        "console": (console, f"/f/{big.code}/"),
        "presenter": (console, f"/p/{big.code}/"),
    }
    print(f"\nA room of {big.counts}")
    print(f"{'view':<16} {'page sent':>10} {'page gzip':>10} {'socket':>10} {'largest':>10} {'msgs':>5} {'board in':>9}")
    reconnects = {}
    for name, (browser, path) in views.items():
        for label in ("first", "again"):  # the first screen of a version, then the next one
            got = await open_view(browser, path)
            print(f"{name + ' ' + label:<16} {kib(got['page'])} {kib(got['page_gzip'])} {kib(got['socket'])}"
                  f" {kib(got['largest'])} {got['messages']:>5} {got['seconds']:>8.2f}s")
        reconnects[name] = await board_over_socket(browser, got["socket_path"].split("?")[0])
    print("A reconnect (no ?v=, or the room moved on): the whole board over the socket, in parts")
    for name, got in reconnects.items():
        print(f"{name:<16} {'':>10} {'':>10} {kib(got['socket'])} {kib(got['largest'])} {got['messages']:>5} {got['seconds']:>8.2f}s")
    fresh = Browser(host)
    await asyncio.to_thread(join, fresh, small.code)
    got = await open_view(fresh, f"/r/{small.code}/")
    sent, gzipped = await asyncio.to_thread(assets, fresh, got["html"])
    print(f"\nA phone's first load of a room of {small.counts}:")
    print(f"  page {kib(got['page'])} sent ({kib(got['page_gzip'])} gzip) + CSS/JS {kib(sent)} sent ({kib(gzipped)} gzip)"
          f" + socket {kib(got['socket'])} in {got['messages']} message(s)")
    print(f"  in all: {kib(got['page'] + sent + got['socket'])} as sent; {kib(got['page_gzip'] + gzipped + got['socket'])} compressed")


def frame_sizes(room) -> None:
    """What one change sends to each phone of the room (in-process, as broadcast sends it)."""
    from realtime import broadcast
    from sessions_app import big_room
    from sessions_app.services import notes, phases, presence, rooms, timer

    sent, original = [], broadcast.send
    broadcast.send = lambda group, html: sent.append((group, html))
    phone = big_room.phones_of(room)[0]
    changes = [
        ("phase change", lambda: phases.set_phase(fresh(room), "verbeelden")),
        ("writing closed", lambda: phases.set_writing(fresh(room), False)),
        ("writing open", lambda: phases.set_writing(fresh(room), True)),
        ("prompt edit", lambda: rooms.set_prompt(fresh(room), "verbeelden", "Hoe ziet het eruit als het werkt?")),
        ("timer start", lambda: timer.start(fresh(room), 300)),
        ("ready mark", lambda: presence.set_ready(fresh(room), phone, True)),
        ("new note", lambda: notes.add_note(fresh(room), phone, phase="verbeelden", text="Een loket om de hoek", client_id="x1")),
    ]
    print(f"\nBytes to each phone for one change, in the room of {room.counts}:")
    try:
        for name, change in changes:
            sent.clear()
            change()
            size = sum(len(html.encode()) for group, html in sent if group.endswith("-participants-nl"))
            print(f"  {name:<15} {size:>6} B")
    finally:
        broadcast.send = original


def fresh(room):
    return type(room).objects.get(pk=room.pk)


def kib(size: int) -> str:
    return f"{size / KIB:>8.1f}Ki"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--server", default="daphne", choices=("daphne", "uvicorn"))
    parser.add_argument("--port", type=int, default=8171)
    args = parser.parse_args()
    started = time.perf_counter()
    big, small = make_rooms(args.notes)
    print(f"Rooms made in {time.perf_counter() - started:.1f} s ({os.environ['DATABASE_URL']}); server: {args.server}")
    process = start_server(args.server, args.port)
    try:
        asyncio.run(measure(f"127.0.0.1:{args.port}", big, small))
    finally:
        process.terminate()
        process.wait(timeout=10)
    frame_sizes(small)
    SCRATCH.unlink(missing_ok=True)
    print(f"\nLoad average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
