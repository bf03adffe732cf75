"""Real server processes for the tests that need a network connection: started with
deploy/Procfile's own command line (benchmarks/stack.py reads it), on a free port, against
pytest's test database."""

import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.cookiejar import CookieJar
from pathlib import Path

from django.db import connection

from benchmarks.stack import server_command

BASE = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    return f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"


@contextmanager
def running(server: str, **env):
    """One `server` process (uvicorn or daphne) as production starts it; yields "host:port"."""
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        server_command(server, port), cwd=BASE, stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "DATABASE_URL": database_url(), "DEBUG": "False", **env},
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise AssertionError(f"{server} did not start:\n{log.read().decode(errors='replace')[-3000:]}")
                time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def join(host: str, code: str, name: str) -> str:
    """As a phone: the join form, then name and perspective; returns the Cookie header."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"http://{host}/j/{code}/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "name": name, "perspective": "beleid"}).encode()
    opener.open(urllib.request.Request(f"http://{host}/j/{code}/", data=body, headers={"Referer": f"http://{host}/j/{code}/"}), timeout=30)
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in jar)
