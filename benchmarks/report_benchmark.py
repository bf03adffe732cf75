"""How fast the verslag and the krant come out, on a realistic big event.

Builds, in a scratch SQLite database, an event of 4 rooms x 500 notes (2,000 notes) with themes,
votes, tags, actions and a few hidden and private notes (every note has an "ë", one in ten an emoji), then times every format for one room
and for the krant. Prints the figures; asserts nothing (targets: krant PDF <= 5 s, every other
format <= 1 s on a 2-core machine).

    .venv/bin/python benchmarks/report_benchmark.py
"""

import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="vierluik-bench-")) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{SCRATCH}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "facilitation.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import translation  # noqa: E402

ROOMS, NOTES_PER_ROOM, PARTICIPANTS_PER_ROOM = 4, 500, 25
WORDS = ("bestaanszekerheid buurtkamer vertrouwen regels loket schulden werk zorg gemeente samen tijd "
         "luisteren ervaring gezin wijk geld rust hulp kansen taal").split()


def make_event():
    import datetime

    from sessions_app.models import Action, Event, Note, Participant, Perspective, Round, Theme, Vote
    from sessions_app.services import rooms

    rnd = random.Random(2026)
    event = Event.objects.create(slug="benchmark", code="BENCH1", title="Bestaanszeker Nederland (benchmark)",
                                 date=datetime.date(2026, 11, 20), programme="10:00 Welkom\n10:30 Ronde 1\n13:00 Ronde 2")
    rounds = [Round.objects.create(event=event, title=f"Ronde {i + 1}", position=i) for i in range(2)]
    perspectives = [p.value for p in Perspective]
    conditions = ["zekerheid", "inclusie", "cohesie", "empowerment"]
    made = []
    for r in range(ROOMS):
        room = rooms.create_room(title=f"Deelsessie {r + 1}", subtitle="Wat werkt er al?", event=event,
                                 round=rounds[r % 2], facilitator_name=f"Gespreksleider {r + 1}", lens_enabled=True,
                                 summary="Een samenvatting van wat er is opgehaald.\nTweede alinea.",
                                 quotes="‘Zie de mens achter het dossier.’\nGeld is niet alles.")
        people = Participant.objects.bulk_create(
            Participant(room=room, device_id=uuid.uuid4(), name=f"Persoon {i}" if i % 3 else "",
                        perspective=perspectives[i % len(perspectives)])
            for i in range(PARTICIPANTS_PER_ROOM))
        phases = [p.key for p in room.phases.all()]
        themes = Theme.objects.bulk_create(
            Theme(room=room, phase=phases[2 if t < 6 else 1], title=f"Thema {t + 1}", position=t) for t in range(10))
        notes = Note.objects.bulk_create(
            Note(room=room, participant=(p := rnd.choice(people)), phase=phases[n % len(phases)],
                 text=" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 30))).capitalize() + (" ë 😀" if n % 10 == 0 else " ë"),
                 client_id=f"b{n}", perspective=p.perspective, hidden=n % 97 == 0, private=n % 89 == 0,
                 theme=rnd.choice(themes) if n % 4 == 2 and rnd.random() < .9 else None,
                 tags=rnd.sample(conditions, rnd.randint(0, 2)), highlighted=n % 71 == 0)
            for n in range(NOTES_PER_ROOM))
        Vote.objects.bulk_create(
            [Vote(room=room, participant=rnd.choice(people), note=rnd.choice(notes)) for _ in range(300)]
            + [Vote(room=room, participant=rnd.choice(people), theme=rnd.choice(themes)) for _ in range(60)])
        Action.objects.bulk_create(
            Action(room=room, what=f"Actie {a + 1}: {' '.join(rnd.choice(WORDS) for _ in range(8))}",
                   who=f"Persoon {a}", when=datetime.date(2026, 12, 1 + a), position=a) for a in range(8))
        made.append(room)
    return event, made


def _descendants(pid: int) -> list[int]:
    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in children.read_text().split():
            found += [int(child), *_descendants(int(child))]
    return found


def cpu_seconds() -> float:
    """CPU time of this process and every process under it (the PDF workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = time.process_time()
    for pid in _descendants(os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError):
            pass
    return total


def timed(label, fn):
    start, cpu = time.perf_counter(), cpu_seconds()
    data = fn()
    return label, time.perf_counter() - start, cpu_seconds() - cpu, len(data)


def main():
    from sessions_app import report
    from sessions_app.report.builder import build_event, build_room

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    event, made = make_event()
    print(f"Built {ROOMS} rooms x {NOTES_PER_ROOM} notes in {time.perf_counter() - start:.1f} s ({SCRATCH})")
    room = made[0]
    with translation.override("nl"):
        from weasyprint import HTML  # noqa: F401  (import once, outside the figures: ~1 s)

        report.render_room(build_room(room), "pdf")  # warm-up (fonts, templates)
        rows = [timed("room  build (structure only)", lambda: [build_room(room)])]
        rows += [timed(f"room  {fmt}", lambda fmt=fmt: report.room_export(room, fmt)) for fmt in report.FORMATS]
        rows += [timed("krant build (structure only)", lambda: [build_event(event)])]
        rows += [timed(f"krant {fmt}", lambda fmt=fmt: report.event_export(event, fmt)) for fmt in report.FORMATS]
    print(f"load average before: {os.getloadavg()[0]:.1f} (other work on the machine stretches wall time; CPU time does not)")
    print(f"{'what':32} {'wall s':>8} {'CPU s':>8} {'bytes':>10}  target (wall)")
    for label, seconds, cpu, size in rows:
        target = 5.0 if label == "krant pdf" else 1.0
        verdict = "ok" if seconds <= target else "SLOW"
        print(f"{label:32} {seconds:8.2f} {cpu:8.2f} {size:10}  <= {target:.0f} s {verdict}")


if __name__ == "__main__":
    main()
