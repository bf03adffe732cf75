"""The servers a benchmark run starts and stops: the app in its production layout (PostgreSQL
database of its own, Redis with its own prefix, N server processes started with deploy/Procfile's
own command line, optionally nginx with deploy/nginx.conf) and the raw reference server.
Everything listens on 127.0.0.1 only."""

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
VENV_BIN = BASE / ".venv" / "bin"
TICKS = os.sysconf("SC_CLK_TCK")
PROCFILE = BASE / "deploy" / "Procfile"
SERVERS = ("uvicorn", "daphne")


def server_command(server: str, port: int) -> list[str]:
    """deploy/Procfile's command for this server (uvicorn: the first web line; daphne: the line
    kept in a comment), with its port replaced: the benchmark and the tests run exactly what
    production runs."""
    for line in PROCFILE.read_text().splitlines():
        match = re.match(r"^#?\s*[\w-]+:\s+(\.venv/bin/(\w+)\s.*)$", line)
        if match and match.group(2) == server:
            command = shlex.split(re.sub(r"--port \d+", f"--port {port}", match.group(1)))
            return [str(BASE / command[0]), *command[1:]]
    raise ValueError(f"deploy/Procfile has no line for {server}")


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def redis_cpu_seconds() -> float:
    """The whole Redis server's CPU (shared with anything else using it on this machine)."""
    info = subprocess.run(["redis-cli", "info", "cpu"], capture_output=True, text=True).stdout
    values = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return float(values.get("used_cpu_sys", 0)) + float(values.get("used_cpu_user", 0))


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def wait_for_http(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


class AppStack:
    def __init__(self, tmp: Path, processes: int = 2, proxy: str = "none", database: str = "vierluik_bench",
                 base_port: int = 8100):
        """nginx listens on base_port, the server processes on the ports after it."""
        self.tmp, self.count, self.proxy, self.database, self.base_port = tmp, processes, proxy, database, base_port
        self.server = ""
        self.processes: list[subprocess.Popen] = []
        self.nginx_master = None
        self.stats_dir = tmp / "stats"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "facilitation.settings",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{self.database}",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "REDIS_PREFIX": f"perf-{database}",
            "DEBUG": "False",
            "SECRET_KEY": "benchmark-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # The phones say they come from this page; sockets must come from a page of the site.
            "CSRF_TRUSTED_ORIGINS": "http://127.0.0.1",
            "ROOM_MAX_PARTICIPANTS": "1000",
            "BENCH_STATS_DIR": str(self.stats_dir),
            "TRUSTED_PROXIES": "1" if proxy == "nginx" else "0",
        }
        for name in ("DB_POOL_SIZE", "DB_POOL_TIMEOUT", "CONN_MAX_AGE", "CHANNEL_LAYER", "LEAN_FANOUT"):
            if name not in os.environ:
                self.env.pop(name, None)  # the production defaults, unless the caller sets one
        self.origin = "http://127.0.0.1"

    @property
    def ports(self) -> list[int]:
        return [self.base_port + 1 + index for index in range(self.count)]

    def http_url(self, number: int) -> str:
        port = self.base_port if self.proxy == "nginx" else self.ports[number % self.count]
        return f"http://127.0.0.1:{port}"

    def ws_url(self, phone: dict) -> str:
        return self.http_url(phone["id"]).replace("http:", "ws:") + f"/ws/room/{phone['room']}/"

    def start(self) -> None:
        """A fresh database, migrated; the servers come with start_servers()."""
        psql = ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c"]
        subprocess.run([*psql, f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)"], check=True)
        subprocess.run([*psql, f"CREATE DATABASE {self.database}"], check=True)
        subprocess.run([str(VENV_BIN / "python"), "manage.py", "migrate", "-v0"], cwd=BASE, env=self.env, check=True)
        self.stats_dir.mkdir(exist_ok=True)
        os.environ.update({key: value for key, value in self.env.items() if key not in ("BENCH_STATS_DIR",)})
        import django

        django.setup()

    def start_servers(self, server: str) -> None:
        """Fresh server processes (memory per socket is only meaningful on fresh ones)."""
        self.stop()
        self.server = server
        for port in self.ports:
            log = open(self.tmp / f"{server}-{port}.log", "a")
            self.processes.append(subprocess.Popen(
                server_command(server, port), cwd=BASE, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            ))
        for port in self.ports:
            wait_for_http(f"http://127.0.0.1:{port}/healthz")
        if self.proxy == "nginx":
            self.start_nginx()
            wait_for_http(f"http://127.0.0.1:{self.base_port}/healthz")

    def start_nginx(self) -> None:
        """deploy/nginx.conf as it is, with the ports, paths and listen address of this run."""
        if not shutil.which("nginx"):
            raise SystemExit("--proxy nginx needs nginx (apt-get install -y nginx-light)")
        site = (BASE / "deploy" / "nginx.conf").read_text()
        upstreams = "".join(f"    server 127.0.0.1:{port};\n" for port in self.ports)
        site = site.replace("    server 127.0.0.1:8001;\n    server 127.0.0.1:8002;\n", upstreams)
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.base_port};").replace("listen [::]:80;", "")
        site = site.replace("/srv/vierluik/", f"{BASE}/")
        prefix = self.tmp / "nginx"
        site = site.replace("/var/log/nginx/vierluik.access.log", f"{prefix}/access.log")
        prefix.mkdir(exist_ok=True)
        (prefix / "nginx.conf").write_text(
            f"worker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n"
            "events { worker_connections 8192; }\n"
            f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n"
            f"  client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy;\n{site}\n}}\n"
        )
        subprocess.run(["nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf")], check=True)
        time.sleep(0.3)
        self.nginx_master = int((prefix / "nginx.pid").read_text())

    def pids(self) -> list[int]:
        pids = [process.pid for process in self.processes]
        if self.nginx_master:
            pids += [self.nginx_master, *children_of(self.nginx_master)]
        return pids

    def create_rooms(self, name: str, count: int) -> list[str]:
        from sessions_app.services import rooms

        return [rooms.create_room(title=f"Benchmark {name} {index + 1}").code for index in range(count)]

    def seed_notes(self, code: str, count: int) -> None:
        """A board worth resyncing: `count` notes from the room's first phones."""
        from sessions_app.models import Participant, Room
        from sessions_app.services import notes

        room = Room.objects.get(code=code)
        people = list(Participant.objects.filter(room=room)[:50])
        for index in range(count):
            notes.add_note(room, people[index % len(people)], phase=room.phase, text=f"Briefje vooraf {index}", client_id=f"seed-{index}")

    def reset_stats(self) -> None:
        for path in self.stats_dir.glob("*.json"):
            path.unlink()

    def stats(self) -> dict:
        renders = hits = 0
        for path in self.stats_dir.glob("*.json"):
            try:
                counts = json.loads(path.read_text())
            except ValueError:
                continue
            renders += counts.get("renders", 0)
            hits += counts.get("hits", 0)
        return {"snapshot_renders": renders, "snapshot_hits": hits}

    def stop(self) -> None:
        if self.nginx_master:
            try:
                os.kill(self.nginx_master, signal.SIGQUIT)
            except OSError:
                pass
            self.nginx_master = None
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes = []


class RawStack:
    origin = "http://127.0.0.1"

    def __init__(self, tmp: Path, port: int = 8190):
        self.tmp, self.port = tmp, port
        self.process = None

    def start(self) -> None:
        log = open(self.tmp / "raw.log", "w")
        self.process = subprocess.Popen(
            [str(VENV_BIN / "python"), str(BASE / "benchmarks" / "raw_server.py"), "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
        time.sleep(1)

    def ws_url(self, phone: dict) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/room/{phone['room']}/"

    def pids(self) -> list[int]:
        return [self.process.pid] if self.process else []

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
