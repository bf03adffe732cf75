"""The room's snapshot, rendered once per room version (per audience, language and process).

When a venue's wifi comes back, hundreds of phones reconnect within a second and each needs the
whole board. The board is the same for all of them until the room's version moves, so the first
render is kept and the others get the same text: one cheap query (the version) instead of a full
board read and render per phone. A new version replaces the entry. Details that change without a
new version (the timer's "now", the connected count on the console) may be up to
SNAPSHOT_CACHE_SECONDS old; pages count the timer down from its absolute end time anyway.

Only the part every phone shares is kept. What is a phone's own (its notes that wait for the
reveal, its dots, its ready mark) is rendered for that phone: see personal()."""

import json
import os
import threading
import time

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from sessions_app.audience import Audience
from sessions_app.reads import board as board_reads, frames as frame_reads, votes
from sessions_app.models import Participant

from .board_parts import PART_BYTES, split

_lock = threading.Lock()
_cache: dict[tuple, tuple[int, float, list[str]]] = {}  # (room, code, audience, language) -> (version, rendered at, parts)
MAX_ENTRIES = 512
counts = {"renders": 0, "hits": 0}


def max_age() -> float:
    return float(getattr(settings, "SNAPSHOT_CACHE_SECONDS", 2.0))


def board(room_id: int, audience: Audience, language: str, viewer: int | None = None) -> str:
    """The whole board as one text (all its parts)."""
    return "".join(board_parts(room_id, audience, language, viewer))


def board_parts(room_id: int, audience: Audience, language: str, viewer: int | None = None) -> list[str]:
    """The whole board, in messages of at most PART_BYTES: sent on every connect and
    every `sync`. With `viewer` (a participant id) it is that phone's own snapshot and also
    carries its notes that wait for the reveal; without, it is the room's, and the phone's own
    notes (outside #board) stay as they are. The room's part is rendered (and cut into parts)
    once per room version; only the phone's own part (own notes, dots, ready) is rendered per phone."""
    with translation.override(language):
        parts = shared(room_id, audience, language, render_shared)
        if viewer is None:
            return parts
        own = personal(audience, viewer)
    if len(parts[-1].encode()) + len(own.encode()) <= PART_BYTES:
        return [*parts[:-1], parts[-1] + own]
    return [*parts, own]


def render_shared(room_id: int, audience: str) -> tuple[int, list[str]]:
    context = board_reads.board(room_id, audience)
    html = render_to_string("partials/room_snapshot.html", {**context, "snapshot": True, "personal": False})
    return context["version"], split(html)


def shared(room_id: int, audience: Audience, language: str, render) -> list[str]:
    """The room's snapshot for an audience and language, in parts; `render(room_id, audience)`
    returns (version, parts) and runs only when the room's version moved (or the entry is too old)."""
    # The code is in the key so a database that reuses ids (a test's fresh SQLite) never gets an old board.
    version, code = frame_reads.version_and_code(room_id)
    key = (room_id, code, audience, language)
    with _lock:
        entry = _cache.get(key)
        if entry and entry[0] == version and time.monotonic() - entry[1] <= max_age():
            counts["hits"] += 1
            _report()
            return entry[2]
    # Rendered outside the lock: it reads the database, and no thread should wait on this lock
    # while holding a row lock (two threads may then render the same version once each).
    rendered_version, parts = render(room_id, audience)
    with _lock:
        if len(_cache) >= MAX_ENTRIES:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (rendered_version, time.monotonic(), parts)
        counts["renders"] += 1
        _report()
    return parts


def personal(audience: Audience, viewer) -> str:
    """One phone's own part of its snapshot: its notes that wait for the reveal, its dots, its ready mark.
    `viewer`: the participant's id, or the Participant its socket just identified (on connect:
    nothing is read again, and its own notes only when it has some: identity.actor_for_code)."""
    participant = viewer if isinstance(viewer, Participant) else frame_reads.participant(viewer)
    if participant is None:
        return ""
    room = participant.room
    waiting = audience == Audience.PARTICIPANTS and getattr(participant, "has_waiting_notes", True)
    return render_to_string("partials/snapshot_personal.html", {
        "own_notes": board_reads.own_waiting_notes(participant.pk) if waiting else [],
        "my_votes": votes.my_votes(room, participant) if room.vote_open else None,
        "my_ready": participant.ready,
    })


def clear() -> None:
    with _lock:
        _cache.clear()
        counts.update(renders=0, hits=0)


def _report() -> None:
    """For benchmarks/load.py only (BENCH_STATS_DIR set): this process's render and hit counts."""
    directory = os.environ.get("BENCH_STATS_DIR")
    if directory:
        with open(os.path.join(directory, f"{os.getpid()}.json"), "w") as handle:
            json.dump(counts, handle)
