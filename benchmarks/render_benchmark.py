"""How big a room's snapshot is and how long it takes to render, and what one theme action costs.

Builds, in a scratch SQLite database, rooms of 60 and 200 notes (20 themes, votes, tags, a few
hidden and private notes), then prints per audience the snapshot's size and render time (median
of 5, rendered afresh: no snapshot cache), and for one theme action (a note moved into a theme)
the time of its whole broadcast (every audience and language that is listened to) and the bytes
it sends. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/render_benchmark.py
"""

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="vierluik-render-")) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{SCRATCH}"
os.environ["REDIS_URL"] = ""  # in-process layer and caches: never touch a shared Redis
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "facilitation.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.utils import translation  # noqa: E402

WORDS = ("bestaanszekerheid buurtkamer vertrouwen regels loket schulden werk zorg gemeente samen tijd "
         "luisteren ervaring gezin wijk geld rust hulp kansen taal").split()
AUDIENCES = ("participants", "facilitators", "presenters")
RUNS = 5


def make_room(notes_count: int):
    from sessions_app.models import Note, Participant, Perspective, Theme, Vote
    from sessions_app.services import rooms

    rnd = random.Random(notes_count)
    room = rooms.create_room(title=f"Benchmark {notes_count}", lens_enabled=True)
    perspectives = [p.value for p in Perspective]
    people = Participant.objects.bulk_create(
        Participant(room=room, device_id=uuid.uuid4(), name=f"Persoon {i}" if i % 3 else "",
                    perspective=perspectives[i % len(perspectives)])
        for i in range(25))
    phases = [p.key for p in room.phases.all()]
    phase = phases[0]  # everything in the current phase: the console's worst case
    themes = Theme.objects.bulk_create(
        Theme(room=room, phase=phase, title=f"Thema {t + 1}: {rnd.choice(WORDS)}", position=t) for t in range(20))
    conditions = ["zekerheid", "inclusie", "cohesie", "empowerment"]
    notes = Note.objects.bulk_create(
        Note(room=room, participant=(p := rnd.choice(people)), phase=phase,
             text=" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 30))).capitalize(),
             client_id=f"b{n}", perspective=p.perspective, hidden=n % 23 == 0, private=n % 19 == 0,
             theme=rnd.choice(themes) if n % 2 else None, tags=rnd.sample(conditions, rnd.randint(0, 2)))
        for n in range(notes_count))
    Vote.objects.bulk_create(Vote(room=room, participant=rnd.choice(people), note=rnd.choice(notes)) for _ in range(100))
    room.vote_phase, room.vote_open, room.vote_target = phase, True, "notes"
    room.save(update_fields=["vote_phase", "vote_open", "vote_target"])
    return room, themes, notes


def render_fresh(room_id: int, audience: str) -> str:
    from sessions_app.reads import board as board_reads

    context = board_reads.board(room_id, audience)
    return render_to_string("partials/room_snapshot.html", {**context, "snapshot": True, "personal": False})


def median_seconds(fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def theme_action_cost(room, themes, notes, *, english: bool, full_refresh: bool = False) -> tuple[float, int, int]:
    """Median time of one `theme.add` (a note into another theme) with its broadcast, the bytes
    sent and how many frames (audience x language). `english`: a screen of the room listens in
    English; `full_refresh`: as before theme frames, a whole board per audience and language."""
    from django.core.cache import caches

    from realtime import broadcast

    from sessions_app.services import themes as theme_service

    caches["throttle"].delete(f"listening:{room.pk}:en")
    if english:
        _listen(room.pk, "en")
    sent = []
    from realtime import frames
    from realtime.frames.common import whole_board

    original_send, original_renderers = broadcast.send, dict(frames.BUILDERS)
    broadcast.send = lambda group, html: sent.append(len(html.encode()))
    if full_refresh:
        for kind in ("theme.changed", "theme.created", "spotlight.set"):
            frames.BUILDERS[frames.Change(kind)] = lambda room_id, version, data: whole_board(room_id)
    try:
        note = next(n for n in notes if not n.hidden and not n.private)
        times = []
        for run in range(RUNS):
            sent.clear()
            _clear_snapshot_cache()
            start = time.perf_counter()
            theme_service.add_to_theme(room, themes[run % 2].pk, [note.pk])
            times.append(time.perf_counter() - start)
        return statistics.median(times), sum(sent), len(sent)
    finally:
        broadcast.send = original_send
        frames.BUILDERS.clear()
        frames.BUILDERS.update(original_renderers)


def _listen(room_id, language):
    try:
        from realtime import listening
    except ImportError:  # before realtime/listening.py: every language was rendered anyway
        return
    listening.listen(room_id, language)


def _clear_snapshot_cache():
    try:
        from realtime import snapshots

        snapshots.clear()
    except (ImportError, AttributeError):
        pass


def main():
    call_command("migrate", verbosity=0)
    print(f"Scratch database: {SCRATCH}")
    print(f"{'room':>10} {'audience':14} {'KiB':>8} {'render ms':>10}")
    for size in (60, 200):
        room, themes, notes = make_room(size)
        with translation.override("nl"):
            render_fresh(room.pk, "facilitators")  # warm-up: templates compiled
            for audience in AUDIENCES:
                seconds, html = median_seconds(lambda audience=audience: render_fresh(room.pk, audience))
                print(f"{size:>4} notes {audience:14} {len(html.encode()) / 1024:8.1f} {seconds * 1000:10.0f}")
            for label, options in (
                ("full refresh, nl+en", {"english": True, "full_refresh": True}),
                ("as now, nl+en listening", {"english": True}),
                ("as now, only nl listening", {"english": False}),
            ):
                seconds, sent, frames = theme_action_cost(room, themes, notes, **options)
                print(f"{size:>4} notes theme.add ({label}): {seconds * 1000:.0f} ms, {frames} frames, {sent / 1024:.1f} KiB sent")


if __name__ == "__main__":
    main()
