"""Takes the README screenshots from the real app, with the demo data.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Seeds the demo event into a scratch SQLite database, starts Daphne on a free port, lets the
facilitator of "Armoede" open her console, joins phones, writes a few notes over the live sockets,
moves the room to "Verbeelden", and then photographs one phone (390x844) and the console (1280x800).
Uses the system Chromium (/usr/bin/chromium), like the browser tests."""

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# (name, perspective value) of the phones, and what they write: themes of the Armoede deelsessie.
PHONES = [("Anna", "ervaringsdeskundige"), ("Bram", "beleid"), ("Samira", "praktijk"), ("Joost", "onderwijs")]
EXPLORE = [
    ("Samira", "Op de basisschool zit elke dinsdag een armoedeconsulent bij het koffie-uurtje. "
               "Ouders lopen gewoon binnen, zonder formulier."),
    ("Bram", "Een schuldhulpverlener in de huisartsenpraktijk: mensen komen eerder, "
             "nog voordat de deurwaarder er is."),
    ("Anna", "Eén vast gezicht voor het hele gezin, in plaats van vijf loketten. "
             "Ik hoefde mijn verhaal maar één keer te vertellen."),
    ("Joost", "Wijkteam en energieloket belden elkaar gewoon op. Die korte lijn hielp die winter echt."),
]
IMAGINE = [
    ("Anna", "Niemand hoeft nog te kiezen tussen de energierekening en een warme maaltijd."),
    ("Bram", "Regels gaan uit van vertrouwen. Een fout in een formulier is geen fraude."),
]
HALF_TYPED = "Op elke school een vaste plek waar ouders"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env, *args) -> str:
    done = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def wait_for(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def links_of(seed_output: str, room_title: str) -> tuple[str, str]:
    """seed_demo prints a room's title, then its join link, then its facilitator link."""
    block = seed_output.split(f"  {room_title} (code", 1)[1]
    join_url, facilitator_url = re.findall(r"https?://\S+", block)[:2]
    return join_url, facilitator_url


def write(page, text: str) -> None:
    page.locator("#note-text").fill(text)
    page.locator("#composer button[type=submit]").click()
    page.locator("#board .note-text", has_text=text[:40]).first.wait_for()


def live(page) -> None:
    page.wait_for_selector("#room[data-live]", state="attached")


def photograph(join_url: str, facilitator_url: str, out: Path, full: bool = False) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        console = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800}).new_page()
        console.goto(facilitator_url)
        live(console)

        phones = {}
        for name, perspective in PHONES:
            phone = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844}).new_page()
            phone.goto(join_url)
            phone.locator("#name").fill(name)
            phone.locator(f'input[name="perspective"][value="{perspective}"]').check()
            phone.locator("form.stack button[type=submit]").click()
            live(phone)
            phones[name] = phone

        for name, text in EXPLORE:
            write(phones[name], text)
        console.locator("#phase-status .controls button", has_text="Verbeelden").click()
        for phone in phones.values():
            phone.wait_for_function(
                "() => document.getElementById('phase-status').dataset.phase === 'verbeelden'")
        for name, text in IMAGINE:
            write(phones[name], text)

        anna = phones["Anna"]
        anna.locator("#note-text").fill(HALF_TYPED)
        anna.locator("#note-text").evaluate("field => field.blur()")
        # Start the phone's picture at the room's title: the board's first notes fit in too.
        anna.evaluate("window.scrollTo(0, document.querySelector('.room-header').offsetTop - 8)")
        console.evaluate("window.scrollTo(0, document.querySelector('.room-header').offsetTop - 8)")
        console.mouse.move(0, 0)
        time.sleep(0.3)  # let the last frames settle
        out.mkdir(parents=True, exist_ok=True)
        anna.screenshot(path=str(out / "phone.png"))
        console.screenshot(path=str(out / "console.png"))
        if full:
            console.screenshot(path=str(out / "console-full.png"), full_page=True)
            anna.screenshot(path=str(out / "phone-full.png"), full_page=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--full", action="store_true", help="also whole-page pictures (to review the layout)")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="vierluik-screenshots-"))
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{scratch / 'db.sqlite3'}", "DEBUG": "False",
           "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    for name in ("REDIS_URL", "REDIS_PREFIX"):
        env.pop(name, None)

    manage(env, "migrate", "--verbosity", "0")
    join_url, facilitator_url = links_of(manage(env, "seed_demo", "--password", "screenshots-only",
                                                "--base-url", base_url), "Armoede")
    server = subprocess.Popen([PYTHON, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
                               "facilitation.asgi:application"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"{base_url}/healthz")
        photograph(join_url, facilitator_url, args.out, args.full)
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name in ("phone.png", "console.png"):
        print(f"{args.out / name}: {(args.out / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
