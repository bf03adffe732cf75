"""Does the site stay responsive while verslagen are rendered? (issue 12, item 12)

Builds the report benchmark's event (4 rooms x 500 notes) in a scratch SQLite database, starts
one Daphne process on it, and times a phone's page (`/j/<CODE>/`) and `/healthz` three times:
idle, while four different downloads of one room's verslag are asked for at once through its
share link (PDF and Word, in Dutch and English: four renderings, EXPORT_RENDERS_AT_ONCE=2 of
them at a time), and while the same four are asked for again (now cached). Prints the figures;
asserts nothing.

    .venv/bin/python benchmarks/export_load.py
"""

import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import report_benchmark as bench  # noqa: E402  (sets up Django on its scratch database)

from django.core.management import call_command  # noqa: E402

PORT = 18231
DOWNLOADS = [("pdf", "nl"), ("pdf", "en"), ("docx", "nl"), ("docx", "en")]


def get(url: str, language: str = "nl") -> tuple[int, float]:
    request = urllib.request.Request(url, headers={"Accept-Language": language})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - start


def probe(base: str, code: str, stop: threading.Event, seconds: list) -> None:
    while not stop.is_set():
        for path in ("/healthz", f"/j/{code}/"):
            seconds.append(get(base + path)[1])
        time.sleep(0.05)


def figures(seconds: list) -> str:
    ordered = sorted(seconds)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if ordered else 0
    return f"n={len(ordered):4d}  p50 {statistics.median(ordered) * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms  max {ordered[-1] * 1000:7.1f} ms"


def phase(label: str, base: str, code: str, token: str | None) -> None:
    seconds, stop = [], threading.Event()
    prober = threading.Thread(target=probe, args=(base, code, stop, seconds))
    prober.start()
    results = []
    if token:
        def download(fmt, language):
            results.append((fmt, language, *get(f"{base}/v/{token}/verslag.{fmt}", language)))

        threads = [threading.Thread(target=download, args=item) for item in DOWNLOADS]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        time.sleep(3)
    stop.set()
    prober.join()
    print(f"{label:34} {figures(seconds)}")
    for fmt, language, status, took in sorted(results):
        print(f"    verslag.{fmt:4} ({language})  {status}  {took:6.2f} s")


def main():
    from sessions_app.services import report

    call_command("migrate", verbosity=0)
    event, made = bench.make_event()
    room = report.set_sharing(made[0], True)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{bench.SCRATCH}", "DEBUG": "False", "SECRET_KEY": "bench-" + "x" * 60,
           "ALLOWED_HOSTS": "127.0.0.1"}
    env.pop("REDIS_URL", None)
    daphne = subprocess.Popen(
        [str(bench.ROOT / ".venv" / "bin" / "daphne"), "--access-log", "/dev/null", "-b", "127.0.0.1", "-p", str(PORT),
         "facilitation.asgi:application"], cwd=bench.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{PORT}"
    try:
        for _ in range(100):
            try:
                get(base + "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        get(f"{base}/v/{room.share_token}/verslag.md")  # warm-up: imports, templates
        print(f"load average: {os.getloadavg()[0]:.1f}; one Daphne process; {bench.NOTES_PER_ROOM} notes in the room")
        phase("idle", base, room.code, None)
        phase("4 renderings asked for at once", base, room.code, room.share_token)
        phase("the same 4 again (cached)", base, room.code, room.share_token)
    finally:
        daphne.terminate()
        daphne.wait(timeout=10)


if __name__ == "__main__":
    main()
