"""The production path: several Daphne processes behind one PostgreSQL and one Redis.

Each test starts real `daphne` processes on free ports, pointed at pytest's test database and at
the same Redis prefix as this process, and talks to them as a phone would: HTTP with cookies and
CSRF, and a real websocket with an Origin header. Run with DATABASE_URL=postgres://… and
REDIS_URL=redis://… (scripts/test's second pass does); without them these tests skip, and under
CI=true they fail."""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from websockets.sync.client import connect

from sessions_app.models import Note
from sessions_app.services import rooms

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

BASE_DIR = Path(settings.BASE_DIR)
DAPHNE = Path(sys.executable).with_name("daphne")
LAYERS = ["pubsub", "core"]


def missing_services() -> str:
    if connection.vendor != "postgresql":
        return "DATABASE_URL is not a PostgreSQL database"
    if not settings.REDIS_URL:
        return "REDIS_URL is not set"
    try:
        import redis

        redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2, socket_connect_timeout=2).ping()
    except Exception as error:  # noqa: BLE001 - any failure means: no usable Redis
        return f"Redis at {settings.REDIS_URL} does not answer ({error})"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # noqa: BLE001
        return f"PostgreSQL does not answer ({error})"
    return ""


@pytest.fixture
def real_services(transactional_db):
    problem = missing_services()
    if problem:
        reason = f"needs PostgreSQL and Redis: {problem}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_database_url() -> str:
    db = connection.settings_dict
    user = urllib.parse.quote(db.get("USER") or "")
    password = urllib.parse.quote(db.get("PASSWORD") or "")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{credentials}{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


test_database_url.__test__ = False  # a helper, not a test


@pytest.fixture
def servers(real_services):
    """Starts Daphne processes: servers(layer) -> base URL. All are killed after the test."""
    started = []

    def start(layer: str = "pubsub") -> str:
        port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "REDIS_PREFIX": settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"],
            "CHANNEL_LAYER": layer,
            "CONN_MAX_AGE": "0",
            "DEBUG": "False",
        }
        log = tempfile.TemporaryFile()
        process = subprocess.Popen(
            [str(DAPHNE), "-b", "127.0.0.1", "-p", str(port), "facilitation.asgi:application"],
            cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        started.append((process, log))
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return url
            except OSError:
                time.sleep(0.1)
        log.seek(0)
        pytest.fail(f"daphne on port {port} did not start:\n{log.read().decode(errors='replace')[-3000:]}")

    yield start
    for process, log in started:
        process.terminate()
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


class Phone:
    """A browser on a phone: keeps cookies, fills in forms with their CSRF token."""

    def __init__(self, server: str):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> str:
        with self.opener.open(self.server + path, timeout=10) as response:
            return response.read().decode()

    def post(self, path: str, form_page: str, fields: dict) -> str:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(form_page)).group(1)
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
        with self.opener.open(self.server + path, data=data, timeout=10) as response:
            return response.read().decode()

    def join(self, room, name: str, perspective: str = "") -> "Phone":
        board = self.post(f"/j/{room.code}/", f"/j/{room.code}/", {"name": name, "perspective": perspective})
        assert 'id="composer"' in board, "joined and on the board"
        return self

    def write(self, room, text: str, client_id: str) -> None:
        self.post(f"/r/{room.code}/notes/", f"/r/{room.code}/", {"text": text, "client_id": client_id, "phase": ""})

    @contextmanager
    def socket(self, room, server: str | None = None):
        """The room's websocket as the browser opens it (cookies, Origin), after its snapshot."""
        server = server or self.server
        cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar)
        with connect(
            server.replace("http://", "ws://") + f"/ws/room/{room.code}/",
            origin=server, additional_headers={"Cookie": cookies}, open_timeout=10,
        ) as ws:
            assert 'data-snapshot="true"' in ws.recv(timeout=10)
            yield ws


def receive_until(ws, needle: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while True:
        frame = ws.recv(timeout=max(0.1, deadline - time.monotonic()))
        if needle in frame:
            return frame


@pytest.mark.parametrize("layer", LAYERS)
def test_a_note_sent_through_one_server_reaches_a_socket_on_another(servers, layer):
    server_a, server_b = servers(layer), servers(layer)
    armoede = rooms.create_room(title="Armoede")
    anna = Phone(server_a).join(armoede, "Anna", "ervaringsdeskundige")
    bram = Phone(server_b).join(armoede, "Bram", "beleid")

    with bram.socket(armoede) as bram_socket, anna.socket(armoede, server_b) as anna_on_b:
        anna.write(armoede, "Via server A naar B", "a-1")

        frame = receive_until(bram_socket, "Via server A naar B")
        assert 'data-client-id="a-1"' in frame
        receive_until(anna_on_b, 'data-client-id="a-1"')
    assert Note.objects.filter(client_id="a-1").count() == 1


@pytest.mark.parametrize("layer", LAYERS)
def test_a_socket_on_the_other_server_hears_a_note_from_a_socket(servers, layer):
    server_a, server_b = servers(layer), servers(layer)
    armoede = rooms.create_room(title="Armoede")
    anna = Phone(server_a).join(armoede, "Anna")
    bram = Phone(server_b).join(armoede, "Bram")

    with anna.socket(armoede) as anna_socket, bram.socket(armoede) as bram_socket:
        anna_socket.send('{"action": "note.add", "text": "Over de socket", "client_id": "s-1", "HEADERS": {}}')
        receive_until(bram_socket, 'data-client-id="s-1"')
        receive_until(anna_socket, 'data-client-id="s-1"')


@pytest.mark.parametrize("layer", LAYERS)
def test_a_socket_idle_for_more_than_five_seconds_still_receives(servers, layer):
    server = servers(layer)
    armoede = rooms.create_room(title="Armoede")
    anna = Phone(server).join(armoede, "Anna")
    bram = Phone(server).join(armoede, "Bram")

    with bram.socket(armoede) as bram_socket:
        time.sleep(6.5)  # longer than redis-py 8's default 5 s socket timeout (channels_redis #422)
        anna.write(armoede, "Na een stilte", "idle-1")

        assert "Na een stilte" in receive_until(bram_socket, 'data-client-id="idle-1"')


def first_web_line() -> str:
    """deploy/Procfile's first web line: what outside checks and honcho run in production."""
    lines = (BASE_DIR / "deploy" / "Procfile").read_text().splitlines()
    return next(line.split(":", 1)[1].strip() for line in lines if re.match(r"^web[\w-]*:", line))


def test_the_procfiles_first_web_line_serves_pages_and_sockets_with_only_the_four_settings(real_services):
    """From a fresh shell with only DATABASE_URL, REDIS_URL, SECRET_KEY and ALLOWED_HOSTS set."""
    port = free_port()
    command = re.sub(r"--port \d+", f"--port {port}", first_web_line())
    env = {
        "PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"), "DATABASE_URL": test_database_url(),
        "REDIS_URL": settings.REDIS_URL, "SECRET_KEY": "procfile-check-" + "k" * 50, "ALLOWED_HOSTS": "127.0.0.1",
    }
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(["sh", "-c", command], cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        server = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{server}/healthz", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"{command} did not start:\n{log.read().decode(errors='replace')[-3000:]}")
                time.sleep(0.1)
        armoede = rooms.create_room(title="Armoede")
        anna, bram = Phone(server).join(armoede, "Anna"), Phone(server).join(armoede, "Bram")
        with anna.socket(armoede) as anna_socket, bram.socket(armoede) as bram_socket:
            anna_socket.send('{"action": "note.add", "text": "Via de Procfile", "client_id": "p-1", "HEADERS": {}}')
            assert "Via de Procfile" in receive_until(bram_socket, 'data-client-id="p-1"')
    finally:
        os.killpg(process.pid, 15)  # sh and the server it started
        process.wait(timeout=10)
        log.close()
